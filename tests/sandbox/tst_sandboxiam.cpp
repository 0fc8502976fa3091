// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's IAM v3 seen from the wire (IAM-V3.md §2-4): API keys, roles, the organisation
// policy, users, Operations, the audit trail, the generation rules, and keyport-sandbox itself.
#include "SandboxFixture.h"

#include "api/RequestSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;

    QString message() const { return json.value("message"_L1).toString(); }
};

/// Who signs a request: a key id and its secret (as UTF-8).
struct Credential
{
    QString key;
    QByteArray secret;
};

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QJsonObject allowAll{
    {"default-service-strategy"_L1, "allow"_L1}, {"services"_L1, QJsonObject()}};

} // namespace

class TestSandboxIam : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        sandbox().setIamOperationDelay(50ms);
        m_admin = {sandbox().adminApiKeyId(), sandbox().adminApiSecret().utf8()};
        m_root = {sandbox().rootKeyId(), sandbox().rootSecret().utf8()};
    }
    void cleanup() { m_fixture.reset(); }

    void startsWithTheBuiltInRolesAndTheAdminKey()
    {
        const Answer roles = send(m_admin, "GET", "/iam-role");
        QCOMPARE(roles.status, 200);
        QHash<QString, QJsonObject> byName;
        for (const QJsonValue role : roles.json.value("iam-roles"_L1).toArray())
            byName.insert(role["name"_L1].toString(), role.toObject());
        QCOMPARE(byName.size(), 3);
        const QJsonObject owner = byName.value(u"Owner"_s);
        const QJsonObject billing = byName.value(u"Billing"_s);
        QCOMPARE(owner["id"_L1].toString(), sandbox().ownerRoleId());
        QCOMPARE(owner["editable"_L1].toBool(true), false);
        QCOMPARE(owner["policy"_L1].toObject(), allowAll);
        QCOMPARE(billing["editable"_L1].toBool(true), false);
        QCOMPARE(billing["policy"_L1]["default-service-strategy"_L1].toString(), u"deny"_s);
        QCOMPARE(billing["policy"_L1]["services"_L1].toObject(), QJsonObject());
        // Ids are UUIDs.
        QVERIFY(!QUuid::fromString(owner["id"_L1].toString()).isNull());
        QCOMPARE(byName.value(u"sandbox-admin"_s)["policy"_L1].toObject(), allowAll);

        const QByteArray path = "/api-key/" + sandbox().adminApiKeyId().toLatin1();
        const Answer key = send(m_admin, "GET", path);
        QCOMPARE(key.status, 200);
        QCOMPARE(key.json,
            (QJsonObject{{"name"_L1, "sandbox-admin"_L1}, {"key"_L1, sandbox().adminApiKeyId()},
                {"role-id"_L1, sandbox().adminRoleId()}}));
    }

    void apiKeyLifecycle()
    {
        const QByteArray body
            = compact({{"name"_L1, "deployer"_L1}, {"role-id"_L1, sandbox().adminRoleId()}});
        const Answer created = send(m_admin, "POST", "/api-key", body);
        QCOMPARE(created.status, 200);
        const QString key = created.json["key"_L1].toString();
        const QString secret = created.json["secret"_L1].toString();
        QVERIFY(key.startsWith(u"EXO"));
        QCOMPARE(key.size(), 27);
        QCOMPARE(secret.size(), 43);
        QCOMPARE(created.json["name"_L1].toString(), u"deployer"_s);
        QCOMPARE(created.json["role-id"_L1].toString(), sandbox().adminRoleId());

        // The secret only in the create answer.
        const QByteArray path = "/api-key/" + key.toLatin1();
        const Answer read = send(m_admin, "GET", path);
        QCOMPARE(read.status, 200);
        QVERIFY(!read.json.contains("secret"_L1));
        const Answer list = send(m_admin, "GET", "/api-key");
        QCOMPARE(list.status, 200);
        QVERIFY(!list.body.contains(secret.toLatin1()));
        QStringList keys;
        for (const QJsonValue item : list.json["api-keys"_L1].toArray())
            keys.append(item["key"_L1].toString());
        QCOMPARE(keys, (QStringList{sandbox().adminApiKeyId(), key}));

        // The new key signs, exactly as a legacy key does.
        const Credential deployer{key, secret.toUtf8()};
        QCOMPARE(send(deployer, "GET", "/iam-role").status, 200);
        QCOMPARE(send({key, "not-the-secret"}, "GET", "/iam-role").message(),
            u"Invalid request signature"_s);

        // Names are not unique: keys are addressed by key.
        QCOMPARE(send(m_admin, "POST", "/api-key", body).status, 200);

        const Answer deleted = send(m_admin, "DELETE", path);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json["state"_L1].toString(), u"pending"_s);
        QCOMPARE(deleted.json["reference"_L1]["id"_L1].toString(), key);
        QCOMPARE(deleted.json["reference"_L1]["command"_L1].toString(), u"delete-api-key"_s);
        QVERIFY(waitForOperation(deleted.json["id"_L1].toString()));
        QCOMPARE(send(m_admin, "GET", path).status, 404);
        QCOMPARE(send(deployer, "GET", "/iam-role").message(), u"Invalid API key"_s);
        // Already gone: Exoscale's 400, word for word.
        const Answer again = send(m_admin, "DELETE", path);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json, (QJsonObject{{"message"_L1, "API Key not in organization"_L1}}));
        QCOMPARE(send(m_admin, "DELETE", "/api-key/nonsense").json["message"_L1].toString(),
            u"API Key not in organization"_s);
        QCOMPARE(send(m_admin, "GET", "/api-key/EXO000000000000000000000000").status, 404);
    }

    void apiKeyValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<bool>("validRole"); // the role-id placeholder ROLE is replaced
        QTest::newRow("not JSON") << QByteArray("{name") << u"JSON"_s << true;
        QTest::newRow("no name") << QByteArray(R"({"role-id":"ROLE"})") << u"name"_s << true;
        QTest::newRow("empty name")
            << QByteArray(R"({"name":"","role-id":"ROLE"})") << u"name"_s << true;
        QTest::newRow("long name")
            << ("{\"name\":\"" + QByteArray(256, 'n') + "\",\"role-id\":\"ROLE\"}") << u"255"_s
            << true;
        QTest::newRow("name not a string")
            << QByteArray(R"({"name":5,"role-id":"ROLE"})") << u"name"_s << true;
        QTest::newRow("no role") << QByteArray(R"({"name":"x"})") << u"role-id"_s << true;
        QTest::newRow("role not a string")
            << QByteArray(R"({"name":"x","role-id":7})") << u"role-id"_s << true;
        QTest::newRow("unknown role")
            << QByteArray(R"({"name":"x","role-id":"ROLE"})") << u"role-id"_s << false;
    }

    void apiKeyValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        QFETCH(bool, validRole);
        body.replace("ROLE",
            validRole ? sandbox().adminRoleId().toLatin1()
                      : QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1());
        const Answer answer = send(m_admin, "POST", "/api-key", body);
        QCOMPARE(answer.status, 400);
        QVERIFY2(
            answer.message().contains(mentions, Qt::CaseInsensitive), qPrintable(answer.message()));
        QCOMPARE(send(m_admin, "GET", "/api-key").json["api-keys"_L1].toArray().size(), 1);
        // 255 characters (not bytes) are fine.
        const QByteArray longest
            = compact({{"name"_L1, QString(255, u'é')}, {"role-id"_L1, sandbox().adminRoleId()}});
        QCOMPARE(send(m_admin, "POST", "/api-key", longest).status, 200);
    }

    void roleLifecycleKeepsUnknownMembers()
    {
        const QByteArray body
            = R"({"name":"ci","description":"CI","permissions":["bypass-governance-retention"],)"
              R"("labels":{"team":"web"},"max-session-ttl":3600,)"
              R"("assume-role-policy":{"rules":[{"action":"allow","expression":"true"}],"later":1},)"
              R"("policy":{"default-service-strategy":"deny","x-policy":[1],"services":{)"
              R"("sos":{"type":"rules","x-service":true,"rules":[)"
              R"({"action":"allow","expression":"parameters.bucket == 'b'","resources":["r"],"x-rule":"y"}]},)"
              R"("dns":{"type":"allow"}}},"x-role":{"deep":["kept"]}})";
        const Answer operation = send(m_admin, "POST", "/iam-role", body);
        QCOMPARE(operation.status, 200);
        QCOMPARE(operation.json["state"_L1].toString(), u"pending"_s);
        QCOMPARE(operation.json["reference"_L1]["command"_L1].toString(), u"create-iam-role"_s);
        const QString id = operation.json["reference"_L1]["id"_L1].toString();
        QVERIFY(!QUuid::fromString(id).isNull());
        QVERIFY(waitForOperation(operation.json["id"_L1].toString()));

        const QByteArray path = "/iam-role/" + id.toLatin1();
        const Answer read = send(m_admin, "GET", path);
        QCOMPARE(read.status, 200);
        QJsonObject expected = QJsonDocument::fromJson(body).object();
        expected.insert("id"_L1, id);
        expected.insert("editable"_L1, true);
        QCOMPARE(read.json, expected);

        // An update changes what it sends and keeps the rest, unknown members included.
        const Answer updated = send(m_admin, "PUT", path,
            R"({"description":"CI pipelines","labels":{"team":"ops"},"x-new":2})");
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json["reference"_L1]["id"_L1].toString(), id);
        QCOMPARE(updated.json["reference"_L1]["command"_L1].toString(), u"update-iam-role"_s);
        expected.insert("description"_L1, "CI pipelines"_L1);
        expected.insert("labels"_L1, QJsonObject{{"team"_L1, "ops"_L1}});
        expected.insert("x-new"_L1, 2);
        QCOMPARE(send(m_admin, "GET", path).json, expected);
        // Sending back the whole role read, name and editable unchanged, is accepted.
        QCOMPARE(send(m_admin, "PUT", path, compact(expected)).status, 200);
        QCOMPARE(send(m_admin, "GET", path).json, expected);

        // The policy is replaced whole, unknown members kept.
        const QByteArray policy
            = R"({"default-service-strategy":"allow","services":{"iam":{"type":"deny"}},"x-p":0})";
        const Answer policyUpdated = send(m_admin, "PUT", path + ":policy", policy);
        QCOMPARE(policyUpdated.status, 200);
        QCOMPARE(policyUpdated.json["reference"_L1]["id"_L1].toString(), id);
        QCOMPARE(policyUpdated.json["reference"_L1]["command"_L1].toString(),
            u"update-iam-role-policy"_s);
        QCOMPARE(send(m_admin, "GET", path).json["policy"_L1].toObject(),
            QJsonDocument::fromJson(policy).object());

        const Answer list = send(m_admin, "GET", "/iam-role");
        QCOMPARE(list.json["iam-roles"_L1].toArray().size(), 4);

        const Answer deleted = send(m_admin, "DELETE", path);
        QCOMPARE(deleted.status, 200);
        QCOMPARE(deleted.json["reference"_L1]["id"_L1].toString(), id);
        QCOMPARE(deleted.json["reference"_L1]["command"_L1].toString(), u"delete-iam-role"_s);
        QVERIFY(waitForOperation(deleted.json["id"_L1].toString()));
        QCOMPARE(send(m_admin, "GET", path).status, 404);
        QCOMPARE(send(m_admin, "DELETE", path).status, 404);
    }

    void roleValidation_data()
    {
        QTest::addColumn<QJsonObject>("role");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        const QJsonObject good{{"name"_L1, "r"_L1}, {"policy"_L1, allowAll}};
        const auto with = [&good](QLatin1StringView member, const QJsonValue &value) {
            QJsonObject role = good;
            if (value.isUndefined())
                role.remove(member);
            else
                role.insert(member, value);
            return role;
        };
        QTest::newRow("no name") << with("name"_L1, QJsonValue::Undefined) << 400 << u"name"_s;
        QTest::newRow("empty name") << with("name"_L1, ""_L1) << 400 << u"name"_s;
        QTest::newRow("blank name") << with("name"_L1, "  "_L1) << 400 << u"name"_s;
        QTest::newRow("name too long") << with("name"_L1, QString(192, u'r')) << 400 << u"191"_s;
        QTest::newRow("name not a string") << with("name"_L1, 3) << 400 << u"name"_s;
        QTest::newRow("empty description")
            << with("description"_L1, ""_L1) << 400 << u"description"_s;
        QTest::newRow("description too long")
            << with("description"_L1, QString(256, u'd')) << 400 << u"255"_s;
        QTest::newRow("unknown permission")
            << with("permissions"_L1, QJsonArray{"root"_L1}) << 400 << u"permissions"_s;
        QTest::newRow("repeated permission") << with("permissions"_L1,
            QJsonArray{"reset-iam-organization-policy"_L1, "reset-iam-organization-policy"_L1})
                                             << 400 << u"twice"_s;
        QTest::newRow("permissions not a list")
            << with("permissions"_L1, "bypass-governance-retention"_L1) << 400 << u"permissions"_s;
        QTest::newRow("ttl zero") << with("max-session-ttl"_L1, 0) << 400 << u"max-session-ttl"_s;
        QTest::newRow("ttl negative")
            << with("max-session-ttl"_L1, -5) << 400 << u"max-session-ttl"_s;
        QTest::newRow("ttl fraction")
            << with("max-session-ttl"_L1, 1.5) << 400 << u"max-session-ttl"_s;
        QTest::newRow("ttl string")
            << with("max-session-ttl"_L1, "60"_L1) << 400 << u"max-session-ttl"_s;
        QTest::newRow("label not a string")
            << with("labels"_L1, QJsonObject{{"n"_L1, 1}}) << 400 << u"labels.n"_s;
        QTest::newRow("labels not an object")
            << with("labels"_L1, QJsonArray{"a"_L1}) << 400 << u"labels"_s;
        QTest::newRow("editable not a bool")
            << with("editable"_L1, "no"_L1) << 400 << u"editable"_s;
        QTest::newRow("assume-role-policy not an object")
            << with("assume-role-policy"_L1, 1) << 400 << u"assume-role-policy"_s;
        QTest::newRow("no policy")
            << with("policy"_L1, QJsonValue::Undefined) << 400 << u"policy"_s;
        QTest::newRow("policy not an object")
            << with("policy"_L1, "allow"_L1) << 400 << u"policy"_s;
        QTest::newRow("policy without strategy")
            << with("policy"_L1, QJsonObject{{"services"_L1, QJsonObject()}}) << 400
            << u"policy.default-service-strategy"_s;
        QTest::newRow("policy bad service type") << with("policy"_L1,
            QJsonObject{{"default-service-strategy"_L1, "deny"_L1},
                {"services"_L1, QJsonObject{{"sos"_L1, QJsonObject{{"type"_L1, "maybe"_L1}}}}}})
                                                 << 400 << u"policy.services.sos.type"_s;
        QTest::newRow("policy rule without expression")
            << with("policy"_L1,
                   QJsonObject{{"default-service-strategy"_L1, "deny"_L1},
                       {"services"_L1,
                           QJsonObject{{"sos"_L1,
                               QJsonObject{{"type"_L1, "rules"_L1},
                                   {"rules"_L1,
                                       QJsonArray{QJsonObject{{"action"_L1, "allow"_L1}}}}}}}}})
            << 400 << u"policy.services.sos.rules[0].expression"_s;
        // Role names are unique in the sandbox (a choice: Exoscale does not say).
        QTest::newRow("name taken")
            << with("name"_L1, "sandbox-admin"_L1) << 409 << u"sandbox-admin"_s;
    }

    void roleValidation()
    {
        QFETCH(QJsonObject, role);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const Answer answer = send(m_admin, "POST", "/iam-role", compact(role));
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.message().contains(mentions), qPrintable(answer.message()));
        QCOMPARE(send(m_admin, "GET", "/iam-role").json["iam-roles"_L1].toArray().size(), 3);
        // The same role, put right, is taken: each refusal was that member's alone.
        QCOMPARE(send(m_admin, "POST", "/iam-role",
                     compact({{"name"_L1, QString(191, u'r')}, {"policy"_L1, allowAll}}))
                     .status,
            200);
        QCOMPARE(send(m_admin, "POST", "/iam-role", "[]").status, 400);
    }

    void roleUpdatesThatAreRefused()
    {
        const QString id = createRole({{"name"_L1, "fixed"_L1}, {"policy"_L1, allowAll}});
        const QByteArray path = "/iam-role/" + id.toLatin1();
        const auto refused
            = [&](const QByteArray &method, const QByteArray &target, const QByteArray &body) {
                  return send(m_admin, method, target, body);
              };
        Answer answer = refused("PUT", path, R"({"name":"renamed"})");
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"name"));
        answer = refused("PUT", path, R"({"editable":false})");
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.message().contains(u"editable"));
        QCOMPARE(refused("PUT", path, R"({"max-session-ttl":0})").status, 400);
        QCOMPARE(refused("PUT", path, R"({"description":""})").status, 400);
        QCOMPARE(refused("PUT", path, R"({"permissions":["x"]})").status, 400);
        QCOMPARE(
            refused("PUT", path, R"({"policy":{"default-service-strategy":"deny","services":{}}})")
                .status,
            400);
        QCOMPARE(refused("PUT", path, "nonsense").status, 400);
        QCOMPARE(refused("PUT", path + ":policy", R"({"services":{}})").status, 400);
        QCOMPARE(send(m_admin, "GET", path).json["name"_L1].toString(), u"fixed"_s);
        QVERIFY(!send(m_admin, "GET", path).json.contains("max-session-ttl"_L1));

        // A role created not editable cannot be updated, nor its policy; it can be deleted.
        const QString locked = createRole(
            {{"name"_L1, "locked"_L1}, {"editable"_L1, false}, {"policy"_L1, allowAll}});
        const QByteArray lockedPath = "/iam-role/" + locked.toLatin1();
        answer = refused("PUT", lockedPath, R"({"description":"d"})");
        QCOMPARE(answer.status, 403);
        QVERIFY2(answer.message().contains(u"not editable"), qPrintable(answer.message()));
        QCOMPARE(refused("PUT", lockedPath + ":policy", compact(allowAll)).status, 403);
        QCOMPARE(send(m_admin, "DELETE", lockedPath).status, 200);

        // The built-in roles: neither modified nor deleted.
        for (const QString &builtIn : {sandbox().ownerRoleId(), sandbox().billingRoleId()}) {
            const QByteArray builtInPath = "/iam-role/" + builtIn.toLatin1();
            const QJsonObject before = send(m_admin, "GET", builtInPath).json;
            for (const auto &[method, target, body] : {std::tuple{QByteArray("PUT"), builtInPath,
                                                           QByteArray(R"({"description":"mine"})")},
                     std::tuple{
                         QByteArray("PUT"), QByteArray(builtInPath + ":policy"), compact(allowAll)},
                     std::tuple{QByteArray("DELETE"), builtInPath, QByteArray()}}) {
                answer = refused(method, target, body);
                QCOMPARE(answer.status, 403);
                QVERIFY2(answer.message().contains(u"built-in"), qPrintable(answer.message()));
            }
            QCOMPARE(send(m_admin, "GET", builtInPath).json, before);
        }
    }

    void unknownRolesAre404()
    {
        for (const QByteArray &id : {QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(),
                 QByteArray("not-a-uuid")}) {
            const QByteArray path = "/iam-role/" + id;
            QCOMPARE(send(m_admin, "GET", path).status, 404);
            QCOMPARE(send(m_admin, "PUT", path, R"({"description":"d"})").status, 404);
            QCOMPARE(send(m_admin, "PUT", path + ":policy", compact(allowAll)).status, 404);
            QCOMPARE(send(m_admin, "DELETE", path).status, 404);
        }
        QCOMPARE(send(m_admin, "PATCH", "/iam-role").status, 405);
    }

    void boundRoleCannotBeDeleted()
    {
        const QString id = createRole({{"name"_L1, "bound"_L1}, {"policy"_L1, allowAll}});
        const QByteArray path = "/iam-role/" + id.toLatin1();
        const Answer key
            = send(m_admin, "POST", "/api-key", compact({{"name"_L1, "k"_L1}, {"role-id"_L1, id}}));
        QCOMPARE(key.status, 200);
        Answer refused = send(m_admin, "DELETE", path);
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.message().contains(u"1 API key"), qPrintable(refused.message()));
        QCOMPARE(send(m_admin, "GET", path).status, 200);

        QCOMPARE(
            send(m_admin, "DELETE", "/api-key/" + key.json["key"_L1].toString().toLatin1()).status,
            200);
        sandbox().addUser(u"someone@example.com"_s, id);
        refused = send(m_admin, "DELETE", path);
        QCOMPARE(refused.status, 409);
        QVERIFY2(refused.message().contains(u"1 user"), qPrintable(refused.message()));
        QCOMPARE(send(m_admin, "GET", path).status, 200);
    }

    void organizationPolicy()
    {
        Answer answer = send(m_admin, "GET", "/iam-organization-policy");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json, allowAll);

        answer = send(m_admin, "PUT", "/iam-organization-policy",
            R"({"default-service-strategy":"allow","services":{"x":{"type":"none"}}})");
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.message().contains(u"services.x.type"), qPrintable(answer.message()));
        QCOMPARE(send(m_admin, "PUT", "/iam-organization-policy", "[1]").status, 400);
        QCOMPARE(send(m_admin, "GET", "/iam-organization-policy").json, allowAll);

        const QByteArray policy
            = R"({"default-service-strategy":"allow","services":{"compute-legacy":{"type":"deny","x":1}},"y":[2]})";
        answer = send(m_admin, "PUT", "/iam-organization-policy", policy);
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json["state"_L1].toString(), u"pending"_s);
        QCOMPARE(answer.json["reference"_L1]["command"_L1].toString(),
            u"update-iam-organization-policy"_s);
        QVERIFY(waitForOperation(answer.json["id"_L1].toString()));
        QCOMPARE(send(m_admin, "GET", "/iam-organization-policy").json,
            QJsonDocument::fromJson(policy).object());
        QCOMPARE(sandbox().organizationPolicy().toJson(), QJsonDocument::fromJson(policy).object());

        answer = send(m_admin, "POST", "/iam-organization-policy:reset");
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json["reference"_L1]["command"_L1].toString(),
            u"reset-iam-organization-policy"_s);
        QVERIFY(waitForOperation(answer.json["id"_L1].toString()));
        QCOMPARE(send(m_admin, "GET", "/iam-organization-policy").json, allowAll);
    }

    void operationsArePendingThenSucceed()
    {
        sandbox().setIamOperationDelay(300ms);
        const Answer started = send(m_admin, "POST", "/iam-role",
            compact({{"name"_L1, "slow"_L1}, {"policy"_L1, allowAll}}));
        const QByteArray path = "/operation/" + started.json["id"_L1].toString().toLatin1();
        const Answer first = send(m_admin, "GET", path);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json["state"_L1].toString(), u"pending"_s);
        QCOMPARE(first.json["reference"_L1]["link"_L1].toString(),
            u"/v2/iam-role/"_s + started.json["reference"_L1]["id"_L1].toString());
        QTRY_COMPARE_WITH_TIMEOUT(
            send(m_admin, "GET", path).json["state"_L1].toString(), u"success"_s, 5000);
    }

    void users()
    {
        const Answer answer = send(m_admin, "GET", "/user");
        QCOMPARE(answer.status, 200);
        const QJsonArray users = answer.json["users"_L1].toArray();
        QCOMPARE(users.size(), 2);
        QStringList roles;
        for (const QJsonValue user : users) {
            for (const auto member : {"id"_L1, "email"_L1})
                QVERIFY(!user[member].toString().isEmpty());
            for (const auto member : {"pending"_L1, "sso"_L1, "two-factor-authentication"_L1})
                QVERIFY(user[member].isBool());
            // The whole role, as get-iam-role serves it.
            const QString roleId = user["role"_L1]["id"_L1].toString();
            QCOMPARE(user["role"_L1].toObject(),
                send(m_admin, "GET", "/iam-role/" + roleId.toLatin1()).json);
            roles.append(user["role"_L1]["name"_L1].toString());
        }
        QCOMPARE(roles, (QStringList{u"Owner"_s, u"Billing"_s}));
    }

    void generationsDoNotMix()
    {
        // An API key cannot make a legacy key: the status and words of the "iamv3" fault.
        const QByteArray legacyBody = R"({"name":"legacy","operations":["ping"]})";
        const Answer refused = send(m_admin, "POST", "/access-key", legacyBody);
        QCOMPARE(refused.status, 403);
        QCOMPARE(
            refused.message(), u"Cannot generate IAMv2 `Access Key` using a IAMv3 `Api Key`"_s);
        QCOMPARE(refused.status, SandboxFault::parse(u"iamv3"_s)->status);
        QCOMPARE(sandbox().keys().size(), 1);
        // Reading legacy keys is another matter: the policies decide (allow-all here).
        QCOMPARE(send(m_admin, "GET", "/access-key").status, 200);

        // A legacy key cannot make an API key, not even the unrestricted root key.
        const QByteArray body
            = compact({{"name"_L1, "v3"_L1}, {"role-id"_L1, sandbox().adminRoleId()}});
        const Answer legacy = send(m_root, "POST", "/api-key", body);
        QCOMPARE(legacy.status, 403);
        QVERIFY2(legacy.message().contains(u"Api Key"), qPrintable(legacy.message()));
        QCOMPARE(send(m_admin, "GET", "/api-key").json["api-keys"_L1].toArray().size(), 1);

        // A legacy key may use the IAM v3 endpoints its operations include, and no other.
        QCOMPARE(send(m_root, "GET", "/iam-role").status, 200);
        KeyDraft draft;
        draft.name = u"role-reader"_s;
        draft.kind = KeyDraft::Kind::Restricted;
        draft.operations = {u"list-iam-roles"_s};
        auto reader = sandbox().createKey(draft);
        QVERIFY(reader);
        const Credential readerKey{reader->key.key, reader->secret.utf8()};
        QCOMPARE(send(readerKey, "GET", "/iam-role").status, 200);
        const Answer notAllowed = send(readerKey, "POST", "/iam-role",
            compact({{"name"_L1, "n"_L1}, {"policy"_L1, allowAll}}));
        QCOMPARE(notAllowed.status, 403);
        QVERIFY(notAllowed.message().contains(u"create-iam-role"));
        QCOMPARE(send(readerKey, "GET", "/api-key").status, 403);
    }

    void requestsSignedByApiKeysAreJudgedAsPoliciesSeeThem()
    {
        QVERIFY(!sandbox().lastJudgedRequest());
        const QString id = createRole({{"name"_L1, "judged"_L1}, {"policy"_L1, allowAll}});
        const QByteArray path = "/iam-role/" + id.toLatin1();
        QCOMPARE(
            send(m_admin, "PUT", path + "?dry=yes", R"({"description":"d","labels":{"a":"b"}})")
                .status,
            200);
        const auto judged = sandbox().lastJudgedRequest();
        QVERIFY(judged);
        QCOMPARE(judged->operation, u"update-iam-role"_s);
        QCOMPARE(judged->zone, u"ch-gva-2"_s);
        QCOMPARE(judged->sourceIp, u"127.0.0.1"_s);
        QCOMPARE(judged->apiKey, sandbox().adminApiKeyId());
        QVERIFY(qAbs(judged->now.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        // Path parameters by the spec's names, the query and the body's top-level members.
        QCOMPARE(judged->parameters,
            (QJsonObject{{"id"_L1, id}, {"dry"_L1, "yes"_L1}, {"description"_L1, "d"_L1},
                {"labels"_L1, QJsonObject{{"a"_L1, "b"_L1}}}}));
        QCOMPARE(judged->resources, QJsonObject());

        // get-operation is never judged, nor is a legacy key's request.
        const Answer operation = send(m_admin, "DELETE", path);
        QCOMPARE(sandbox().lastJudgedRequest()->operation, u"delete-iam-role"_s);
        send(m_admin, "GET", "/operation/" + operation.json["id"_L1].toString().toLatin1());
        send(m_root, "GET", "/iam-role");
        QCOMPARE(sandbox().lastJudgedRequest()->operation, u"delete-iam-role"_s);
        send(m_admin, "GET", "/api-key");
        QCOMPARE(sandbox().lastJudgedRequest()->operation, u"list-api-keys"_s);
        QCOMPARE(sandbox().lastJudgedRequest()->parameters, QJsonObject());
    }

    void eventsRecordEveryMutationAndNoRead()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const QString id = createRole({{"name"_L1, "audited"_L1}, {"policy"_L1, allowAll}});
        const Answer key = send(m_admin, "POST", "/api-key",
            compact({{"name"_L1, "audited-key"_L1}, {"role-id"_L1, id}}));
        QCOMPARE(key.status, 200);
        send(m_admin, "GET", "/iam-role");
        send(m_admin, "GET", "/api-key/" + key.json["key"_L1].toString().toLatin1());
        QCOMPARE(
            send(m_admin, "PUT", "/iam-role/" + id.toLatin1(), R"({"name":"other"})").status, 400);
        // A legacy mutation, by the legacy root key.
        QCOMPARE(
            send(m_root, "POST", "/access-key", R"({"name":"legacy","tags":["dns"]})").status, 200);

        const Answer answer = send(m_admin, "GET", "/event");
        QCOMPARE(answer.status, 200);
        const QJsonArray events = QJsonDocument::fromJson(answer.body).array();
        QStringList handlers;
        for (const QJsonValue event : events)
            handlers.append(event["handler"_L1].toString());
        QCOMPARE(handlers,
            (QStringList{u"create-iam-role"_s, u"create-api-key"_s, u"update-iam-role"_s,
                u"create-access-key"_s}));

        const QJsonObject created = events.at(1).toObject();
        QCOMPARE(created["status"_L1].toInt(), 200);
        QCOMPARE(created["uri"_L1].toString(), u"/v2/api-key"_s);
        QCOMPARE(created["zone"_L1].toString(), u"ch-gva-2"_s);
        QCOMPARE(created["source-ip"_L1].toString(), u"127.0.0.1"_s);
        QVERIFY(!created["request-id"_L1].toString().isEmpty());
        QVERIFY(created["elapsed-ms"_L1].isDouble());
        const QDateTime time
            = QDateTime::fromString(created["timestamp"_L1].toString(), Qt::ISODateWithMs);
        QVERIFY(time >= before && time <= QDateTime::currentDateTimeUtc());
        QCOMPARE(created["body-params"_L1].toObject(),
            (QJsonObject{{"name"_L1, "audited-key"_L1}, {"role-id"_L1, id}}));
        QCOMPARE(created["iam-api-key"_L1].toObject(),
            (QJsonObject{{"name"_L1, "sandbox-admin"_L1}, {"key"_L1, sandbox().adminApiKeyId()},
                {"role-id"_L1, sandbox().adminRoleId()}}));
        QCOMPARE(created["iam-role"_L1]["name"_L1].toString(), u"sandbox-admin"_s);
        // Never a secret, not even the one the answer carried.
        QVERIFY(!answer.body.contains(key.json["secret"_L1].toString().toLatin1()));

        const QJsonObject refused = events.at(2).toObject();
        QCOMPARE(refused["status"_L1].toInt(), 400);
        QCOMPARE(refused["path-params"_L1].toObject(), (QJsonObject{{"id"_L1, id}}));
        QVERIFY(refused["message"_L1].toString().contains(u"name"));
        QVERIFY(!events.at(3).toObject().contains("iam-api-key"_L1));
    }

    void eventRanges()
    {
        // Three mutations, a day apart each: 40, 2 and 0 days ago.
        QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<int> daysAgo{40, 2, 0};
        for (int days : daysAgo) {
            sandbox().setClock([now, days] { return now.addDays(-days); });
            QCOMPARE(send(m_admin, "POST", "/iam-organization-policy:reset").status, 200);
        }
        sandbox().setClock([now] { return now; });
        const auto count = [this](const QByteArray &query) {
            const Answer answer = send(m_admin, "GET", "/event" + query);
            return answer.status == 200 ? int(QJsonDocument::fromJson(answer.body).array().size())
                                        : -answer.status;
        };
        // No range: the last 24 hours.
        QCOMPARE(count({}), 1);
        const auto stamp
            = [&now](int days) { return now.addDays(-days).toString(Qt::ISODate).toLatin1(); };
        QCOMPARE(count("?from=" + stamp(3)), 2);
        QCOMPARE(count("?from=" + stamp(3) + "&to=" + stamp(1)), 1);
        QCOMPARE(count("?to=" + stamp(1)), 1); // the 24 hours before "to"
        // Older than 30 days: gone, whatever the range.
        QCOMPARE(count("?from=" + stamp(45) + "&to=" + stamp(35)), 0);
        QCOMPARE(count("?from=" + stamp(45)), 2);
        // An offset, and fractions of seconds.
        const QByteArray offset = now.addDays(-3)
                                      .toOffsetFromUtc(3600)
                                      .toString(Qt::ISODateWithMs)
                                      .toLatin1()
                                      .replace("+", "%2B");
        QCOMPARE(count("?from=" + offset), 2);
        // Malformed ranges.
        QCOMPARE(count("?from=yesterday"), -400);
        QCOMPARE(count("?from=2026-01-01"), -400);
        QCOMPARE(count("?to=2026-13-01T00:00:00Z"), -400);
        QCOMPARE(count("?from=" + stamp(1) + "&to=" + stamp(2)), -400);
    }

    void demoAccountHasRealisticRolesKeysAndUsers()
    {
        sandbox().addDemoKeys();
        const QJsonArray roles = send(m_admin, "GET", "/iam-role").json["iam-roles"_L1].toArray();
        QHash<QString, QJsonObject> byId;
        QStringList names;
        for (const QJsonValue role : roles) {
            byId.insert(role["id"_L1].toString(), role.toObject());
            names.append(role["name"_L1].toString());
            // Every policy reads without a problem (its expressions are the CEL engine's to check).
            PolicyProblems problems;
            QVERIFY(IamPolicy::fromJson(role["policy"_L1], &problems));
            QVERIFY2(problems.isEmpty(), qPrintable(role["name"_L1].toString()));
        }
        QCOMPARE(names,
            (QStringList{u"Owner"_s, u"Billing"_s, u"sandbox-admin"_s, u"ci-deploy-www"_s,
                u"cert-manager-dns01"_s, u"monitoring-readonly"_s, u"dbaas-operator"_s,
                u"platform-admin"_s}));
        const auto expressions = [&](const QString &name) {
            QStringList result;
            for (const QJsonObject &role : std::as_const(byId)) {
                if (role["name"_L1].toString() != name)
                    continue;
                const QJsonObject services = role["policy"_L1]["services"_L1].toObject();
                for (const QJsonValue service : services) {
                    for (const QJsonValue rule : service["rules"_L1].toArray())
                        result.append(rule["expression"_L1].toString());
                }
            }
            return result.join(u'\n');
        };
        QVERIFY(
            expressions(u"ci-deploy-www"_s).contains(u"parameters.bucket == 'www-example-com'"));
        QVERIFY(expressions(u"cert-manager-dns01"_s).contains(u"parameters.has('type')"));
        QVERIFY(
            expressions(u"cert-manager-dns01"_s).contains(u"resources.dns_domain.unicode_name"));
        QVERIFY(expressions(u"monitoring-readonly"_s).contains(u"operation.startsWith('get-')"));

        // A key on each role but the built-in ones, and users bound to some of them.
        const QJsonArray keys = send(m_admin, "GET", "/api-key").json["api-keys"_L1].toArray();
        QSet<QString> boundRoles;
        for (const QJsonValue key : keys) {
            QVERIFY(byId.contains(key["role-id"_L1].toString()));
            boundRoles.insert(byId.value(key["role-id"_L1].toString())["name"_L1].toString());
        }
        QCOMPARE(boundRoles.size(), 6);
        const QJsonArray users = send(m_admin, "GET", "/user").json["users"_L1].toArray();
        QCOMPARE(users.size(), 5);
        for (const QJsonValue user : users)
            QVERIFY(byId.contains(user["role"_L1]["id"_L1].toString()));

        // One legacy key restricted by tag, operation and bucket at once.
        const AccessKeys legacyKeys = sandbox().keys();
        const auto legacy = std::find_if(legacyKeys.begin(), legacyKeys.end(),
            [](const AccessKey &key) { return key.name == u"static-site-publisher"; });
        QVERIFY(legacy != legacyKeys.end());
        QCOMPARE(legacy->tags, QStringList{u"sos"_s});
        QVERIFY(legacy->operations.contains(u"list-zones"_s));
        QCOMPARE(legacy->resources,
            QList<AccessKeyResource>{
                AccessKeyResource(u"sos"_s, u"bucket"_s, u"www-example-com"_s)});
    }

    void keyportSandboxPrintsAnApiKey()
    {
        QProcess process;
        const QStringList lines = startSandbox(process, {});
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.at(3).startsWith(u"api-key: EXO"));
        QVERIFY(lines.at(4).startsWith(u"api-secret: "));
        const QString endpoint = lines.at(0).mid(10);
        const Credential apiKey{lines.at(3).mid(9), lines.at(4).mid(12).toUtf8()};
        QCOMPARE(apiKey.secret.size(), 43);
        const Answer key = sendTo(endpoint, apiKey, "GET", "/api-key/" + apiKey.key.toLatin1());
        QCOMPARE(key.status, 200);
        const Answer role = sendTo(
            endpoint, apiKey, "GET", "/iam-role/" + key.json["role-id"_L1].toString().toLatin1());
        QCOMPARE(role.json["name"_L1].toString(), u"sandbox-admin"_s);
        QCOMPARE(role.json["policy"_L1].toObject(), allowAll);
        // The demo's roles are there too.
        QVERIFY(
            sendTo(endpoint, apiKey, "GET", "/iam-role").json["iam-roles"_L1].toArray().size() > 5);
        process.kill();
        process.waitForFinished();
    }

    void keyportSandboxOrganizationPolicy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"org.json"_s);
        const QByteArray policy
            = R"({"default-service-strategy":"allow","services":{"compute-legacy":{"type":"deny"}}})";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(policy);
        }
        QProcess process;
        const QStringList lines = startSandbox(process, {u"--org-policy"_s, path});
        QCOMPARE(lines.size(), 5);
        const Credential apiKey{lines.at(3).mid(9), lines.at(4).mid(12).toUtf8()};
        QCOMPARE(sendTo(lines.at(0).mid(10), apiKey, "GET", "/iam-organization-policy").json,
            QJsonDocument::fromJson(policy).object());
        process.kill();
        process.waitForFinished();
    }

    void keyportSandboxRefusesABadOrganizationPolicy_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QString>("mentions");
        QTest::newRow("missing") << QByteArray() << u"Cannot read"_s;
        QTest::newRow("not JSON") << QByteArray("{policy") << u"not JSON"_s;
        QTest::newRow("not a policy") << QByteArray("[1]") << u"invalid"_s;
        QTest::newRow("bad strategy")
            << QByteArray(R"({"default-service-strategy":"perhaps","services":{}})")
            << u"default-service-strategy"_s;
        QTest::newRow("bad service") << QByteArray(
            R"({"default-service-strategy":"allow","services":{"sos":{"type":"rules","rules":[{"action":"maybe","expression":"true"}]}}})")
                                     << u"services.sos.rules[0].action"_s;
    }

    void keyportSandboxRefusesABadOrganizationPolicy()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mentions);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"org.json"_s);
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        QProcess process;
        process.start(
            QStringLiteral(KEYPORT_SANDBOX_PATH), {u"--port"_s, u"0"_s, u"--org-policy"_s, path});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        const QString error = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }

private:
    Sandbox &sandbox() { return m_fixture->sandbox(); }

    Answer send(const Credential &who, const QByteArray &method, const QByteArray &path,
        const QByteArray &body = {})
    {
        return sendTo(sandbox().endpointUrl(), who, method, path, body);
    }

    Answer sendTo(const QString &endpoint, const Credential &who, const QByteArray &method,
        const QByteArray &path, const QByteArray &body = {})
    {
        const QUrl url(endpoint + QString::fromLatin1(path), QUrl::StrictMode);
        RequestSigner signer(who.key, Secret::fromUtf8(who.secret));
        QNetworkRequest request(url);
        request.setRawHeader("Authorization",
            signer.authorization(method, url, body, QDateTime::currentDateTimeUtc().addSecs(300)));
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_fixture->network().sendCustomRequest(request, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(5000))
            qFatal("no answer from the sandbox");
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        reply->deleteLater();
        return answer;
    }

    /// Creates a role through the API and waits for its Operation; its id.
    QString createRole(const QJsonObject &role)
    {
        const Answer answer = send(m_admin, "POST", "/iam-role", compact(role));
        if (answer.status != 200)
            qFatal("role refused: %s", answer.body.constData());
        if (!waitForOperation(answer.json["id"_L1].toString()))
            qFatal("the role's operation did not finish");
        return answer.json["reference"_L1]["id"_L1].toString();
    }

    bool waitForOperation(const QString &id)
    {
        const QByteArray path = "/operation/" + id.toLatin1();
        return QTest::qWaitFor(
            [&] { return send(m_admin, "GET", path).json["state"_L1] == "success"_L1; }, 5000);
    }

    /// Starts keyport-sandbox with @p arguments and returns the lines it printed first.
    QStringList startSandbox(QProcess &process, const QStringList &arguments)
    {
        process.start(
            QStringLiteral(KEYPORT_SANDBOX_PATH), QStringList{u"--port"_s, u"0"_s} + arguments);
        if (!process.waitForStarted())
            return {};
        QByteArray banner;
        if (!QTest::qWaitFor(
                [&] { return (banner += process.readAllStandardOutput()).count('\n') >= 5; },
                10000))
            return {};
        QStringList lines = QString::fromUtf8(banner).split(u'\n');
        lines.removeAll(QString());
        return lines;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    Credential m_admin;
    Credential m_root;
};

QTEST_GUILESS_MAIN(TestSandboxIam)
#include "tst_sandboxiam.moc"
