// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvaluateCommand.h"

#include "policy/PolicyJudge.h"
#include "PolicyFile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>

namespace Keyport::PolicyTool {

using namespace Qt::StringLiterals;

namespace {

/// VALUE is JSON when it parses as one JSON value, else a string.
QJsonValue valueOf(const QString &text)
{
    // QJsonDocument reads only objects and arrays: one value is read as a one-element array.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        return document.array().first();
    return text;
}

/// "a.b.c=VALUE" into @p target as {"a": {"b": {"c": VALUE}}}; false when malformed.
bool assign(QJsonObject *target, const QString &assignment, bool nested)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return false;
    const QString name = assignment.left(equals);
    const QJsonValue value = valueOf(assignment.mid(equals + 1));
    const QStringList path = nested ? name.split(u'.') : QStringList{name};
    if (path.contains(QString()))
        return false;
    // Builds the innermost object first, merging with what earlier assignments made.
    std::function<void(QJsonObject *, qsizetype)> set = [&](QJsonObject *object, qsizetype depth) {
        const QString &key = path.at(depth);
        if (depth + 1 == path.size()) {
            object->insert(key, value);
            return;
        }
        QJsonObject inner = object->value(key).toObject();
        set(&inner, depth + 1);
        object->insert(key, inner);
    };
    set(target, 0);
    return true;
}

} // namespace

QString EvaluateCommand::name() const
{
    return u"evaluate"_s;
}

QString EvaluateCommand::usage() const
{
    QString text;
    QTextStream out(&text);
    QTextStream err(&text);
    const_cast<EvaluateCommand *>(this)->run({u"--help"_s}, out, err);
    return text;
}

QString EvaluateCommand::summary() const
{
    return QCoreApplication::translate("keyport-policy",
        "Judge one request against a role's policy and the organisation's, as Exoscale "
        "would.");
}

int EvaluateCommand::run(const QStringList &givenArguments, QTextStream &out, QTextStream &err)
{
    // QCommandLineParser takes the program's name first.
    const QStringList arguments = QStringList{name()} + givenArguments;
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + u"\n\n"_s
        + QCoreApplication::translate("keyport-policy",
            "Prints {\"decision\": \"allow\"|\"deny\", \"decided-by\": "
            "\"organization\"|\"role\", \"service\", \"rule\", \"skipped\"} and exits 0 when "
            "the request is allowed, 1 when it is denied, 2 on a usage error. A VALUE is JSON "
            "when it parses as JSON, else a string."));
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s},
        QCoreApplication::translate("keyport-policy", "Show this help."));
    const QCommandLineOption policy(u"policy"_s,
        QCoreApplication::translate("keyport-policy",
            "The role's policy: a file holding an IAM policy, or a role with one."),
        u"FILE"_s);
    const QCommandLineOption organization(u"org-policy"_s,
        QCoreApplication::translate(
            "keyport-policy", "The organisation's policy (allow-all when not given)."),
        u"FILE"_s);
    const QCommandLineOption operation(u"operation"_s,
        QCoreApplication::translate("keyport-policy", "The operation, e.g. get-object."), u"OP"_s);
    const QCommandLineOption service(u"service"_s,
        QCoreApplication::translate("keyport-policy",
            "The service class (by default the operation's, from the service map)."),
        u"CLASS"_s);
    const QCommandLineOption parameter(u"param"_s,
        QCoreApplication::translate(
            "keyport-policy", "A request parameter, e.g. bucket=site-data. Repeatable."),
        u"NAME=VALUE"_s);
    const QCommandLineOption resource(u"resource"_s,
        QCoreApplication::translate("keyport-policy",
            "A resource attribute, e.g. dns_domain.unicode_name=example.com. Repeatable."),
        u"PATH=VALUE"_s);
    const QCommandLineOption zone(u"zone"_s,
        QCoreApplication::translate("keyport-policy", "The zone, e.g. ch-gva-2."), u"ZONE"_s);
    const QCommandLineOption sourceIp(u"source-ip"_s,
        QCoreApplication::translate("keyport-policy", "The caller's address."), u"IP"_s);
    const QCommandLineOption apiKey(u"api-key"_s,
        QCoreApplication::translate("keyport-policy", "The signing key's id."), u"KEY"_s);
    const QCommandLineOption now(u"now"_s,
        QCoreApplication::translate(
            "keyport-policy", "The request's time, RFC 3339 (by default the current time)."),
        u"TIME"_s);
    const QCommandLineOption services(u"services"_s,
        QCoreApplication::translate("keyport-policy",
            "A service map replacing the built-in one (shaped like iam-v3-services.json)."),
        u"FILE"_s);
    parser.addOptions({help, policy, organization, operation, service, parameter, resource, zone,
        sourceIp, apiKey, now, services});

    const auto usage = [&err](const QString &message) {
        err << QCoreApplication::translate("keyport-policy", "error: %1").arg(message) << Qt::endl;
        return int(Usage);
    };
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Allowed;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QCoreApplication::translate("keyport-policy", "unexpected argument %1")
                         .arg(parser.positionalArguments().first()));
    if (!parser.isSet(policy))
        return usage(QCoreApplication::translate("keyport-policy", "--policy FILE is required"));
    if (!parser.isSet(operation) || parser.value(operation).isEmpty())
        return usage(QCoreApplication::translate("keyport-policy", "--operation OP is required"));

    QString error;
    const auto map = PolicyFile::readServiceMap(parser.value(services), &error);
    if (!map)
        return usage(error);
    const auto role = PolicyFile::readPolicy(parser.value(policy), &error);
    if (!role)
        return usage(error);
    std::optional<IamPolicy> org = IamPolicy::allowAll();
    if (parser.isSet(organization)) {
        org = PolicyFile::readPolicy(parser.value(organization), &error);
        if (!org)
            return usage(error);
    }

    PolicyRequest request;
    request.operation = parser.value(operation);
    request.service = parser.value(service);
    request.zone = parser.value(zone);
    request.sourceIp = parser.value(sourceIp);
    request.apiKey = parser.value(apiKey);
    if (parser.isSet(now)) {
        request.now = QDateTime::fromString(parser.value(now), Qt::ISODateWithMs);
        if (!request.now.isValid())
            return usage(QCoreApplication::translate(
                "keyport-policy", "--now takes an RFC 3339 time, e.g. 2026-11-27T10:00:00Z"));
    }
    for (const QString &assignment : parser.values(parameter)) {
        if (!assign(&request.parameters, assignment, false))
            return usage(
                QCoreApplication::translate("keyport-policy", "--param takes NAME=VALUE, not %1")
                    .arg(assignment));
    }
    for (const QString &assignment : parser.values(resource)) {
        if (!assign(&request.resources, assignment, true))
            return usage(QCoreApplication::translate("keyport-policy",
                "--resource takes PATH=VALUE, e.g. dns_domain.unicode_name=example.com, "
                "not %1")
                             .arg(assignment));
    }

    const PolicyJudge judge(*map);
    if (judge.serviceOf(request).isEmpty()) {
        return usage(QCoreApplication::translate("keyport-policy",
            "the service map does not know the operation %1: give its class with "
            "--service")
                         .arg(request.operation));
    }
    const PolicyDecision decision
        = judge.judge(CompiledPolicy(*org), CompiledPolicy(*role), request);
    out << QString::fromUtf8(QJsonDocument(decision.toJson()).toJson(QJsonDocument::Compact))
        << Qt::endl;
    return decision.allowed ? Allowed : Denied;
}

} // namespace Keyport::PolicyTool
