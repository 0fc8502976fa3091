// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/PolicyLinter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

QStringList lint(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    QStringList lines;
    for (const PolicyProblem &problem : PolicyLinter().lint(document.object()))
        lines.append(problem.toString());
    return lines;
}

QByteArray rulesPolicy(const QByteArray &service, const QList<QByteArray> &expressions)
{
    QByteArray rules;
    for (const QByteArray &expression : expressions) {
        if (!rules.isEmpty())
            rules += ", ";
        rules += R"({"action": "allow", "expression": )"
            + QJsonDocument(QJsonObject{{u"e"_s, QString::fromUtf8(expression)}})
                  .toJson(QJsonDocument::Compact)
                  .mid(5)
                  .chopped(1)
            + "}";
    }
    return R"({"default-service-strategy": "deny", "services": {")" + service
        + R"(": {"type": "rules", "rules": [)" + rules + "]}}}";
}

} // namespace

class TestPolicyLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanPoliciesHaveNoProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("allow-all")
            << QByteArray(R"({"default-service-strategy": "allow", "services": {}})");
        QTest::newRow("every IAM-V3.md example") << rulesPolicy("dns",
            {"operation in ['list-dns-domains', 'get-dns-domain']",
                "resources.dns_domain.unicode_name != \"example.com\"",
                "parameters.has('type') && parameters.type != 'TXT'",
                "resources.has('dns_domain_record') && resources.dns_domain_record.has('type') "
                "&& resources.dns_domain_record.type != 'TXT'"});
        QTest::newRow("sos examples") << rulesPolicy("sos",
            {"operation in ['list-sos-buckets-usage', 'list-buckets']",
                "!(parameters.bucket in ['a', 'b'])",
                "parameters.bucket == 'site-data' && operation in ['head-object', 'get-object']",
                "source_ip.inIpRange('89.145.160.0/24')"});
        QTest::newRow("compute example") << rulesPolicy("compute",
            {"operation == 'create-instance' && (!parameters.has('public_ip_assignment') || "
             "parameters.public_ip_assignment != 'none')",
                "zone == 'ch-gva-2' && now < timestamp('2030-01-01T00:00:00Z')"});
        QTest::newRow("dbaas example")
            << rulesPolicy("dbaas", {"operation.startsWith('get-dbaas-service')"});
        QTest::newRow("a role holding a clean policy")
            << QByteArray(R"({"name": "r", "policy": {"default-service-strategy": "deny",
                   "services": {"compute": {"type": "allow"}}}})");
    }

    void cleanPoliciesHaveNoProblem()
    {
        QFETCH(QByteArray, json);
        const QStringList problems = lint(json);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void findsWhatExoscaleSilentlySkips_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>(
            "expected"); // each line must start with one of these, in order
        QTest::newRow("misspelt binding")
            << rulesPolicy("sos", {"operation == 'get-object'", "paramters.bucket == 'x'"})
            << QStringList{
                   u"services.sos.rules[1].expression: column 1: unknown name 'paramters'"_s};
        QTest::newRow("syntax error")
            << rulesPolicy("sos", {"operation == 'get-object' &&"})
            << QStringList{u"services.sos.rules[0].expression: column "_s,
                   u"services.sos: no rule can ever match: every request to sos is denied"_s};
        QTest::newRow("unknown operation")
            << rulesPolicy("sos", {"operation in ['get-object', 'get-objekt']"})
            << QStringList{
                   u"services.sos.rules[0].expression: column 29: unknown operation 'get-objekt'"_s};
        QTest::newRow("operation of another class")
            << rulesPolicy("dns", {"operation == 'list-zones'"})
            << QStringList{
                   u"services.dns.rules[0].expression: column 14: 'list-zones' is an operation of compute: in the rules of dns, operation is never 'list-zones'"_s};
        QTest::newRow("no rules")
            << QByteArray(
                   R"({"default-service-strategy": "allow", "services": {"sos": {"type": "rules", "rules": []}}})")
            << QStringList{
                   u"services.sos.rules: no rules: every request to sos is denied, whatever the default strategy"_s};
        QTest::newRow("always false")
            << rulesPolicy("sos", {"1 == 2"})
            << QStringList{
                   u"services.sos.rules[0].expression: is always false: the rule never matches"_s,
                   u"services.sos: no rule can ever match: every request to sos is denied"_s};
        QTest::newRow("always true hides the rest")
            << rulesPolicy("sos", {"true", "operation == 'get-object'"})
            << QStringList{
                   u"services.sos.rules[0].expression: is always true: the rules after it are never tried"_s};
        QTest::newRow("never a bool")
            << rulesPolicy("sos", {"'yes'"})
            << QStringList{
                   u"services.sos.rules[0].expression: is always a string, never true or false"_s,
                   u"services.sos: no rule can ever match"_s};
        QTest::newRow("always an error")
            << rulesPolicy("sos", {"1 / 0 == 1"})
            << QStringList{u"services.sos.rules[0].expression: column "_s,
                   u"services.sos: no rule can ever match"_s};
        QTest::newRow("wrong arity") << rulesPolicy("sos", {"operation.startsWith('get', 'x')"})
                                     << QStringList{u"services.sos.rules[0].expression: column "_s};
        QTest::newRow("impossible type")
            << rulesPolicy("sos", {"size(1) > 0 && operation == 'get-object'"})
            << QStringList{u"services.sos.rules[0].expression: column 1"_s};
        QTest::newRow("unknown service class")
            << QByteArray(
                   R"({"default-service-strategy": "deny", "services": {"s3": {"type": "allow"}}})")
            << QStringList{u"services.s3: unknown service class 's3'"_s};
        QTest::newRow("shape") << QByteArray(
            R"({"default-service-strategy": "perhaps", "services": {}})")
                               << QStringList{
                                      u"default-service-strategy: must be \"allow\" or \"deny\""_s};
        QTest::newRow("inside a role")
            << QByteArray(R"({"name": "r", "policy": {"default-service-strategy": "deny",
                   "services": {"sos": {"type": "rules", "rules": [
                       {"action": "allow", "expression": "paramters.bucket == 'x'"}]}}}})")
            << QStringList{
                   u"policy.services.sos.rules[0].expression: column 1: unknown name 'paramters'"_s};
    }

    void findsWhatExoscaleSilentlySkips()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const QStringList problems = lint(json);
        QVERIFY2(problems.size() == expected.size(), qPrintable(problems.join(u'\n')));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(problems[i].startsWith(expected[i]), qPrintable(problems.join(u'\n')));
    }

    void notAPolicy()
    {
        const PolicyProblems problems = PolicyLinter().lint(QJsonValue(u"text"_s));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].toString(), u"a policy must be a JSON object"_s);
    }
};

QTEST_GUILESS_MAIN(TestPolicyLinter)
#include "tst_policylinter.moc"
