// SPDX-License-Identifier: GPL-3.0-or-later
// keyport-sandbox: a simulated Exoscale access-key API on a loopback port.
#include "Sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <optional>

using namespace Keyport;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyport-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main",
        "A simulated Exoscale access-key and IAM v3 API on 127.0.0.1, for demos and tests.\n"
        "Prints its endpoint, its root key and the root key's secret, then an API key bound to "
        "the allow-all role sandbox-admin and its secret, one per line."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(QStringLiteral("port"),
        QCoreApplication::translate("main", "Port to listen on (0: any free port)."),
        QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
        QCoreApplication::translate(
            "main", "Operation catalog to serve (the built-in one by default)."),
        QStringLiteral("FILE"));
    const QCommandLineOption keysOption(QStringLiteral("keys"),
        QCoreApplication::translate(
            "main", "Start with N generated keys instead of the demo keys."),
        QStringLiteral("N"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
        QCoreApplication::translate("main", "Delay every answer by MS milliseconds."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption revokeDelayOption(QStringLiteral("revoke-delay"),
        QCoreApplication::translate(
            "main", "How long a revocation stays pending, in milliseconds."),
        QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption faultOption(QStringLiteral("fault"),
        QCoreApplication::translate("main",
            "Inject a fault: KIND[:VALUE][@[METHOD]PATH][*COUNT], KIND being an HTTP status, "
            "429, malformed, drop, hang, latency or iamv3. @PATH is that exact path; a PATH "
            "ending in / is everything under it. Repeatable. Examples: 503*2, "
            "hang@DELETE/v2/access-key/, 429:5@/v2/operation/*1"),
        QStringLiteral("SPEC"));
    const QCommandLineOption logOption(QStringLiteral("log"),
        QCoreApplication::translate("main",
            "Write one JSON object per request to FILE, one a line: time, method, path, status "
            "(0 when dropped or never answered) and fault. Never a body or a header."),
        QStringLiteral("FILE"));
    const QCommandLineOption operationDelayOption(QStringLiteral("operation-delay"),
        QCoreApplication::translate("main",
            "How long the Operation of an IAM v3 change (roles, API keys, organization policy) "
            "stays pending, in milliseconds."),
        QStringLiteral("MS"), QStringLiteral("300"));
    const QCommandLineOption orgPolicyOption(QStringLiteral("org-policy"),
        QCoreApplication::translate(
            "main", "Start with the organization policy in FILE (JSON) instead of allow-all."),
        QStringLiteral("FILE"));
    parser.addOptions({portOption, catalogOption, keysOption, latencyOption, revokeDelayOption,
        faultOption, logOption, operationDelayOption, orgPolicyOption});
    parser.process(app);

    QTextStream err(stderr);
    const auto fail = [&err](const QString &message) {
        err << message << Qt::endl;
        return 2;
    };
    const auto number = [&parser](const QCommandLineOption &option, bool *ok) {
        return parser.value(option).toInt(ok);
    };

    bool ok = false;
    const int port = number(portOption, &ok);
    if (!ok || port < 0 || port > 65535)
        return fail(QStringLiteral("--port takes a number from 0 to 65535"));
    const int latency = number(latencyOption, &ok);
    if (!ok || latency < 0)
        return fail(QStringLiteral("--latency takes a number of milliseconds"));
    const int revokeDelay = number(revokeDelayOption, &ok);
    if (!ok || revokeDelay < 0)
        return fail(QStringLiteral("--revoke-delay takes a number of milliseconds"));
    const int operationDelay = number(operationDelayOption, &ok);
    if (!ok || operationDelay < 0)
        return fail(QStringLiteral("--operation-delay takes a number of milliseconds"));
    std::optional<IamPolicy> organizationPolicy;
    if (parser.isSet(orgPolicyOption)) {
        const QString path = parser.value(orgPolicyOption);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(QCoreApplication::translate("main", "Cannot read the policy %1: %2")
                            .arg(path, file.errorString()));
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            return fail(QCoreApplication::translate("main", "The policy %1 is not JSON: %2")
                            .arg(path, parseError.errorString()));
        }
        PolicyProblems problems;
        organizationPolicy = IamPolicy::fromJson(document.object(), &problems);
        if (!document.isObject() || !organizationPolicy || !problems.isEmpty()) {
            QStringList messages;
            for (const PolicyProblem &problem : problems)
                messages.append(problem.toString());
            if (messages.isEmpty())
                messages.append(QCoreApplication::translate("main", "not a policy object"));
            return fail(QCoreApplication::translate("main", "The policy %1 is invalid: %2")
                            .arg(path, messages.join(QStringLiteral("; "))));
        }
    }

    const QString catalogPath
        = parser.isSet(catalogOption) ? parser.value(catalogOption) : Sandbox::builtInCatalogPath();
    const auto catalog = Sandbox::loadCatalog(catalogPath);
    if (!catalog)
        return fail(catalog.error().message());

    Sandbox sandbox(catalog.value());
    sandbox.setLatency(std::chrono::milliseconds(latency));
    sandbox.setRevokeDelay(std::chrono::milliseconds(revokeDelay));
    sandbox.setIamOperationDelay(std::chrono::milliseconds(operationDelay));
    if (organizationPolicy)
        sandbox.setOrganizationPolicy(*organizationPolicy);
    for (const QString &spec : parser.values(faultOption)) {
        const auto fault = SandboxFault::parse(spec);
        if (!fault)
            return fail(fault.error().message());
        sandbox.addFault(fault.value());
    }
    if (parser.isSet(logOption) && !sandbox.setLogFile(parser.value(logOption)))
        return fail(sandbox.errorString());
    if (parser.isSet(keysOption)) {
        const int count = number(keysOption, &ok);
        if (!ok || count < 0)
            return fail(QStringLiteral("--keys takes a number of keys"));
        sandbox.addGeneratedKeys(count);
    } else {
        sandbox.addDemoKeys();
    }
    if (!sandbox.listen(quint16(port)))
        return fail(QStringLiteral("Cannot listen on 127.0.0.1:%1: %2")
                        .arg(port)
                        .arg(sandbox.errorString()));

    // A throwaway secret of a simulator, printed on purpose so that other programs can sign.
    QTextStream out(stdout);
    out << "endpoint: " << sandbox.endpointUrl() << '\n'
        << "key: " << sandbox.rootKeyId() << '\n'
        << "secret: " << sandbox.rootSecret().reveal() << '\n'
        << "api-key: " << sandbox.adminApiKeyId() << '\n'
        << "api-secret: " << sandbox.adminApiSecret().reveal() << Qt::endl;
    return app.exec();
}
