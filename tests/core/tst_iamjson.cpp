// SPDX-License-Identifier: GPL-3.0-or-later
// IAM v3 wire shapes: exact round trips of what Keyport does not know, malformed answers, and
// IAM-V3.md §3's limits at their boundaries.
#include "api/ErrorMapper.h"
#include "api/IamJson.h"
#include "domain/IamLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

QJsonObject object(const char *json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QStringList paths(const PolicyProblems &problems)
{
    QStringList result;
    for (const PolicyProblem &problem : problems)
        result.append(problem.path);
    return result;
}

QString texts(const PolicyProblems &problems)
{
    QStringList result;
    for (const PolicyProblem &problem : problems)
        result.append(problem.toString());
    return result.join(u'\n');
}

const char *const roleJson = R"({
    "id": "6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f",
    "name": "ci-deploy",
    "description": "CI deploys the site",
    "permissions": ["bypass-governance-retention"],
    "editable": true,
    "labels": {"team": "web", "env": "prod"},
    "policy": {
        "default-service-strategy": "deny",
        "x-policy": {"deep": [1, {"k": "v"}]},
        "services": {
            "sos": {"type": "rules", "x-service": 3, "rules": [
                {"action": "allow", "expression": "parameters.bucket == 'site'",
                 "resources": ["r"], "x-rule": null}]}}},
    "assume-role-policy": {"rules": [{"action": "allow", "expression": "true", "x-arp": 1}],
                           "x-arp-top": "kept"},
    "max-session-ttl": 3600,
    "x-future": {"nested": {"list": [true, 2.5, "s"]}},
    "created-at": "2026-01-02T03:04:05Z"
})";

// A string of @p count characters outside the BMP (each is two UTF-16 units).
QString astral(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += QString::fromUcs4(U"\U0001F511", 1);
    return text;
}

IamRoleDraft validDraft()
{
    IamRoleDraft draft;
    draft.name = u"ci-deploy"_s;
    draft.policy = IamPolicy::allowAll();
    return draft;
}

} // namespace

class TestIamJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- round trips ---------------------------------------------------------------------

    void apiKeyKeepsUnknownMembers()
    {
        const QJsonObject original = object(R"({"name": "ci", "key": "EXO0123456789abcdef01234567",
            "role-id": "6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f",
            "x-new": {"nested": [1, {"deep": "yes"}]}, "created": "2026-01-01T00:00:00Z"})");
        auto key = IamJson::apiKeyFromJson(original);
        QVERIFY2(key, qPrintable(key.error().message()));
        QCOMPARE(key->name, u"ci"_s);
        QCOMPARE(key->key, u"EXO0123456789abcdef01234567"_s);
        QCOMPARE(key->roleId, u"6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f"_s);
        QCOMPARE(IamJson::toJson(key.value()), original);

        ApiKey edited = key.value();
        edited.name = u"ci-2"_s;
        QJsonObject expected = original;
        expected.insert(u"name"_s, u"ci-2"_s);
        QCOMPARE(IamJson::toJson(edited), expected);
    }

    void createdApiKeyKeepsTheSecretOutOfExtra()
    {
        auto created = IamJson::parseCreatedApiKey(
            R"({"name": "ci", "key": "EXO0123456789abcdef01234567", "role-id": "r",
                "secret": "s3cr3t-value", "x-new": 1})");
        QVERIFY2(created, qPrintable(created.error().message()));
        QCOMPARE(created->secret.reveal(), u"s3cr3t-value"_s);
        QVERIFY(!created->key.extra.contains(u"secret"_s));
        QCOMPARE(created->key.extra.value(u"x-new"_s).toInt(), 1);
        QVERIFY(!IamJson::toJson(created->key).contains(u"secret"_s));
    }

    void roleRoundTripsExactly()
    {
        const QJsonObject original = object(roleJson);
        auto role = IamJson::roleFromJson(original);
        QVERIFY2(role, qPrintable(role.error().message()));
        QCOMPARE(role->id, u"6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f"_s);
        QCOMPARE(role->name, u"ci-deploy"_s);
        QCOMPARE(role->description, std::optional<QString>(u"CI deploys the site"_s));
        QCOMPARE(role->permissions, QStringList{u"bypass-governance-retention"_s});
        QCOMPARE(role->labels->value(u"team"_s), u"web"_s);
        QVERIFY(role->policy);
        QCOMPARE(role->policy->defaultServiceStrategy, IamPolicy::Effect::Deny);
        QCOMPARE(role->maxSessionTtl, std::optional<qint64>(3600));
        QVERIFY(role->assumeRolePolicy);
        QVERIFY(role->extra.contains(u"x-future"_s));
        QVERIFY(!role->extra.contains(u"policy"_s));
        QCOMPARE(IamJson::toJson(role.value()), original);
    }

    void roleEditKeepsEverythingElse()
    {
        const QJsonObject original = object(roleJson);
        IamRole role = IamJson::roleFromJson(original).value();
        role.description = u"changed"_s;
        role.labels->insert(u"owner"_s, u"ops"_s);
        role.policy->services[u"sos"_s].rules[0].expression = u"false"_s;

        QJsonObject expected = original;
        expected.insert(u"description"_s, u"changed"_s);
        QJsonObject labels = expected.value(u"labels"_s).toObject();
        labels.insert(u"owner"_s, u"ops"_s);
        expected.insert(u"labels"_s, labels);
        QJsonObject policy = expected.value(u"policy"_s).toObject();
        QJsonObject services = policy.value(u"services"_s).toObject();
        QJsonObject sos = services.value(u"sos"_s).toObject();
        QJsonArray rules = sos.value(u"rules"_s).toArray();
        QJsonObject rule = rules.at(0).toObject();
        rule.insert(u"expression"_s, u"false"_s);
        rules.replace(0, rule);
        sos.insert(u"rules"_s, rules);
        services.insert(u"sos"_s, sos);
        policy.insert(u"services"_s, services);
        expected.insert(u"policy"_s, policy);
        QCOMPARE(IamJson::toJson(role), expected);
    }

    void roleWithoutPolicyOrOptionalMembersRoundTrips()
    {
        const QJsonObject original = object(R"({"id": "6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f",
            "name": "old", "permissions": [], "editable": false})");
        auto role = IamJson::roleFromJson(original);
        QVERIFY2(role, qPrintable(role.error().message()));
        QVERIFY(!role->policy);
        QVERIFY(!role->labels);
        QVERIFY(!role->assumeRolePolicy);
        QVERIFY(!role->maxSessionTtl);
        QVERIFY(!role->editable);
        QCOMPARE(IamJson::toJson(role.value()), original);
        QVERIFY(!IamRoleDraft::fromRole(role.value(), u"copy"_s));
    }

    /// update-iam-role sends what the role holds, never name, editable or the policy.
    void updateBodySendsWhatWasReadAndNothingImmutable()
    {
        IamRole role = IamJson::roleFromJson(object(roleJson)).value();
        role.description = u"new words"_s;
        const QJsonObject body = QJsonDocument::fromJson(IamJson::updateRoleBody(role)).object();
        const QJsonObject original = object(roleJson);
        QCOMPARE(body.value(u"description"_s).toString(), u"new words"_s);
        QCOMPARE(body.value(u"permissions"_s), original.value(u"permissions"_s));
        QCOMPARE(body.value(u"labels"_s), original.value(u"labels"_s));
        QCOMPARE(body.value(u"max-session-ttl"_s), original.value(u"max-session-ttl"_s));
        QCOMPARE(body.value(u"assume-role-policy"_s), original.value(u"assume-role-policy"_s));
        QVERIFY(!body.contains(u"name"_s));
        QVERIFY(!body.contains(u"editable"_s));
        QVERIFY(!body.contains(u"policy"_s));
        QVERIFY(!body.contains(u"id"_s));
    }

    void userRoundTripsExactly()
    {
        const QJsonObject original = object(R"({"id": "u-1", "email": "a@example.com",
            "pending": false, "sso": true, "two-factor-authentication": true,
            "x-user": {"n": [1]},
            "role": {"id": "6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f", "name": "r",
                     "permissions": [], "editable": true, "x-role": "kept",
                     "policy": {"default-service-strategy": "allow", "services": {},
                                "x-pol": 1}}})");
        auto user = IamJson::userFromJson(original);
        QVERIFY2(user, qPrintable(user.error().message()));
        QCOMPARE(user->email, u"a@example.com"_s);
        QVERIFY(user->sso);
        QVERIFY(user->twoFactorAuthentication);
        QVERIFY(!user->pending);
        QVERIFY(user->role);
        QCOMPARE(user->role->extra.value(u"x-role"_s).toString(), u"kept"_s);
        QCOMPARE(IamJson::toJson(user.value()), original);

        User edited = user.value();
        edited.pending = true;
        edited.role->name = u"renamed"_s;
        QJsonObject expected = original;
        expected.insert(u"pending"_s, true);
        QJsonObject role = expected.value(u"role"_s).toObject();
        role.insert(u"name"_s, u"renamed"_s);
        expected.insert(u"role"_s, role);
        QCOMPARE(IamJson::toJson(edited), expected);
    }

    void eventRoundTripsExactly()
    {
        const QByteArray body = R"([{"timestamp": "2026-11-20T10:11:12.345Z",
            "handler": "create-api-key", "message": "ok", "status": 200,
            "uri": "/v2/api-key", "zone": "ch-gva-2", "source-ip": "192.0.2.1",
            "request-id": "req-1", "elapsed-ms": 12,
            "get-params": {}, "path-params": {"id": "x"}, "body-params": {"name": "ci", "n": [1]},
            "iam-api-key": {"name": "admin", "key": "EXO0123456789abcdef01234567",
                            "role-id": "6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f", "x-k": 1},
            "iam-role": {"id": "6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f", "name": "admin",
                         "permissions": [], "editable": true, "x-r": 2},
            "iam-user": {"id": "u-1", "email": "a@example.com", "pending": false, "sso": false,
                         "two-factor-authentication": false, "x-u": 3},
            "x-event": {"deep": {"er": true}}},
            {"timestamp": "2026-11-20T10:11:13+01:00", "handler": "delete-iam-role"}])";
        auto events = IamJson::parseEventList(body);
        QVERIFY2(events, qPrintable(events.error().message()));
        QCOMPARE(events->size(), 2);
        const Event &event = events->at(0);
        QCOMPARE(event.timestamp, QDateTime(QDate(2026, 11, 20), QTime(10, 11, 12, 345), Qt::UTC));
        QCOMPARE(event.handler, u"create-api-key"_s);
        QCOMPARE(event.status, std::optional<int>(200));
        QCOMPARE(event.elapsedMs, std::optional<qint64>(12));
        QCOMPARE(event.sourceIp, u"192.0.2.1"_s);
        QCOMPARE(event.iamApiKey->key, u"EXO0123456789abcdef01234567"_s);
        QCOMPARE(event.iamRole->name, u"admin"_s);
        QCOMPARE(event.iamUser->email, u"a@example.com"_s);
        const QJsonArray original = QJsonDocument::fromJson(body).array();
        QCOMPARE(IamJson::toJson(event), original.at(0).toObject());
        // The offset form is kept as it came.
        QCOMPARE(IamJson::toJson(events->at(1)), original.at(1).toObject());
        QCOMPARE(events->at(1).timestamp.toUTC(),
            QDateTime(QDate(2026, 11, 20), QTime(9, 11, 13), Qt::UTC));

        Event edited = event;
        edited.iamApiKey->name = u"other"_s;
        QJsonObject expected = original.at(0).toObject();
        QJsonObject key = expected.value(u"iam-api-key"_s).toObject();
        key.insert(u"name"_s, u"other"_s);
        expected.insert(u"iam-api-key"_s, key);
        QCOMPARE(IamJson::toJson(edited), expected);
    }

    void policyAnswerKeepsUnknownMembers()
    {
        const QJsonObject original = object(R"({"default-service-strategy": "allow",
            "services": {"dns": {"type": "deny", "x": 1}}, "x-org": [1, 2]})");
        auto policy = IamJson::parsePolicy(bytes(original));
        QVERIFY2(policy, qPrintable(policy.error().message()));
        QCOMPARE(policy->toJson(), original);
        QCOMPARE(QJsonDocument::fromJson(IamJson::policyBody(policy.value())).object(), original);
    }

    /// A CreateRole document (cloning a role through its JSON) keeps what Keyport does not
    /// know, but not the id of the role it came from.
    void roleDraftFromJsonKeepsUnknownMembers()
    {
        QJsonObject document = object(roleJson);
        PolicyProblems problems;
        const auto draft = IamJson::roleDraftFromJson(document, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(texts(problems)));
        QVERIFY(draft);
        QVERIFY(draft->isValid());
        const QJsonObject body = QJsonDocument::fromJson(IamJson::createRoleBody(*draft)).object();
        document.remove(u"id"_s);
        QCOMPARE(body, document);
    }

    void roleDraftFromJsonNeedsAPolicy()
    {
        PolicyProblems problems;
        QVERIFY(!IamJson::roleDraftFromJson(object(R"({"name": "x"})"), &problems));
        QCOMPARE(paths(problems), QStringList{u"policy"_s});

        problems.clear();
        QVERIFY(!IamJson::roleDraftFromJson(
            object(R"({"name": "x", "policy": {"services": {}}})"), &problems));
        QCOMPARE(paths(problems), QStringList{u"policy.default-service-strategy"_s});

        problems.clear();
        const auto draft = IamJson::roleDraftFromJson(object(R"({"name": "x",
            "labels": {"a": 1}, "max-session-ttl": "long", "permissions": "all",
            "policy": {"default-service-strategy": "allow", "services": {}}})"),
            &problems);
        QVERIFY(draft);
        QCOMPARE(
            paths(problems), (QStringList{u"permissions"_s, u"labels.a"_s, u"max-session-ttl"_s}));
    }

    // --- malformed answers -----------------------------------------------------------------

    void malformedAnswers_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("named");

        QTest::newRow("not json") << u"keys"_s << QByteArray("{\"api-keys\": [") << u"offset"_s;
        QTest::newRow("not an object") << u"key"_s << QByteArray("[1]") << u"not a JSON object"_s;
        QTest::newRow("list missing") << u"keys"_s << QByteArray("{}") << u"api-keys: is missing"_s;
        QTest::newRow("list not a list")
            << u"keys"_s << QByteArray(R"({"api-keys": {}})") << u"api-keys: is not a list"_s;
        QTest::newRow("entry not an object")
            << u"keys"_s << QByteArray(R"({"api-keys": [{"key": "EXO1"}, 3]})")
            << u"api-keys[1]: is not an object"_s;
        QTest::newRow("key missing") << u"keys"_s << QByteArray(R"({"api-keys": [{"name": "a"}]})")
                                     << u"api-keys[0].key: is missing"_s;
        QTest::newRow("role-id not a string")
            << u"keys"_s << QByteArray(R"({"api-keys": [{"key": "EXO1", "role-id": 5}]})")
            << u"api-keys[0].role-id: is not a string"_s;
        QTest::newRow("created without secret")
            << u"created"_s << QByteArray(R"({"key": "EXO1", "name": "a"})") << u"secret"_s;
        QTest::newRow("role id missing")
            << u"roles"_s << QByteArray(R"({"iam-roles": [{"name": "a"}]})")
            << u"iam-roles[0].id: is missing"_s;
        QTest::newRow("label not a string")
            << u"roles"_s << QByteArray(R"({"iam-roles": [{"id": "i", "labels": {"team": 1}}]})")
            << u"iam-roles[0].labels.team: is not a string"_s;
        QTest::newRow("permission not a string")
            << u"role"_s << QByteArray(R"({"id": "i", "permissions": ["a", 2]})")
            << u"permissions[1]: is not a string"_s;
        QTest::newRow("editable not a bool")
            << u"role"_s << QByteArray(R"({"id": "i", "editable": "yes"})")
            << u"editable: is not true or false"_s;
        QTest::newRow("ttl not whole")
            << u"role"_s << QByteArray(R"({"id": "i", "max-session-ttl": 1.5})")
            << u"max-session-ttl: is not a whole number"_s;
        QTest::newRow("assume-role-policy not an object")
            << u"role"_s << QByteArray(R"({"id": "i", "assume-role-policy": []})")
            << u"assume-role-policy: is not an object"_s;
        QTest::newRow("policy without strategy")
            << u"role"_s << QByteArray(R"({"id": "i", "policy": {"services": {}}})")
            << u"policy.default-service-strategy"_s;
        QTest::newRow("policy rule without action")
            << u"role"_s << QByteArray(R"({"id": "i", "policy": {"default-service-strategy": "deny",
                   "services": {"sos": {"type": "rules", "rules": [{"expression": "true"}]}}}})")
            << u"policy.services.sos.rules[0].action"_s;
        QTest::newRow("org policy not a policy")
            << u"policy"_s << QByteArray(R"({"default-service-strategy": "maybe", "services": {}})")
            << u"default-service-strategy"_s;
        QTest::newRow("user role nested")
            << u"users"_s
            << QByteArray(R"({"users": [{"id": "u", "role": {"id": "r", "permissions": [1]}}]})")
            << u"users[0].role.permissions[0]: is not a string"_s;
        QTest::newRow("user sso not a bool")
            << u"users"_s << QByteArray(R"({"users": [{"id": "u", "sso": 1}]})")
            << u"users[0].sso: is not true or false"_s;
        QTest::newRow("events not an array")
            << u"events"_s << QByteArray(R"({"events": []})") << u"not a list of events"_s;
        QTest::newRow("event bad timestamp")
            << u"events"_s << QByteArray(R"([{"timestamp": "yesterday"}])") << u"[0].timestamp"_s;
        QTest::newRow("event status a string")
            << u"events"_s << QByteArray(R"([{}, {"status": "200"}])")
            << u"[1].status: is not a whole number"_s;
        QTest::newRow("event nested key")
            << u"events"_s << QByteArray(R"([{"iam-api-key": {"name": "a"}}])")
            << u"[0].iam-api-key.key: is missing"_s;
    }

    void malformedAnswers()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, named);
        Error error;
        if (kind == u"keys")
            error = IamJson::parseApiKeyList(body).error();
        else if (kind == u"key")
            error = IamJson::parseApiKey(body).error();
        else if (kind == u"created")
            error = IamJson::parseCreatedApiKey(body).error();
        else if (kind == u"roles")
            error = IamJson::parseRoleList(body).error();
        else if (kind == u"role")
            error = IamJson::parseRole(body).error();
        else if (kind == u"policy")
            error = IamJson::parsePolicy(body).error();
        else if (kind == u"users")
            error = IamJson::parseUserList(body).error();
        else if (kind == u"events")
            error = IamJson::parseEventList(body).error();
        else
            QFAIL("unknown kind");
        QCOMPARE(error.code(), Error::Code::MalformedResponse);
        QVERIFY2(error.message().contains(named), qPrintable(error.message()));
    }

    // --- limits --------------------------------------------------------------------------

    void characterCountIsInCodePoints()
    {
        QCOMPARE(IamLimits::characterCount(astral(3)), 3);
        QCOMPARE(astral(3).size(), 6);
        QCOMPARE(IamLimits::characterCount(u"é✓"_s), 2);
        QCOMPARE(IamLimits::characterCount(QString()), 0);
    }

    void apiKeyLimits_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("roleId");
        QTest::addColumn<QStringList>("problemPaths");
        const QString role = u"6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5f"_s;
        QTest::newRow("1 character") << u"a"_s << role << QStringList();
        QTest::newRow("255 characters") << QString(255, u'a') << role << QStringList();
        QTest::newRow("256 characters") << QString(256, u'a') << role << QStringList{u"name"_s};
        QTest::newRow("empty") << QString() << role << QStringList{u"name"_s};
        QTest::newRow("255 astral characters") << astral(255) << role << QStringList();
        QTest::newRow("256 astral characters") << astral(256) << role << QStringList{u"name"_s};
        QTest::newRow("no role") << u"a"_s << QString() << QStringList{u"role-id"_s};
        QTest::newRow("role not a uuid") << u"a"_s << u"admin"_s << QStringList{u"role-id"_s};
        QTest::newRow("role uuid too short")
            << u"a"_s << u"6a3c1a3e-0f4e-4b6a-9d0e-2f1b7c3d4e5"_s << QStringList{u"role-id"_s};
        QTest::newRow("role uuid misplaced dash")
            << u"a"_s << u"6a3c1a3e0-f4e-4b6a-9d0e-2f1b7c3d4e5f"_s << QStringList{u"role-id"_s};
        QTest::newRow("role uuid upper case") << u"a"_s << role.toUpper() << QStringList();
    }

    void apiKeyLimits()
    {
        QFETCH(QString, name);
        QFETCH(QString, roleId);
        QFETCH(QStringList, problemPaths);
        ApiKey key;
        key.name = name;
        key.roleId = roleId;
        QCOMPARE(paths(key.problems()), problemPaths);
    }

    void roleDraftLimits_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QStringList>("problemPaths");
        QTest::newRow("valid") << u"none"_s << QStringList();
        QTest::newRow("name 191") << u"name191"_s << QStringList();
        QTest::newRow("name 192") << u"name192"_s << QStringList{u"name"_s};
        QTest::newRow("name 191 astral") << u"name191astral"_s << QStringList();
        QTest::newRow("name 192 astral") << u"name192astral"_s << QStringList{u"name"_s};
        QTest::newRow("name empty") << u"nameEmpty"_s << QStringList{u"name"_s};
        QTest::newRow("description absent") << u"descriptionAbsent"_s << QStringList();
        QTest::newRow("description 1") << u"description1"_s << QStringList();
        QTest::newRow("description 255") << u"description255"_s << QStringList();
        QTest::newRow("description 256") << u"description256"_s << QStringList{u"description"_s};
        QTest::newRow("description 255 astral") << u"description255astral"_s << QStringList();
        QTest::newRow("description 256 astral")
            << u"description256astral"_s << QStringList{u"description"_s};
        QTest::newRow("description empty")
            << u"descriptionEmpty"_s << QStringList{u"description"_s};
        QTest::newRow("both permissions") << u"permissionsBoth"_s << QStringList();
        QTest::newRow("permission twice")
            << u"permissionTwice"_s << QStringList{u"permissions[1]"_s};
        QTest::newRow("unknown permission")
            << u"permissionUnknown"_s << QStringList{u"permissions[0]"_s};
        QTest::newRow("ttl 1") << u"ttl1"_s << QStringList();
        QTest::newRow("ttl 0") << u"ttl0"_s << QStringList{u"max-session-ttl"_s};
        QTest::newRow("ttl negative") << u"ttlNegative"_s << QStringList{u"max-session-ttl"_s};
        QTest::newRow("label without name") << u"labelEmpty"_s << QStringList{u"labels"_s};
        QTest::newRow("policy with a nameless service")
            << u"policyNamelessService"_s << QStringList{u"policy.services."_s};
        QTest::newRow("policy rule with bad resources")
            << u"policyBadResources"_s << QStringList{u"policy.services.sos.rules[0].resources"_s};
    }

    void roleDraftLimits()
    {
        QFETCH(QString, change);
        QFETCH(QStringList, problemPaths);
        IamRoleDraft draft = validDraft();
        if (change == u"name191")
            draft.name = QString(191, u'r');
        else if (change == u"name192")
            draft.name = QString(192, u'r');
        else if (change == u"name191astral")
            draft.name = astral(191);
        else if (change == u"name192astral")
            draft.name = astral(192);
        else if (change == u"nameEmpty")
            draft.name.clear();
        else if (change == u"descriptionAbsent")
            draft.description.reset();
        else if (change == u"description1")
            draft.description = u"d"_s;
        else if (change == u"description255")
            draft.description = QString(255, u'd');
        else if (change == u"description256")
            draft.description = QString(256, u'd');
        else if (change == u"description255astral")
            draft.description = astral(255);
        else if (change == u"description256astral")
            draft.description = astral(256);
        else if (change == u"descriptionEmpty")
            draft.description = QString();
        else if (change == u"permissionsBoth")
            draft.permissions = IamLimits::knownPermissions();
        else if (change == u"permissionTwice")
            draft.permissions
                = QStringList{u"bypass-governance-retention"_s, u"bypass-governance-retention"_s};
        else if (change == u"permissionUnknown")
            draft.permissions = QStringList{u"be-admin"_s};
        else if (change == u"ttl1")
            draft.maxSessionTtl = 1;
        else if (change == u"ttl0")
            draft.maxSessionTtl = 0;
        else if (change == u"ttlNegative")
            draft.maxSessionTtl = -5;
        else if (change == u"labelEmpty")
            draft.labels.insert(QString(), u"v"_s);
        else if (change == u"policyNamelessService")
            draft.policy.services.insert(QString(), IamPolicy::Service{});
        else if (change == u"policyBadResources") {
            IamPolicy::Service service;
            service.type = IamPolicy::ServiceType::Rules;
            service.rules.append(
                {IamPolicy::Effect::Allow, u"true"_s, QJsonObject{{u"resources"_s, 5}}});
            draft.policy.services.insert(u"sos"_s, service);
        }
        QCOMPARE(paths(draft.problems()), problemPaths);
    }

    void roleLimitsCheckOnlyWhatIsThere()
    {
        IamRole role = IamJson::roleFromJson(object(roleJson)).value();
        QVERIFY2(role.problems().isEmpty(), qPrintable(texts(role.problems())));
        role.description = QString(256, u'x');
        role.maxSessionTtl = 0;
        role.permissions.append(u"nope"_s);
        QCOMPARE(paths(role.problems()),
            (QStringList{u"description"_s, u"permissions[1]"_s, u"max-session-ttl"_s}));
    }

    // --- refusals --------------------------------------------------------------------------

    void policyRefusalNamesTheCallAndKeepsTheServersWords()
    {
        const Error role
            = ErrorMapper::fromHttp(403, R"({"message": "Forbidden by role policy for iam"})",
                u"POST /v2/iam-role"_s, {}, ErrorMapper::Action::CreateRole);
        QCOMPARE(role.code(), Error::Code::AccessDenied);
        QCOMPARE(role.serverMessage(), u"Forbidden by role policy for iam"_s);
        QVERIFY2(role.message().contains(u"create-iam-role"_s), qPrintable(role.message()));
        QVERIFY2(role.message().contains(u"\"iam\""_s), qPrintable(role.message()));
        QVERIFY2(role.message().contains(u"Forbidden by role policy for iam"_s),
            qPrintable(role.message()));
        QVERIFY(role.message().contains(u"role"_s));

        const Error organization = ErrorMapper::fromHttp(403,
            R"({"message": "Forbidden by organization policy for dns"})", u"GET /v2/api-key"_s, {},
            ErrorMapper::Action::ListApiKeys);
        QCOMPARE(organization.code(), Error::Code::AccessDenied);
        QVERIFY2(organization.message().contains(u"organization policy"_s),
            qPrintable(organization.message()));
        QVERIFY(organization.message().contains(u"list-api-keys"_s));
        QVERIFY(organization.message().contains(u"\"dns\""_s));
        QVERIFY(organization.message() != role.message());

        // Any other 403 keeps the general wording.
        const Error other = ErrorMapper::fromHttp(403, R"({"message": "bad signature"})",
            u"GET /v2/api-key"_s, {}, ErrorMapper::Action::ListApiKeys);
        QVERIFY(!other.message().contains(u"list-api-keys"_s));
    }
};

QTEST_GUILESS_MAIN(TestIamJson)
#include "tst_iamjson.moc"
