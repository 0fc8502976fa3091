// SPDX-License-Identifier: GPL-3.0-or-later
// PolicyMatrixModel under QAbstractItemModelTester: every operation of a service class with
// what a policy answers for it. The expected verdicts are read off the policies written here.
#include "models/PolicyMatrixModel.h"
#include "policy/ServiceMap.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;
using Verdict = PolicyMatrixModel::Verdict;

namespace {

IamPolicy policy(const char *json)
{
    PolicyProblems problems;
    const auto read
        = IamPolicy::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &problems);
    if (!read || !problems.isEmpty())
        qFatal("a test policy is broken: %s", qPrintable(problems.value(0).toString()));
    return *read;
}

/// Deny by default; sos by rules: one bucket may be read, and list-buckets is allowed.
IamPolicy bucketReader()
{
    return policy(R"({"default-service-strategy": "deny", "services": {"sos": {"type": "rules",
        "rules": [
          {"action": "allow", "expression": "parameters.bucket == 'x' && operation == 'get-object'"},
          {"action": "allow", "expression": "operation in ['list-buckets']"}]}}})");
}

Verdict verdictOf(const PolicyMatrixModel &model, const QString &operation)
{
    const int row = model.rowOf(operation);
    if (row < 0)
        qFatal("%s is not in the matrix", qPrintable(operation));
    return model.verdict(row);
}

QString whyOf(const PolicyMatrixModel &model, const QString &operation)
{
    return model.why(model.rowOf(operation));
}

} // namespace

class TestPolicyMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEveryOperationOfTheClass()
    {
        PolicyMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRolePolicy(bucketReader());
        QCOMPARE(model.rowCount(), 0); // no class chosen yet
        model.setService(u"dns"_s);
        QCOMPARE(model.columnCount(), int(PolicyMatrixModel::ColumnCount));
        const QStringList dns = ServiceMap::builtIn().operationsOf(u"dns"_s);
        QVERIFY(dns.contains(u"list-dns-domains"_s));
        QCOMPARE(model.rowCount(), dns.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, PolicyMatrixModel::OperationColumn).data().toString(),
                dns.at(row));
        }
        // The role policy does not name dns and denies by default.
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.verdict(row), Verdict::Denied);
            QCOMPARE(model.why(row),
                u"Denied by the role policy: it does not name service dns and its default "
                "strategy denies."_s);
        }
        QCOMPARE(model.headerData(PolicyMatrixModel::VerdictColumn, Qt::Horizontal).toString(),
            u"Verdict"_s);
    }

    void denyByDefaultRules()
    {
        PolicyMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRolePolicy(bucketReader());
        model.setService(u"sos"_s);
        QCOMPARE(model.rowCount(), ServiceMap::builtIn().operationsOf(u"sos"_s).size());

        // Rule 1 reads the bucket: get-object is allowed on one bucket only.
        QCOMPARE(verdictOf(model, u"get-object"_s), Verdict::Depends);
        QCOMPARE(whyOf(model, u"get-object"_s),
            u"Depends on the request: rule 1 of sos in the role policy reads parameters."_s);
        // Rule 1 is false for put-object whatever the bucket, and nothing else matches.
        QCOMPARE(verdictOf(model, u"put-object"_s), Verdict::Denied);
        QCOMPARE(whyOf(model, u"put-object"_s),
            u"Denied by the role policy: no rule matched in service sos."_s);
        QCOMPARE(verdictOf(model, u"head-object"_s), Verdict::Denied);
        // Rule 2 allows it by name.
        QCOMPARE(verdictOf(model, u"list-buckets"_s), Verdict::Allowed);
        QCOMPARE(whyOf(model, u"list-buckets"_s),
            u"Allowed by the role policy: rule 2 of sos matched."_s);

        // Shown with words, not colour alone; the sort role orders allowed, depends, denied.
        const QModelIndex verdict
            = model.index(model.rowOf(u"get-object"_s), PolicyMatrixModel::VerdictColumn);
        QCOMPARE(verdict.data().toString(), u"? Depends on parameters"_s);
        QCOMPARE(verdict.data(Qt::AccessibleTextRole).toString(), u"Depends on parameters"_s);
        QCOMPARE(model.index(model.rowOf(u"list-buckets"_s), PolicyMatrixModel::VerdictColumn)
                     .data()
                     .toString(),
            u"✔ Allowed"_s);
        QCOMPARE(model.index(model.rowOf(u"put-object"_s), PolicyMatrixModel::VerdictColumn)
                     .data()
                     .toString(),
            u"✘ Denied"_s);
        QCOMPARE(verdict.data(PolicyMatrixModel::VerdictRole).toInt(), int(Verdict::Depends));

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(PolicyMatrixModel::SortRole);
        proxy.sort(PolicyMatrixModel::VerdictColumn);
        QCOMPARE(proxy.index(0, PolicyMatrixModel::OperationColumn).data().toString(),
            u"list-buckets"_s);
        QCOMPARE(
            proxy.index(1, PolicyMatrixModel::OperationColumn).data().toString(), u"get-object"_s);
        QCOMPARE(proxy.index(2, PolicyMatrixModel::VerdictColumn)
                     .data(PolicyMatrixModel::VerdictRole)
                     .toInt(),
            int(Verdict::Denied));
    }

    void organizationPolicyJudgesFirst()
    {
        PolicyMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRolePolicy(bucketReader());
        model.setService(u"sos"_s);
        model.setOrganizationPolicy(IamPolicy::allowAll());
        QCOMPARE(verdictOf(model, u"list-buckets"_s), Verdict::Allowed);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setOrganizationPolicy(policy(
            R"({"default-service-strategy": "allow", "services": {"sos": {"type": "deny"}}})"));
        QVERIFY(!changed.isEmpty()); // same rows: the view keeps its selection
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.verdict(row), Verdict::Denied);
            QCOMPARE(
                model.why(row), u"Denied by the organization policy: it denies service sos."_s);
        }

        // An organisation rule on the zone makes everything the role allows depend on it.
        model.setOrganizationPolicy(policy(R"({"default-service-strategy": "allow", "services":
            {"sos": {"type": "rules", "rules": [{"action": "allow", "expression": "zone == 'ch-gva-2'"}]}}})"));
        QCOMPARE(verdictOf(model, u"list-buckets"_s), Verdict::Depends);
        QCOMPARE(whyOf(model, u"list-buckets"_s),
            u"Depends on the request: rule 1 of sos in the organization policy reads zone."_s);
        // ... but what the role denies anyway stays denied.
        QCOMPARE(verdictOf(model, u"put-object"_s), Verdict::Denied);
    }

    void sameOutcomeEitherWayIsFixed()
    {
        PolicyMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A deny rule on a resource, then an allow rule for lists only: get-dns-domain is
        // denied whether the first matches or not.
        model.setRolePolicy(policy(R"json({"default-service-strategy": "allow", "services": {"dns":
            {"type": "rules", "rules": [
              {"action": "deny", "expression": "resources.dns_domain.unicode_name == 'example.com'"},
              {"action": "allow", "expression": "operation.startsWith('list-')"}]}}})json"));
        model.setService(u"dns"_s);
        QCOMPARE(verdictOf(model, u"get-dns-domain"_s), Verdict::Denied);
        QCOMPARE(whyOf(model, u"get-dns-domain"_s),
            u"Denied by the role policy whatever the request: rule 1 of dns reads it, but every "
            "outcome denies."_s);
        // list-dns-domains: denied on example.com, allowed elsewhere.
        QCOMPARE(verdictOf(model, u"list-dns-domains"_s), Verdict::Depends);
        QCOMPARE(whyOf(model, u"list-dns-domains"_s),
            u"Depends on the request: rule 1 of dns in the role policy reads resources."_s);
    }

    void brokenRulesAreSkippedWhateverTheRequest()
    {
        PolicyMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A typo reads no request name: it fails for every request, so it is skipped, and the
        // verdict does not depend on anything.
        model.setRolePolicy(policy(R"({"default-service-strategy": "deny", "services": {"sos":
            {"type": "rules", "rules": [
              {"action": "allow", "expression": "paramters.bucket == 'x'"},
              {"action": "allow", "expression": "operation == "}]}}})"));
        model.setService(u"sos"_s);
        QCOMPARE(verdictOf(model, u"get-object"_s), Verdict::Denied);
        const QString why = whyOf(model, u"get-object"_s);
        QVERIFY2(why.startsWith(u"Denied by the role policy: no rule matched in service sos. "
                                "Rule 1 of sos in the role policy was skipped: "_s),
            qPrintable(why));
        QVERIFY2(why.contains(u"paramters"_s), qPrintable(why));
        QVERIFY2(
            why.contains(u"Rule 2 of sos in the role policy was skipped: "_s), qPrintable(why));
    }

    void apiKeyRulesDecideForAKnownKey()
    {
        PolicyMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRolePolicy(policy(R"({"default-service-strategy": "deny", "services": {"iam":
            {"type": "rules", "rules": [{"action": "allow", "expression":
              "api_key == 'EXO000000000000000000000001' && operation == 'list-api-keys'"}]}}})"));
        model.setService(u"iam"_s);
        QCOMPARE(verdictOf(model, u"list-api-keys"_s), Verdict::Depends);
        QVERIFY(whyOf(model, u"list-api-keys"_s).endsWith(u"reads api_key."_s));
        model.setApiKey(u"EXO000000000000000000000001"_s);
        QCOMPARE(verdictOf(model, u"list-api-keys"_s), Verdict::Allowed);
        model.setApiKey(u"EXO000000000000000000000002"_s);
        QCOMPARE(verdictOf(model, u"list-api-keys"_s), Verdict::Denied);
        QCOMPARE(verdictOf(model, u"get-api-key"_s), Verdict::Denied);
    }

    void typesAllowAndDeny()
    {
        PolicyMatrixModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRolePolicy(policy(R"({"default-service-strategy": "allow", "services":
            {"dns": {"type": "allow"}, "sos": {"type": "deny"}}})"));
        model.setService(u"dns"_s);
        QCOMPARE(verdictOf(model, u"create-dns-domain"_s), Verdict::Allowed);
        QCOMPARE(whyOf(model, u"create-dns-domain"_s),
            u"Allowed by the role policy: it allows service dns."_s);
        model.setService(u"sos"_s);
        QCOMPARE(verdictOf(model, u"get-object"_s), Verdict::Denied);
        model.setService(u"compute"_s);
        QCOMPARE(verdictOf(model, u"list-zones"_s), Verdict::Allowed);
        QCOMPARE(whyOf(model, u"list-zones"_s),
            u"Allowed by the role policy: it does not name service compute and its default "
            "strategy allows."_s);

        // A role without a policy cannot be judged.
        model.setRolePolicy(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPolicyMatrixModel)
#include "tst_policymatrixmodel.moc"
