// SPDX-License-Identifier: GPL-3.0-or-later
// The keys a sandbox starts with: the demo set, or many generated ones for benchmarks.
#include "Sandbox.h"

#include <QJsonArray>
#include <QRandomGenerator>

namespace Keyport {

using namespace Qt::StringLiterals;

namespace {

KeyDraft draft(const QString &name, const QStringList &tags, const QStringList &operations,
    const QStringList &resources = {})
{
    KeyDraft result;
    result.name = name;
    result.kind = tags.isEmpty() && operations.isEmpty() && resources.isEmpty()
        ? KeyDraft::Kind::Unrestricted
        : KeyDraft::Kind::Restricted;
    result.tags = tags;
    result.operations = operations;
    for (const QString &text : resources)
        result.resources.append(AccessKeyResource::parse(text).value());
    return result;
}

} // namespace

void Sandbox::addDemoKeys()
{
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    const QList<KeyDraft> drafts{
        draft(s("terraform-admin"), {}, {}),
        draft(s("ci-deploy"), {s("compute")}, {}),
        draft(s("backup-uploader"), {},
            {s("put-sos-object"), s("list-sos-bucket"), s("get-sos-object")},
            {s("sos/bucket:nightly-backups")}),
        draft(s("dns-updater"), {s("dns")}, {s("get-operation")}),
        draft(s("monitoring-readonly"), {s("read")}, {}),
        draft(s("sks-autoscaler"), {s("sks")}, {s("get-operation"), s("list-zones")}),
        // Restricted by tag, operation and bucket at once: what a migration to an IAM v3 role
        // must carry over whole (the sync tool lists zones to find the bucket's endpoint).
        draft(s("static-site-publisher"), {s("sos")}, {s("list-zones")},
            {s("sos/bucket:www-example-com")}),
        draft(s("log-shipper"), {}, {s("put-sos-object")},
            {s("sos/bucket:app-logs"), s("sos/bucket:audit-logs")}),
        draft(s("dbaas-operator"), {s("dbaas")}, {s("get-operation")}),
        draft(s("billing-partner"), {}, {s("get-organization")},
            {s("partner/product:billing-export")}),
        draft(s("key-rotation-bot"), {s("iam")}, {}),
        draft(s("snapshot-cron"), {},
            {s("create-snapshot"), s("list-snapshots"), s("get-operation"), s("list-instances")}),
    };
    for (const KeyDraft &keyDraft : drafts) {
        // The last one is an old v1 key, as long-lived accounts still have.
        const bool old = keyDraft.name == u"snapshot-cron";
        const auto created = createKey(keyDraft, {}, old ? s("v1") : s("v2"));
        Q_ASSERT_X(created.isOk(), "addDemoKeys", qPrintable(created.error().message()));
    }
    addDemoIam();
}

void Sandbox::addDemoIam()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const auto rules = [](std::initializer_list<std::pair<const char *, const char *>> list) {
        QJsonArray array;
        for (const auto &[action, expression] : list) {
            array.append(QJsonObject{{"action"_L1, QString::fromLatin1(action)},
                {"expression"_L1, QString::fromUtf8(expression)}});
        }
        return QJsonObject{{"type"_L1, "rules"_L1}, {"rules"_L1, array}};
    };
    const auto policy = [](const char *strategy, const QJsonObject &services) {
        return QJsonObject{{"default-service-strategy"_L1, QString::fromLatin1(strategy)},
            {"services"_L1, services}};
    };
    const auto role = [this](const QJsonObject &json) {
        const auto id = createRole(json);
        Q_ASSERT_X(id.isOk(), "addDemoIam", qPrintable(id.error().message()));
        return id.value();
    };
    const QString readOnly = s("operation.startsWith('get-') || operation.startsWith('list-')");
    const QByteArray readOnlyUtf8 = readOnly.toUtf8();

    const QString ciDeploy = role(QJsonObject{{"name"_L1, "ci-deploy-www"_L1},
        {"description"_L1, "CI pipeline publishing the website to its one bucket"_L1},
        {"labels"_L1, QJsonObject{{"team"_L1, "web"_L1}, {"managed-by"_L1, "keyport-demo"_L1}}},
        {"policy"_L1,
            policy("deny",
                QJsonObject{{"sos"_L1,
                    rules({{"allow", "operation == 'list-buckets'"},
                        {"allow",
                            "parameters.has('bucket') && parameters.bucket == 'www-example-com' "
                            "&& operation in ['list-objects', 'get-object', 'head-object', "
                            "'put-object', 'delete-object']"}})}})}});
    const QString certManager = role(QJsonObject{{"name"_L1, "cert-manager-dns01"_L1},
        {"description"_L1, "cert-manager answering ACME DNS-01 challenges for example.com"_L1},
        {"policy"_L1,
            policy("deny",
                QJsonObject{{"dns"_L1,
                    rules({{"allow", "operation in ['list-dns-domains', 'get-dns-domain']"},
                        {"deny", "parameters.has('type') && parameters.type != 'TXT'"},
                        {"deny",
                            "resources.has('dns_domain_record') && "
                            "resources.dns_domain_record.has('type') && "
                            "resources.dns_domain_record.type != 'TXT'"},
                        {"allow",
                            "resources.has('dns_domain') && "
                            "resources.dns_domain.unicode_name == 'example.com'"}})}})}});
    const QString monitoring = role(QJsonObject{{"name"_L1, "monitoring-readonly"_L1},
        {"description"_L1, "Dashboards and alerting: reads everything, changes nothing"_L1},
        {"policy"_L1,
            policy("deny",
                QJsonObject{{"compute"_L1, rules({{"allow", readOnlyUtf8.constData()}})},
                    {"dbaas"_L1, rules({{"allow", readOnlyUtf8.constData()}})},
                    {"dns"_L1, rules({{"allow", readOnlyUtf8.constData()}})},
                    {"sos"_L1,
                        rules({{"allow",
                            "operation in ['list-sos-buckets-usage', 'list-buckets', "
                            "'list-objects', 'head-object']"}})}})}});
    const QString dbaas = role(QJsonObject{{"name"_L1, "dbaas-operator"_L1},
        {"description"_L1, "Runs the managed databases, and nothing else"_L1},
        {"policy"_L1,
            policy("deny",
                QJsonObject{{"dbaas"_L1,
                                rules({{"deny",
                                           "operation.startsWith('delete-dbaas-service') && "
                                           "parameters.has('name') && "
                                           "parameters.name.startsWith('prod-')"},
                                    {"allow", "true"}})},
                    {"compute"_L1,
                        rules({{"allow", "operation in ['list-zones', 'get-quota']"}})}})}});
    const QString admin = role(QJsonObject{{"name"_L1, "platform-admin"_L1},
        {"description"_L1, "The platform team: everything but legacy compute"_L1},
        {"permissions"_L1, QJsonArray{"reset-iam-organization-policy"_L1}},
        {"max-session-ttl"_L1, 3600},
        {"policy"_L1,
            policy("allow",
                QJsonObject{{"compute-legacy"_L1, QJsonObject{{"type"_L1, "deny"_L1}}}})}});

    for (const auto &[name, roleId] : {std::pair{s("github-actions-www"), ciDeploy},
             std::pair{s("cert-manager"), certManager}, std::pair{s("grafana"), monitoring},
             std::pair{s("dbaas-automation"), dbaas}, std::pair{s("terraform"), admin}}) {
        const auto key = createApiKey(name, roleId);
        Q_ASSERT_X(key.isOk(), "addDemoIam", qPrintable(key.error().message()));
    }
    addUser(s("ops@example.com"), admin);
    addUser(s("oncall@example.com"), monitoring, false, true, true);
    addUser(s("dba@example.com"), dbaas, true, false, false);
}

void Sandbox::addGeneratedKeys(int count, int operationsPerKey)
{
    // A fixed seed: the same count always gives the same keys.
    QRandomGenerator random(20261126u);
    const QStringList &all = m_catalog.operations();
    if (all.isEmpty())
        return;
    for (int i = 0; i < count; ++i) {
        KeyDraft keyDraft;
        keyDraft.name = QStringLiteral("service-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        if (i % 11 == 10) {
            keyDraft.kind = KeyDraft::Kind::Unrestricted;
        } else {
            keyDraft.kind = KeyDraft::Kind::Restricted;
            while (keyDraft.operations.size() < std::min<qsizetype>(operationsPerKey, all.size())) {
                const QString &operation = all.at(random.bounded(int(all.size())));
                if (!keyDraft.operations.contains(operation))
                    keyDraft.operations.append(operation);
            }
            if (i % 7 == 3) {
                keyDraft.resources.append(
                    AccessKeyResource(QStringLiteral("sos"), QStringLiteral("bucket"),
                        QStringLiteral("bucket-%1").arg(i + 1, 5, 10, QLatin1Char('0'))));
            }
        }
        createKey(keyDraft);
    }
}

} // namespace Keyport
