// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/LockoutAnalysis.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

IamPolicy policy(const char *json)
{
    PolicyProblems problems;
    const auto parsed
        = IamPolicy::fromJson(QJsonDocument::fromJson(QByteArray(json)).object(), &problems);
    if (!parsed || !problems.isEmpty())
        qFatal("a test policy is broken: %s", json);
    return *parsed;
}

IamRole role(const QString &id, const QString &name, const IamPolicy &rolePolicy)
{
    IamRole result;
    result.id = id;
    result.name = name;
    result.policy = rolePolicy;
    return result;
}

ApiKey apiKey(const QString &name, const QString &key, const QString &roleId)
{
    ApiKey result;
    result.name = name;
    result.key = key;
    result.roleId = roleId;
    return result;
}

User user(const QString &email, const IamRole &userRole)
{
    User result;
    result.id = email;
    result.email = email;
    result.role = userRole;
    return result;
}

const QString signingKeyId = u"EXO000000000000000000000001"_s;

/// An organisation with an Owner-like role (the signing key on it), a role "dns-ops" with two
/// keys and one person, and a role "auditors" bound to one person only.
IamSnapshot organization()
{
    IamSnapshot snapshot;
    const IamRole owner = role(u"r-owner"_s, u"Owner"_s, IamPolicy::allowAll());
    const IamRole dnsOps = role(u"r-dns"_s, u"dns-ops"_s, IamPolicy::allowAll());
    const IamRole auditors = role(u"r-audit"_s, u"auditors"_s, IamPolicy::allowAll());
    snapshot.roles = {owner, dnsOps, auditors};
    snapshot.apiKeys = {apiKey(u"admin"_s, signingKeyId, owner.id),
        apiKey(u"ci"_s, u"EXO000000000000000000000002"_s, dnsOps.id),
        apiKey(u"certbot"_s, u"EXO000000000000000000000003"_s, dnsOps.id)};
    snapshot.users = {user(u"ana@example.com"_s, dnsOps), user(u"bo@example.com"_s, auditors)};
    snapshot.signingKey = signingKeyId;
    return snapshot;
}

/// Every service class of the built-in map that has operations.
QStringList servicesWithOperations()
{
    QStringList services;
    for (const QString &service : ServiceMap::builtIn().services()) {
        if (!ServiceMap::builtIn().operationsOf(service).isEmpty())
            services.append(service);
    }
    return services;
}

QStringList lostServices(const LockoutAnalysis::Subject &subject)
{
    QStringList services;
    for (const LockoutAnalysis::Loss &loss : subject.losses)
        services.append(loss.service);
    services.removeDuplicates();
    services.sort();
    return services;
}

const LockoutAnalysis::Loss *lossOf(
    const LockoutAnalysis::Subject &subject, const QString &operation)
{
    for (const LockoutAnalysis::Loss &loss : subject.losses) {
        if (loss.operations.contains(operation))
            return &loss;
    }
    return nullptr;
}

} // namespace

class TestLockoutAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void organizationPolicyDenyingIamLocksOutTheSigningKey()
    {
        const IamSnapshot snapshot = organization();
        // Rule 1 lets dns keys read their own key; rule 2 denies the rest of iam.
        const LockoutAnalysis analysis(snapshot,
            LockoutChange::organizationPolicy(policy(R"({"default-service-strategy": "allow",
                "services": {"iam": {"type": "rules", "rules": [
                    {"action": "allow", "expression": "operation == 'get-api-key'"},
                    {"action": "deny", "expression": "service == 'iam'"}]}}})")));

        QVERIFY(analysis.locksOutAnyone());
        QVERIFY(analysis.locksOutSigningKey());
        QVERIFY(analysis.signingKeyJudged());
        QVERIFY(analysis.signingKeyLosesIam());
        QVERIFY(!analysis.signingKeyKeepsIam());
        const LockoutAnalysis::Subject &signing = analysis.subjects().constFirst();
        QCOMPARE(signing.kind, LockoutAnalysis::Subject::Kind::SigningKey);
        QCOMPARE(signing.key, signingKeyId);
        QCOMPARE(signing.name, u"admin"_s);
        QCOMPARE(signing.essentialsLost, LockoutAnalysis::signingKeyEssentials());
        QVERIFY(signing.title().contains(u"the key Keyport signs with"_s));
        QCOMPARE(lostServices(signing), QStringList{u"iam"_s});
        QCOMPARE(signing.losses.size(), 1);
        const LockoutAnalysis::Loss &loss = signing.losses.constFirst();
        QCOMPARE(loss.certainty, LockoutAnalysis::Loss::Certainty::Certain);
        QCOMPARE(loss.cause, u"rule 2 of iam in the organization policy"_s);
        // get-api-key is still allowed by rule 1: the class is not lost whole.
        QVERIFY(!loss.wholeService);
        QVERIFY(!loss.operations.contains(u"get-api-key"_s));
        QVERIFY(loss.operations.contains(u"update-iam-organization-policy"_s));
        QVERIFY(loss.sentence().contains(u"rule 2 of iam in the organization policy"_s));

        // Everyone else loses it too: every key and every person of every role.
        QCOMPARE(analysis.judgedCount(), 5);
        QCOMPARE(analysis.subjects().size(), 5);
        const QString summary = analysis.summary();
        QVERIFY2(
            summary.contains(u"The signing key of this account, admin"_s), qPrintable(summary));
        QVERIFY2(summary.contains(u"update-iam-role-policy"_s), qPrintable(summary));
    }

    void organizationPolicyDenyingIamWholeNamesTheClass()
    {
        const LockoutAnalysis analysis(organization(),
            LockoutChange::organizationPolicy(policy(R"({"default-service-strategy": "allow",
                "services": {"iam": {"type": "deny"}}})")));
        QVERIFY(analysis.locksOutSigningKey());
        const LockoutAnalysis::Subject &signing = analysis.subjects().constFirst();
        QCOMPARE(signing.losses.size(), 1);
        QVERIFY(signing.losses.constFirst().wholeService);
        QCOMPARE(signing.losses.constFirst().what(), u"every iam operation"_s);
        QCOMPARE(signing.losses.constFirst().cause, u"iam denied in the organization policy"_s);
        QCOMPARE(signing.lossText(), u"every iam operation"_s);
    }

    void rolePolicyTightenedToDnsKeepsDns()
    {
        const IamSnapshot snapshot = organization();
        const LockoutAnalysis analysis(snapshot,
            LockoutChange::rolePolicy(u"r-dns"_s, policy(R"({"default-service-strategy": "deny",
                "services": {"dns": {"type": "allow"}}})")));

        QCOMPARE(analysis.roleName(), u"dns-ops"_s);
        QVERIFY(analysis.locksOutAnyone());
        // The signing key is on Owner: untouched, and not concerned.
        QVERIFY(!analysis.locksOutSigningKey());
        QVERIFY(!analysis.signingKeyKeepsIam());
        QVERIFY(analysis.signingKeyJudged());
        QCOMPARE(analysis.judgedCount(), 3);
        QCOMPARE(analysis.subjects().size(), 3);
        QStringList expectedServices = servicesWithOperations();
        expectedServices.removeAll(u"dns"_s);
        expectedServices.sort();
        QStringList names;
        for (const LockoutAnalysis::Subject &subject : analysis.subjects()) {
            names.append(subject.name);
            QCOMPARE(subject.roleName, u"dns-ops"_s);
            QCOMPARE(lostServices(subject), expectedServices);
            for (const LockoutAnalysis::Loss &loss : subject.losses) {
                QCOMPARE(loss.certainty, LockoutAnalysis::Loss::Certainty::Certain);
                QVERIFY(loss.wholeService);
                QCOMPARE(loss.cause, u"the default strategy deny of the policy of role dns-ops"_s);
            }
            QVERIFY(!lossOf(subject, u"list-dns-domains"_s));
            QVERIFY(lossOf(subject, u"list-zones"_s));
        }
        // Keys first, by name, then people.
        QCOMPARE(names, (QStringList{u"certbot"_s, u"ci"_s, u"ana@example.com"_s}));
        QCOMPARE(analysis.subjects().at(2).kind, LockoutAnalysis::Subject::Kind::User);
        const QString summary = analysis.summary();
        QVERIFY2(summary.contains(u"bound to this role lose every compute operation"_s),
            qPrintable(summary));
        QVERIFY2(!summary.contains(u"signing key"_s), qPrintable(summary));
    }

    void deletingARoleBoundToAPersonReportsThePerson()
    {
        const LockoutAnalysis analysis(organization(), LockoutChange::roleDeletion(u"r-audit"_s));
        QVERIFY(analysis.locksOutAnyone());
        QVERIFY(!analysis.locksOutSigningKey());
        QCOMPARE(analysis.subjects().size(), 1);
        const LockoutAnalysis::Subject &person = analysis.subjects().constFirst();
        QCOMPARE(person.kind, LockoutAnalysis::Subject::Kind::User);
        QCOMPARE(person.name, u"bo@example.com"_s);
        QVERIFY(person.title().contains(u"bo@example.com"_s));
        // Everything it could call: every class, whole.
        QCOMPARE(lostServices(person), servicesWithOperations());
        for (const LockoutAnalysis::Loss &loss : person.losses) {
            QVERIFY(loss.wholeService);
            QCOMPARE(loss.cause, u"the deletion of role auditors"_s);
        }
        QVERIFY(analysis.notes().join(u' ').contains(u"Exoscale refuses to delete a role"_s));
        QVERIFY(analysis.summary().contains(u"Exoscale refuses to delete a role"_s));
    }

    void deletingARoleBoundToNobodyLosesNothing()
    {
        IamSnapshot snapshot = organization();
        snapshot.roles.append(role(u"r-unused"_s, u"unused"_s, IamPolicy::allowAll()));
        const LockoutAnalysis analysis(snapshot, LockoutChange::roleDeletion(u"r-unused"_s));
        QVERIFY(!analysis.locksOutAnyone());
        QCOMPARE(analysis.judgedCount(), 0);
        QVERIFY(!analysis.notes().join(u' ').contains(u"Exoscale refuses"_s));
        QVERIFY(analysis.summary().contains(u"nobody loses anything"_s));
    }

    void aChangeThatLosesNothingReportsNobody()
    {
        IamSnapshot snapshot = organization();
        snapshot.roles[1].policy = policy(
            R"({"default-service-strategy": "deny", "services": {"dns": {"type": "allow"}}})");
        // Loosened: dns-only to dns and sos.
        const LockoutAnalysis analysis(snapshot,
            LockoutChange::rolePolicy(u"r-dns"_s, policy(R"({"default-service-strategy": "deny",
                "services": {"dns": {"type": "allow"}, "sos": {"type": "allow"}}})")));
        QVERIFY(!analysis.locksOutAnyone());
        QVERIFY(!analysis.locksOutSigningKey());
        QVERIFY(analysis.subjects().isEmpty());
        QCOMPARE(analysis.judgedCount(), 3);
        QVERIFY2(analysis.summary().startsWith(u"Nobody loses anything"_s),
            qPrintable(analysis.summary()));
    }

    void aRuleReadingParametersGivesMayLose()
    {
        const LockoutAnalysis analysis(organization(),
            LockoutChange::rolePolicy(u"r-dns"_s, policy(R"({"default-service-strategy": "allow",
                "services": {"sos": {"type": "rules", "rules": [
                    {"action": "allow",
                     "expression": "operation == 'get-object' && parameters.bucket == 'site'"},
                    {"action": "allow", "expression": "parameters.bucket == 'public'"}]}}})")));
        QVERIFY(analysis.locksOutAnyone());
        const LockoutAnalysis::Subject &subject = analysis.subjects().constFirst();
        QCOMPARE(lostServices(subject), QStringList{u"sos"_s});
        // get-object depends on its bucket in rule 1 already.
        const LockoutAnalysis::Loss *getObject = lossOf(subject, u"get-object"_s);
        QVERIFY(getObject);
        QCOMPARE(getObject->certainty, LockoutAnalysis::Loss::Certainty::Possible);
        QCOMPARE(getObject->cause,
            u"rule 1 of sos in the policy of role dns-ops, which depends on the request"_s);
        QVERIFY(getObject->sentence().startsWith(u"May lose"_s));
        // Rule 1 is false for list-buckets whatever its parameters; rule 2 depends on them.
        const LockoutAnalysis::Loss *listBuckets = lossOf(subject, u"list-buckets"_s);
        QVERIFY(listBuckets);
        QCOMPARE(listBuckets->certainty, LockoutAnalysis::Loss::Certainty::Possible);
        QCOMPARE(listBuckets->cause,
            u"rule 2 of sos in the policy of role dns-ops, which depends on the request"_s);
        QVERIFY(subject.lossText().startsWith(u"possibly "_s));
        for (const LockoutAnalysis::Loss &loss : subject.losses)
            QCOMPARE(loss.certainty, LockoutAnalysis::Loss::Certainty::Possible);
    }

    void aRuleThatCannotMatchIsACertainLoss()
    {
        // Only get-object may be allowed, and only on one bucket: every other sos operation
        // is certainly lost, get-object only possibly.
        const LockoutAnalysis analysis(organization(),
            LockoutChange::rolePolicy(u"r-dns"_s, policy(R"({"default-service-strategy": "allow",
                "services": {"sos": {"type": "rules", "rules": [
                    {"action": "allow",
                     "expression": "operation == 'get-object' && parameters.bucket == 'site'"}]}}})")));
        const LockoutAnalysis::Subject &subject = analysis.subjects().constFirst();
        const LockoutAnalysis::Loss *listBuckets = lossOf(subject, u"list-buckets"_s);
        QVERIFY(listBuckets);
        QCOMPARE(listBuckets->certainty, LockoutAnalysis::Loss::Certainty::Certain);
        QCOMPARE(listBuckets->cause, u"no rule matched in sos in the policy of role dns-ops"_s);
        QVERIFY(!listBuckets->wholeService);
        QCOMPARE(lossOf(subject, u"get-object"_s)->certainty,
            LockoutAnalysis::Loss::Certainty::Possible);
        // Certain losses come first.
        QCOMPARE(subject.losses.constFirst().certainty, LockoutAnalysis::Loss::Certainty::Certain);
    }

    void resetOfTheOrganizationPolicyLosesNothing()
    {
        IamSnapshot snapshot = organization();
        snapshot.organizationPolicy = policy(R"({"default-service-strategy": "deny",
            "services": {"iam": {"type": "allow"}, "dns": {"type": "rules", "rules": [
                {"action": "allow", "expression": "parameters.id != ''"}]}}})");
        const LockoutAnalysis analysis(snapshot, LockoutChange::organizationReset());
        QCOMPARE(LockoutChange::organizationReset().policy.toJson(),
            QJsonDocument::fromJson(R"({"default-service-strategy":"allow","services":{}})")
                .object());
        QVERIFY(!analysis.locksOutAnyone());
        QVERIFY(!analysis.locksOutSigningKey());
        QVERIFY(analysis.signingKeyKeepsIam());
        QCOMPARE(analysis.judgedCount(), 5);
        QVERIFY(analysis.summary().startsWith(u"Nobody loses anything"_s));
        QVERIFY(analysis.summary().contains(u"it can still list and update IAM"_s));
    }

    void aRuleOnTheApiKeyIsJudgedPerKey()
    {
        // Only the signing key may use iam: the others lose it, the signing key keeps it.
        const LockoutAnalysis analysis(organization(),
            LockoutChange::organizationPolicy(policy(R"({"default-service-strategy": "allow",
                "services": {"iam": {"type": "rules", "rules": [
                    {"action": "allow",
                     "expression": "api_key == 'EXO000000000000000000000001'"}]}}})")));
        QVERIFY(analysis.locksOutAnyone());
        QVERIFY(!analysis.locksOutSigningKey());
        QVERIFY(analysis.signingKeyKeepsIam());
        QCOMPARE(analysis.subjects().size(), 4);
        for (const LockoutAnalysis::Subject &subject : analysis.subjects()) {
            QVERIFY(subject.key != signingKeyId);
            QCOMPARE(lostServices(subject), QStringList{u"iam"_s});
        }
    }

    void aSigningKeyNotAmongTheApiKeysCannotBeJudged()
    {
        IamSnapshot snapshot = organization();
        snapshot.signingKey = u"EXOlegacy0000000000000000"_s;
        const LockoutAnalysis analysis(snapshot,
            LockoutChange::organizationPolicy(policy(R"({"default-service-strategy": "allow",
                "services": {"iam": {"type": "deny"}}})")));
        QVERIFY(!analysis.signingKeyJudged());
        QVERIFY(!analysis.locksOutSigningKey());
        QVERIFY(analysis.locksOutAnyone());
        QVERIFY(analysis.summary().contains(u"its own access cannot be judged"_s));
        QVERIFY(analysis.summary().contains(u"EXOlegacy0000000000000000"_s));
    }

    void manyKeysAndRolesAreJudgedQuickly()
    {
        const char *rolePolicy = "{\"default-service-strategy\": \"deny\", \"services\": {"
                                 "\"dns\": {\"type\": \"allow\"},"
                                 "\"sos\": {\"type\": \"rules\", \"rules\": ["
                                 "{\"action\": \"allow\", \"expression\": "
                                 "\"operation.startsWith('get-')\"}]},"
                                 "\"compute\": {\"type\": \"rules\", \"rules\": ["
                                 "{\"action\": \"deny\", \"expression\": "
                                 "\"operation == 'delete-instance'\"},"
                                 "{\"action\": \"allow\", \"expression\": \"true\"}]}}}";
        const char *organizationPolicy
            = "{\"default-service-strategy\": \"allow\", \"services\": {"
              "\"compute\": {\"type\": \"rules\", \"rules\": ["
              "{\"action\": \"deny\", \"expression\": \"operation.startsWith('list-')\"},"
              "{\"action\": \"allow\", \"expression\": \"true\"}]}}}";
        IamSnapshot snapshot;
        for (int index = 0; index < 50; ++index) {
            snapshot.roles.append(
                role(u"r%1"_s.arg(index), u"role-%1"_s.arg(index), policy(rolePolicy)));
        }
        for (int index = 0; index < 200; ++index) {
            snapshot.apiKeys.append(apiKey(u"key-%1"_s.arg(index),
                u"EXO%1"_s.arg(index, 24, 10, QLatin1Char('0')), u"r%1"_s.arg(index % 50)));
        }
        snapshot.signingKey = snapshot.apiKeys.constFirst().key;
        QElapsedTimer timer;
        timer.start();
        const LockoutAnalysis analysis(
            snapshot, LockoutChange::organizationPolicy(policy(organizationPolicy)));
        const qint64 elapsed = timer.elapsed();
        qInfo("200 keys on 50 roles judged in %lld ms", elapsed);
        QCOMPARE(analysis.judgedCount(), 200);
        QCOMPARE(analysis.subjects().size(), 200);
        QVERIFY(analysis.locksOutSigningKey());
        QCOMPARE(lostServices(analysis.subjects().constFirst()), QStringList{u"compute"_s});
        // Generous: a few milliseconds are expected; a judgement per key would still pass
        // this on a slow machine, but not one per key and per operation compiled anew.
        QVERIFY2(elapsed < 5000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestLockoutAnalysis)
#include "tst_lockoutanalysis.moc"
