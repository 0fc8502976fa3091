// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExprCommand.h"

#include "policy/CelExpression.h"
#include "policy/CelTime.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTextStream>

namespace Keyport::PolicyTool {

namespace {

QString errorLine(int column, const QString &message)
{
    if (column > 0)
        return QCoreApplication::translate("keyport-policy", "error: column %1: %2")
            .arg(column)
            .arg(message);
    return QCoreApplication::translate("keyport-policy", "error: %1").arg(message);
}

} // namespace

QString ExprCommand::name() const
{
    return QStringLiteral("expr");
}

QString ExprCommand::summary() const
{
    return QCoreApplication::translate(
        "keyport-policy", "Evaluate one CEL expression and print its value as JSON.");
}

QString ExprCommand::usage() const
{
    return QCoreApplication::translate("keyport-policy",
        "Usage: keyport-policy expr EXPRESSION [--context JSON]\n"
        "\n"
        "Evaluates EXPRESSION, a CEL expression in Exoscale's dialect, and prints its value as\n"
        "one JSON value. --context gives the bindings as a JSON object; a member \"now\" given\n"
        "as an RFC 3339 string is a timestamp, and \"now\" is the current time when not given.\n"
        "\n"
        "Exit status: 0 a value was printed, 2 usage error, 3 syntax error, 4 evaluation error.\n");
}

int ExprCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString source;
    bool haveSource = false;
    QString contextText;
    bool haveContext = false;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == u"--") {
            optionsEnded = true;
        } else if (!optionsEnded && (argument == u"--help" || argument == u"-h")) {
            out << usage();
            return Success;
        } else if (!optionsEnded && argument == u"--context") {
            if (i + 1 >= arguments.size()) {
                err << QCoreApplication::translate(
                    "keyport-policy", "error: --context needs a JSON object")
                    << '\n';
                return Usage;
            }
            contextText = arguments.at(++i);
            haveContext = true;
        } else if (!optionsEnded && argument.startsWith(u"--context=")) {
            contextText = argument.mid(10);
            haveContext = true;
        } else if (!optionsEnded && argument.startsWith(u"--")) {
            err << QCoreApplication::translate("keyport-policy", "error: unknown option '%1'")
                       .arg(argument)
                << '\n';
            return Usage;
        } else if (!haveSource) {
            source = argument;
            haveSource = true;
        } else {
            err << QCoreApplication::translate(
                "keyport-policy", "error: more than one expression given")
                << '\n';
            return Usage;
        }
    }
    if (!haveSource) {
        err << QCoreApplication::translate("keyport-policy", "error: no expression given") << '\n'
            << usage();
        return Usage;
    }

    QJsonObject context;
    if (haveContext) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(contextText.toUtf8(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            err << QCoreApplication::translate(
                "keyport-policy", "error: --context is not a JSON object")
                << '\n';
            return Usage;
        }
        context = document.object();
        const QJsonValue now = context.value(u"now");
        if (now.isString() && !Cel::Time::parseTimestamp(now.toString())) {
            err << QCoreApplication::translate(
                "keyport-policy", "error: \"now\" in --context is not an RFC 3339 timestamp")
                << '\n';
            return Usage;
        }
    }
    Cel::Activation activation = Cel::Activation::fromJson(context);
    if (!context.contains(u"now"))
        activation.bind(
            QStringLiteral("now"), Cel::Value::fromTimestamp(QDateTime::currentDateTimeUtc()));

    const Cel::Expression expression = Cel::Expression::parse(source);
    if (!expression.isValid()) {
        const Cel::Diagnostic error = expression.syntaxError();
        err << errorLine(error.column, error.message) << '\n';
        return SyntaxError;
    }
    const Cel::Value value = expression.evaluate(activation);
    if (value.isError()) {
        err << errorLine(value.errorColumn(), value.errorMessage()) << '\n';
        return EvaluationError;
    }
    out << QString::fromUtf8(value.toJsonText()) << '\n';
    return Success;
}

} // namespace Keyport::PolicyTool
