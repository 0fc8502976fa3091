// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QNetworkProxyFactory>

using namespace Keyport;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyport"));
    QApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("keyport"));
    // One id everywhere: the .desktop file, the AppStream metainfo and the icon are named after it.
    QGuiApplication::setDesktopFileName(QStringLiteral(KEYPORT_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" KEYPORT_APP_ID ".svg")));
    installTranslations(&app);
    // The system's proxy settings (environment, desktop) apply to every request.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage Exoscale IAM access keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main",
            "Open a demo account served by a simulated Exoscale API "
            "on this computer; nothing is saved."));
    const QCommandLineOption accountOption(QStringLiteral("account"),
        QApplication::translate("main", "Open the account NAME."), QStringLiteral("NAME"));
    parser.addOptions({demoOption, accountOption});
    parser.process(app);

    StartupOptions options;
    options.demo = parser.isSet(demoOption);
    options.account = parser.value(accountOption);
    Startup startup(options);
    startup.start();
    return app.exec();
}
