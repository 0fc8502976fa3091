// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyJudge.h"
#include "PolicyCase.h"
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

CompiledPolicy compiled(const QJsonValue &json)
{
    if (json.isUndefined())
        return CompiledPolicy();
    PolicyProblems problems;
    const auto policy = IamPolicy::fromJson(json, &problems);
    if (!policy || !problems.isEmpty())
        qFatal("a test policy is broken: %s", qPrintable(problems.value(0).toString()));
    return CompiledPolicy(*policy);
}

/// The decision without the skipped rules' error texts, which the engine words.
QJsonObject withoutErrorTexts(QJsonObject decision)
{
    QJsonArray skipped;
    for (const QJsonValue &entry : decision.value("skipped"_L1).toArray()) {
        QJsonObject rule = entry.toObject();
        rule.remove("error"_L1);
        skipped.append(rule);
    }
    decision.insert("skipped"_L1, skipped);
    return decision;
}

} // namespace

class TestPolicyJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judgesAsExoscaleDoes_data()
    {
        QTest::addColumn<QJsonObject>("testCase");
        const QJsonArray cases = QJsonDocument::fromJson(readData(u"policy/judge-cases.json"_s))
                                     .object()
                                     .value("cases"_L1)
                                     .toArray();
        QVERIFY(cases.size() >= 40);
        for (const QJsonValue &entry : cases) {
            const QJsonObject testCase = entry.toObject();
            QTest::newRow(qPrintable(testCase.value("name"_L1).toString())) << testCase;
        }
    }

    void judgesAsExoscaleDoes()
    {
        QFETCH(QJsonObject, testCase);
        const PolicyJudge judge;
        const PolicyDecision decision = judge.judge(compiled(testCase.value("organization"_L1)),
            compiled(testCase.value("role"_L1)),
            policyRequest(testCase.value("request"_L1).toObject()));
        const QJsonObject got = withoutErrorTexts(decision.toJson());
        const QJsonObject expected = testCase.value("expect"_L1).toObject();
        QCOMPARE(QJsonDocument(got).toJson(QJsonDocument::Compact),
            QJsonDocument(expected).toJson(QJsonDocument::Compact));
        for (const PolicyDecision::SkippedRule &skipped : decision.skipped)
            QVERIFY2(!skipped.error.isEmpty(), "a skipped rule says why");
    }

    void skippedRulesSayWhy()
    {
        const PolicyJudge judge;
        PolicyRequest request;
        request.operation = u"get-object"_s;
        const PolicyDecision decision = judge.judge(CompiledPolicy(),
            compiled(QJsonDocument::fromJson(R"({"default-service-strategy": "deny",
                "services": {"sos": {"type": "rules", "rules": [
                    {"action": "allow", "expression": "paramters.bucket == 'x'"},
                    {"action": "allow", "expression": "parameters.bucket == 'x'"},
                    {"action": "allow", "expression": "operation == "},
                    {"action": "allow", "expression": "'not a bool'"}]}}})")
                         .object()),
            request);
        QCOMPARE(decision.skipped.size(), 4);
        QCOMPARE(decision.skipped[0].error, u"column 1: undeclared reference to 'paramters'"_s);
        QVERIFY2(decision.skipped[1].error.startsWith(u"column 12: "_s),
            qPrintable(decision.skipped[1].error));
        QVERIFY2(
            decision.skipped[1].error.contains(u"bucket"_s), qPrintable(decision.skipped[1].error));
        QVERIFY2(decision.skipped[2].error.startsWith(u"column "_s),
            qPrintable(decision.skipped[2].error));
        QCOMPARE(decision.skipped[3].error, u"the expression is a string, not a bool"_s);
        QCOMPARE(decision.refusalMessage(), u"Forbidden by role policy for sos"_s);
    }

    void refusalNamesThePolicy()
    {
        const PolicyJudge judge;
        PolicyRequest request;
        request.operation = u"list-zones"_s;
        const PolicyDecision decision
            = judge.judge(CompiledPolicy(IamPolicy::denyAll()), CompiledPolicy(), request);
        QVERIFY(!decision.allowed);
        QCOMPARE(decision.refusalMessage(), u"Forbidden by organization policy for compute"_s);
    }

    /// Each expression is parsed once, when the policy is compiled: judging does not parse.
    void expressionsAreParsedOnce()
    {
        IamPolicy policy = IamPolicy::denyAll();
        policy.services.insert(u"sos"_s,
            {IamPolicy::ServiceType::Rules, {{IamPolicy::Effect::Allow, u"true"_s, {}}}, {}});
        const CompiledPolicy compiledPolicy(policy);
        const CompiledPolicy::Service *service = compiledPolicy.service(u"sos"_s);
        QVERIFY(service);
        QCOMPARE(service->rules.size(), 1);
        QVERIFY(service->rules[0].expression.isValid());
        QCOMPARE(service->rules[0].expression.source(), u"true"_s);
        QCOMPARE(compiledPolicy.policy(), policy);
    }
};

QTEST_GUILESS_MAIN(TestPolicyJudge)
#include "tst_policyjudge.moc"
