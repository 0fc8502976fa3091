// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/IamPolicy.h"

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
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

QStringList texts(const PolicyProblems &problems)
{
    QStringList result;
    for (const PolicyProblem &problem : problems)
        result.append(problem.toString());
    return result;
}

} // namespace

class TestIamPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryKnownMember()
    {
        PolicyProblems problems;
        const auto policy = IamPolicy::fromJson(object(R"({
            "default-service-strategy": "deny",
            "services": {
                "compute": {"type": "allow"},
                "dns": {"type": "deny"},
                "sos": {"type": "rules", "rules": [
                    {"action": "deny", "expression": "parameters.bucket == 'x'"},
                    {"action": "allow", "expression": "true"}]}}})"),
            &problems);
        QVERIFY(policy);
        QVERIFY2(problems.isEmpty(), qPrintable(texts(problems).join(u'\n')));
        QCOMPARE(policy->defaultServiceStrategy, IamPolicy::Effect::Deny);
        QCOMPARE(policy->services.keys(), (QStringList{u"compute"_s, u"dns"_s, u"sos"_s}));
        QCOMPARE(policy->services[u"compute"_s].type, IamPolicy::ServiceType::Allow);
        QCOMPARE(policy->services[u"dns"_s].type, IamPolicy::ServiceType::Deny);
        const auto &sos = policy->services[u"sos"_s];
        QCOMPARE(sos.type, IamPolicy::ServiceType::Rules);
        QCOMPARE(sos.rules.size(), 2);
        QCOMPARE(sos.rules[0].action, IamPolicy::Effect::Deny);
        QCOMPARE(sos.rules[0].expression, u"parameters.bucket == 'x'"_s);
        QCOMPARE(sos.rules[1].action, IamPolicy::Effect::Allow);
    }

    /// A read-modify-write keeps every member Keyport does not know, at every level.
    void unknownMembersSurviveAnEdit()
    {
        const QJsonObject original = object(R"({
            "default-service-strategy": "allow",
            "x-top": {"nested": [1, 2.5, null]},
            "services": {
                "sos": {"type": "rules", "x-service": true, "rules": [
                    {"action": "allow", "expression": "true", "resources": ["a", "b"],
                     "x-rule": "kept"}]},
                "dns": {"type": "deny", "x-deny": 7}}})");
        auto policy = IamPolicy::fromJson(original, nullptr);
        QVERIFY(policy);
        QCOMPARE(policy->toJson(), original);

        policy->services[u"sos"_s].rules[0].expression = u"false"_s;
        policy->services.insert(u"compute"_s, IamPolicy::Service{});
        QJsonObject expected = original;
        QJsonObject services = expected[u"services"_s].toObject();
        QJsonObject sos = services[u"sos"_s].toObject();
        QJsonArray rules = sos[u"rules"_s].toArray();
        QJsonObject rule = rules[0].toObject();
        rule[u"expression"_s] = u"false"_s;
        rules[0] = rule;
        sos[u"rules"_s] = rules;
        services[u"sos"_s] = sos;
        services[u"compute"_s] = QJsonObject{{u"type"_s, u"allow"_s}};
        expected[u"services"_s] = services;
        QCOMPARE(policy->toJson(), expected);
    }

    void allowAllIsTheSmallestPolicy()
    {
        QCOMPARE(IamPolicy::allowAll().toJson(),
            object(R"({"default-service-strategy": "allow", "services": {}})"));
        QCOMPARE(IamPolicy::denyAll().toJson(),
            object(R"({"default-service-strategy": "deny", "services": {}})"));
    }

    void problemsCarryTheirPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("not an object")
            << QByteArray("[]") << false << QStringList{u"a policy must be a JSON object"_s};
        QTest::newRow("no strategy") << QByteArray(R"({"services": {}})") << false
                                     << QStringList{u"default-service-strategy: is missing"_s};
        QTest::newRow("bad strategy")
            << QByteArray(R"({"default-service-strategy": "maybe", "services": {}})") << false
            << QStringList{u"default-service-strategy: must be \"allow\" or \"deny\""_s};
        QTest::newRow("no services") << QByteArray(R"({"default-service-strategy": "deny"})")
                                     << false << QStringList{u"services: is missing"_s};
        QTest::newRow("services a list")
            << QByteArray(R"({"default-service-strategy": "deny", "services": []})") << false
            << QStringList{u"services: must be an object"_s};
        QTest::newRow("bad type")
            << QByteArray(
                   R"({"default-service-strategy": "deny", "services": {"sos": {"type": "ok"}}})")
            << true
            << QStringList{u"services.sos.type: must be \"allow\", \"deny\" or \"rules\""_s};
        QTest::newRow("rule without action")
            << QByteArray(
                   R"({"default-service-strategy": "deny", "services": {"sos": {"type": "rules",
                  "rules": [{"action": "allow", "expression": "true"}, {"expression": "true"}]}}})")
            << true << QStringList{u"services.sos.rules[1].action: is missing"_s};
        QTest::newRow("expression a number")
            << QByteArray(
                   R"({"default-service-strategy": "deny", "services": {"sos": {"type": "rules",
                  "rules": [{"action": "allow", "expression": 1}]}}})")
            << true << QStringList{u"services.sos.rules[0].expression: must be a string"_s};
        QTest::newRow("rules without type rules")
            << QByteArray(
                   R"({"default-service-strategy": "deny", "services": {"sos": {"type": "allow",
                  "rules": []}}})")
            << true
            << QStringList{u"services.sos.rules: has no effect unless the type is \"rules\""_s};
        QTest::newRow("resources not strings")
            << QByteArray(
                   R"({"default-service-strategy": "deny", "services": {"sos": {"type": "rules",
                  "rules": [{"action": "allow", "expression": "true", "resources": [1]}]}}})")
            << true << QStringList{u"services.sos.rules[0].resources: must be a list of strings"_s};
    }

    void problemsCarryTheirPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, usable);
        QFETCH(QStringList, problems);
        PolicyProblems found;
        const QJsonDocument document = QJsonDocument::fromJson(json);
        const QJsonValue value
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const auto policy = IamPolicy::fromJson(value, &found);
        QCOMPARE(policy.has_value(), usable);
        QCOMPARE(texts(found), problems);
    }

    void pathPrefixIsKept()
    {
        PolicyProblems found;
        IamPolicy::fromJson(object(R"({"services": {}})"), &found, u"policy"_s);
        QCOMPARE(texts(found), QStringList{u"policy.default-service-strategy: is missing"_s});
    }
};

QTEST_GUILESS_MAIN(TestIamPolicy)
#include "tst_iampolicy.moc"
