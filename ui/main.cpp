// SPDX-License-Identifier: GPL-3.0-or-later
#include "hygiene/ProcessHardening.h"
#include "Startup.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkProxyFactory>

#include <cstring>
#include <memory>

using namespace Keyport;

namespace {

struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption demo{QStringLiteral("demo"),
        QCoreApplication::translate("main",
            "Open a demo account served by a simulated Exoscale API "
            "on this computer; nothing is saved.")};
    QCommandLineOption account{QStringLiteral("account"),
        QCoreApplication::translate("main", "Open the account NAME."), QStringLiteral("NAME")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Manage Exoscale IAM access keys."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({demo, account});
    }
};

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("keyport"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("keyport"));
}

/// --help and --version print text and exit: they must work where no display is (ssh).
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version", "-?"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dumps, no ptrace by the user's other programs.
    const bool hardened = hardenProcess();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        installTranslations(&app);
        CommandLine commandLine;
        commandLine.parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Keyport"));
    // One id everywhere: the .desktop file, the AppStream metainfo and the icon are named after it.
    QGuiApplication::setDesktopFileName(QStringLiteral(KEYPORT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" KEYPORT_APP_ID ".svg")));
    installTranslations(&app);
    // The system's proxy settings (environment, desktop) apply to every request.
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    if (!hardened)
        qWarning("Keyport could not turn off core dumps or debugger attachment");

    CommandLine commandLine;
    commandLine.parser.process(app);

    StartupOptions options;
    options.demo = commandLine.parser.isSet(commandLine.demo);
    options.account = commandLine.parser.value(commandLine.account);
    Startup startup(options);
    startup.start();
    return app.exec();
}
