// SPDX-License-Identifier: GPL-3.0-or-later
// keyport-policy: IAM v3 policies from the command line, for scripts, CI and people.
#include "EvaluateCommand.h"
#include "ExprCommand.h"
#include "LintCommand.h"
#include "PolicyCommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Keyport::PolicyTool;

namespace {

void installTranslations(QCoreApplication *application)
{
    const auto install = [application](const QString &name, const QString &directory) {
        auto translator = std::make_unique<QTranslator>(application);
        if (translator->load(QLocale(), name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator.release());
            return true;
        }
        return false;
    };
    install(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QStringLiteral("keyport"), QStringLiteral(":/i18n"));
}

QString generalUsage(const std::vector<std::unique_ptr<PolicyCommand>> &commands)
{
    QString text = QCoreApplication::translate("keyport-policy",
        "Usage: keyport-policy COMMAND [ARGUMENTS]\n"
        "\n"
        "Evaluates and checks Exoscale IAM v3 policies and their CEL expressions.\n"
        "\n"
        "Commands:\n");
    for (const auto &command : commands)
        text += QStringLiteral("  %1  %2\n").arg(command->name(), -9).arg(command->summary());
    text += QCoreApplication::translate("keyport-policy",
        "\n"
        "Options:\n"
        "  --help     Show this help, or a command's with "
        "COMMAND --help.\n"
        "  --version  Show the version.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyport-policy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    installTranslations(&app);

    std::vector<std::unique_ptr<PolicyCommand>> commands;
    commands.push_back(std::make_unique<ExprCommand>());
    commands.push_back(std::make_unique<EvaluateCommand>());
    commands.push_back(std::make_unique<LintCommand>());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        err << generalUsage(commands);
        return PolicyCommand::Usage;
    }
    const QString first = arguments.takeFirst();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        out << generalUsage(commands);
        return PolicyCommand::Success;
    }
    if (first == u"--version" || first == u"-v") {
        out << QStringLiteral("keyport-policy %1\n").arg(QCoreApplication::applicationVersion());
        return PolicyCommand::Success;
    }
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->run(arguments, out, err);
    }
    err << QCoreApplication::translate("keyport-policy", "error: unknown command '%1'").arg(first)
        << '\n'
        << generalUsage(commands);
    return PolicyCommand::Usage;
}
