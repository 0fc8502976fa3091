// SPDX-License-Identifier: GPL-3.0-or-later
#include "LintCommand.h"

#include "policy/PolicyLinter.h"
#include "PolicyFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Keyport::PolicyTool {

using namespace Qt::StringLiterals;

namespace { } // namespace

QString LintCommand::name() const
{
    return u"lint"_s;
}

QString LintCommand::usage() const
{
    QString text;
    QTextStream out(&text);
    QTextStream err(&text);
    const_cast<LintCommand *>(this)->run({u"--help"_s}, out, err);
    return text;
}

QString LintCommand::summary() const
{
    return QCoreApplication::translate("keyport-policy",
        "Find what Exoscale would accept and then silently skip or refuse in a policy.");
}

int LintCommand::run(const QStringList &givenArguments, QTextStream &out, QTextStream &err)
{
    // QCommandLineParser takes the program's name first.
    const QStringList arguments = QStringList{name()} + givenArguments;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + u"\n\n"_s
        + QCoreApplication::translate("keyport-policy",
            "FILE holds an IAM policy or a role with one. Prints one problem per line, "
            "<json path>: <message>, and exits 0 when clean, 1 with problems, 2 when the file "
            "cannot be read."));
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s},
        QCoreApplication::translate("keyport-policy", "Show this help."));
    const QCommandLineOption services(u"services"_s,
        QCoreApplication::translate("keyport-policy",
            "A service map replacing the built-in one (shaped like iam-v3-services.json)."),
        u"FILE"_s);
    parser.addOptions({help, services});
    parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("keyport-policy", "The policy or role to check."));
    const auto usage = [&err](const QString &message) {
        err << QCoreApplication::translate("keyport-policy", "error: %1").arg(message) << Qt::endl;
        return int(Unreadable);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Clean;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(QCoreApplication::translate("keyport-policy", "lint takes one FILE"));

    QString error;
    const auto map = PolicyFile::readServiceMap(parser.value(services), &error);
    if (!map)
        return usage(error);
    const auto document = PolicyFile::readJson(parser.positionalArguments().first(), &error);
    if (!document)
        return usage(error);
    const PolicyProblems problems = PolicyLinter(*map).lint(*document);
    for (const PolicyProblem &problem : problems)
        out << problem.toString() << u'\n';
    out.flush();
    return problems.isEmpty() ? Clean : Problems;
}

} // namespace Keyport::PolicyTool
