// SPDX-License-Identifier: GPL-3.0-or-later
// IamClient against the real in-process sandbox: every IAM v3 endpoint of IAM-V3.md §2, and the
// faults (never retrying a create, retrying a list, a hang, a malformed answer).
#include "SandboxFixture.h"

#include "api/ApiKeyDeleteJob.h"
#include "api/ApiKeyJob.h"
#include "api/ApiKeyListJob.h"
#include "api/AsyncOperationJob.h"
#include "api/EventListJob.h"
#include "api/IamClient.h"
#include "api/IamJson.h"
#include "api/IamPolicyJob.h"
#include "api/IamRoleCreateJob.h"
#include "api/IamRoleJob.h"
#include "api/IamRoleListJob.h"
#include "api/UserListJob.h"
#include "domain/AccessKey.h"
#include "domain/IamLimits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

SandboxFault fault(const char *spec)
{
    auto parsed = SandboxFault::parse(QString::fromLatin1(spec));
    if (!parsed)
        qFatal("bad fault spec %s", spec);
    return parsed.value();
}

QJsonObject object(const char *json)
{
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json));
    if (!document.isObject())
        qFatal("bad test JSON");
    return document.object();
}

/// A draft with every member an update must not drop, and one Keyport does not know.
IamRoleDraft fullDraft(const QString &name)
{
    IamRoleDraft draft;
    draft.name = name;
    draft.description = u"deploys the site"_s;
    draft.permissions = {u"bypass-governance-retention"_s};
    draft.labels = {{u"team"_s, u"web"_s}, {u"env"_s, u"prod"_s}};
    draft.policy = IamPolicy::fromJson(object(R"({"default-service-strategy": "deny",
        "services": {"sos": {"type": "rules", "rules": [
            {"action": "allow", "expression": "parameters.bucket == 'site'"}]}}})"),
        nullptr)
                       .value();
    draft.assumeRolePolicy
        = object(R"({"rules": [{"action": "allow", "expression": "true", "x-arp": 1}]})");
    draft.maxSessionTtl = 3600;
    draft.extra = object(R"({"x-future": {"nested": [1, "two"]}})");
    return draft;
}

int countRequests(const QList<Sandbox::RecordedRequest> &requests, const QByteArray &method,
    const QByteArray &pathPrefix)
{
    return int(std::count_if(requests.begin(), requests.end(), [&](const auto &request) {
        return request.method == method && request.target.startsWith(pathPrefix);
    }));
}

} // namespace

class TestIamClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        sandbox().setIamOperationDelay(30ms);
        // Signed with the sandbox's API key (role sandbox-admin), as an IAM v3 account is.
        m_transport = m_fixture->clientFor(sandbox().adminApiKeyId(), sandbox().adminApiSecret());
        m_client = std::make_unique<IamClient>(m_transport.get());
        sandbox().clearRequests();
    }

    void cleanup()
    {
        m_client.reset();
        m_transport.reset();
        m_fixture.reset();
    }

    // --- API keys ------------------------------------------------------------------------

    void apiKeyLifecycle()
    {
        auto created = finished(iam().createApiKey(u"ci-deploy"_s, sandbox().adminRoleId()));
        QVERIFY(created);
        QVERIFY2(!created->error(), qPrintable(created->error().message()));
        CreatedApiKey key = created->takeCreatedApiKey();
        QVERIFY(AccessKey::isValidKeyId(key.key.key));
        QCOMPARE(key.key.name, u"ci-deploy"_s);
        QCOMPARE(key.key.roleId, sandbox().adminRoleId());
        QVERIFY(!key.secret.isEmpty());
        QVERIFY(sandbox().hasApiKey(key.key.key));
        QCOMPARE(countRequests(sandbox().requests(), "POST", "/v2/api-key"), 1);

        // The new key signs requests.
        auto own = m_fixture->clientFor(key.key.key, std::move(key.secret));
        IamClient ownClient(own.get());
        auto read = finished(ownClient.getApiKey(key.key.key));
        QVERIFY(read);
        QVERIFY2(!read->error(), qPrintable(read->error().message()));
        QCOMPARE(read->apiKey().name, u"ci-deploy"_s);
        QCOMPARE(read->apiKey().roleId, sandbox().adminRoleId());

        auto list = finished(iam().listApiKeys());
        QVERIFY(list);
        QVERIFY2(!list->error(), qPrintable(list->error().message()));
        QVERIFY(std::any_of(list->apiKeys().begin(), list->apiKeys().end(),
            [&](const ApiKey &k) { return k.key == key.key.key; }));
        QVERIFY(std::any_of(list->apiKeys().begin(), list->apiKeys().end(),
            [&](const ApiKey &k) { return k.key == sandbox().adminApiKeyId(); }));

        auto deleted = finished(iam().deleteApiKey(key.key.key));
        QVERIFY(deleted);
        QVERIFY2(!deleted->error(), qPrintable(deleted->error().message()));
        QVERIFY(!deleted->wasAlreadyGone());
        QVERIFY(!sandbox().hasApiKey(key.key.key));

        auto gone = finished(iam().getApiKey(key.key.key));
        QVERIFY(gone);
        QCOMPARE(gone->error().code(), Error::Code::NotFound);
    }

    /// Exoscale answers a 4xx "API Key not in organization" for a key already gone: done.
    void deletingAKeyAlreadyGoneIsSuccess()
    {
        const QString missing = u"EXO0123456789abcdef01234567"_s;
        QVERIFY(!sandbox().hasApiKey(missing));
        auto deleted = finished(iam().deleteApiKey(missing));
        QVERIFY(deleted);
        QVERIFY2(!deleted->error(), qPrintable(deleted->error().message()));
        QVERIFY(deleted->wasAlreadyGone());
        const auto requests = sandbox().requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("DELETE"));
        QVERIFY2(requests.first().status >= 400 && requests.first().status < 500,
            QByteArray::number(requests.first().status).constData());
    }

    void aCreateIsNeverRetried()
    {
        sandbox().addFault(fault("503@POST/v2/api-key"));
        auto created = finished(iam().createApiKey(u"ci"_s, sandbox().adminRoleId()));
        QVERIFY(created);
        QCOMPARE(created->error().code(), Error::Code::ServerError);
        QCOMPARE(created->attempts(), 1);
        QCOMPARE(countRequests(sandbox().requests(), "POST", "/v2/api-key"), 1);

        sandbox().clearRequests();
        sandbox().addFault(fault("503@POST/v2/iam-role"));
        auto role = finished(iam().createRole(fullDraft(u"never-twice"_s)));
        QVERIFY(role);
        QCOMPARE(role->error().code(), Error::Code::ServerError);
        QCOMPARE(countRequests(sandbox().requests(), "POST", "/v2/iam-role"), 1);
    }

    void aListIsRetried()
    {
        sandbox().addFault(fault("503@GET/v2/api-key*2"));
        auto list = finished(iam().listApiKeys());
        QVERIFY(list);
        QVERIFY2(!list->error(), qPrintable(list->error().message()));
        QCOMPARE(list->attempts(), 3);
        QCOMPARE(countRequests(sandbox().requests(), "GET", "/v2/api-key"), 3);
        QVERIFY(!list->apiKeys().isEmpty());
    }

    void aHangTimesOut()
    {
        ClientOptions options = SandboxFixture::fastOptions();
        options.timeout = 300ms;
        options.retry.budget = 900ms;
        m_transport->setOptions(options);
        sandbox().addFault(fault("hang@/v2/iam-role"));
        QElapsedTimer timer;
        timer.start();
        auto list = finished(iam().listRoles(), 10000);
        QVERIFY(list);
        QCOMPARE(list->error().code(), Error::Code::Timeout);
        QVERIFY(timer.elapsed() < 5000);
    }

    void aMalformedAnswerIsAnError()
    {
        sandbox().addFault(fault("malformed@GET/v2/iam-role"));
        auto list = finished(iam().listRoles());
        QVERIFY(list);
        QCOMPARE(list->error().code(), Error::Code::MalformedResponse);
        QVERIFY(list->roles().isEmpty());

        sandbox().clearFaults();
        sandbox().addFault(fault("malformed@GET/v2/event"));
        auto events = finished(iam().listEvents());
        QVERIFY(events);
        QCOMPARE(events->error().code(), Error::Code::MalformedResponse);
    }

    void badInputIsRefusedBeforeSending()
    {
        auto badName = finished(iam().createApiKey(QString(256, u'k'), sandbox().adminRoleId()));
        QVERIFY(badName);
        QCOMPARE(badName->error().code(), Error::Code::InvalidInput);
        QVERIFY2(
            badName->error().message().contains(u"name"_s), qPrintable(badName->error().message()));
        auto badRole = finished(iam().createApiKey(u"ok"_s, u"sandbox-admin"_s));
        QVERIFY(badRole);
        QCOMPARE(badRole->error().code(), Error::Code::InvalidInput);
        auto badKey = finished(iam().getApiKey(u"not-a-key"_s));
        QVERIFY(badKey);
        QCOMPARE(badKey->error().code(), Error::Code::InvalidInput);
        auto badRoleId = finished(iam().getRole(u"Owner"_s));
        QVERIFY(badRoleId);
        QCOMPARE(badRoleId->error().code(), Error::Code::InvalidInput);
        auto badDelete = finished(iam().deleteRole(u"x"_s));
        QVERIFY(badDelete);
        QCOMPARE(badDelete->error().code(), Error::Code::InvalidInput);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto badRange = finished(iam().listEvents(now, now.addSecs(-60)));
        QVERIFY(badRange);
        QCOMPARE(badRange->error().code(), Error::Code::InvalidInput);
        IamRole tooLong;
        tooLong.id = sandbox().adminRoleId();
        tooLong.name = u"sandbox-admin"_s;
        tooLong.description = QString(256, u'd');
        auto badUpdate = finished(iam().updateRole(tooLong));
        QVERIFY(badUpdate);
        QCOMPARE(badUpdate->error().code(), Error::Code::InvalidInput);
        QVERIFY2(badUpdate->error().message().contains(u"description"_s),
            qPrintable(badUpdate->error().message()));
        QVERIFY(sandbox().requests().isEmpty());
    }

    /// A refusal before sending is still reported once, asynchronously, like any answer.
    void aRefusalFinishesOnceAndAsynchronously()
    {
        QPointer<ApiKeyJob> job = iam().createApiKey(QString(), sandbox().adminRoleId());
        QSignalSpy spy(job.data(), &Job::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(!job); // it deleted itself
        QVERIFY(sandbox().requests().isEmpty());
    }

    // --- roles ---------------------------------------------------------------------------

    void roleCreateYieldsTheOperationsReference()
    {
        auto created = finished(iam().createRole(fullDraft(u"ci-deploy"_s)));
        QVERIFY(created);
        QVERIFY2(!created->error(), qPrintable(created->error().message()));
        const QString id = created->roleId();
        QVERIFY(IamLimits::isUuid(id));
        QCOMPARE(id, created->operation().referenceId);
        QVERIFY(sandbox().hasRole(id));
        QCOMPARE(countRequests(sandbox().requests(), "POST", "/v2/iam-role"), 1);

        auto read = finished(iam().getRole(id));
        QVERIFY(read);
        QVERIFY2(!read->error(), qPrintable(read->error().message()));
        const IamRole &role = read->role();
        QCOMPARE(role.id, id);
        QCOMPARE(role.name, u"ci-deploy"_s);
        QCOMPARE(role.description, std::optional<QString>(u"deploys the site"_s));
        QCOMPARE(role.permissions, QStringList{u"bypass-governance-retention"_s});
        QCOMPARE(role.labels, std::optional(fullDraft(QString()).labels));
        QCOMPARE(role.policy, std::optional(fullDraft(QString()).policy));
        QCOMPARE(role.assumeRolePolicy, fullDraft(QString()).assumeRolePolicy);
        QCOMPARE(role.maxSessionTtl, std::optional<qint64>(3600));
        QCOMPARE(role.extra.value(u"x-future"_s), fullDraft(QString()).extra.value(u"x-future"_s));

        auto list = finished(iam().listRoles());
        QVERIFY(list);
        QVERIFY2(!list->error(), qPrintable(list->error().message()));
        QVERIFY(std::any_of(list->roles().begin(), list->roles().end(),
            [&](const IamRole &r) { return r.id == id && r.name == u"ci-deploy"; }));
        QVERIFY(std::any_of(list->roles().begin(), list->roles().end(),
            [&](const IamRole &r) { return r.id == sandbox().ownerRoleId(); }));
    }

    /// A role is never created without a valid policy: nothing reaches the server.
    void aRoleDraftWithoutAValidPolicyIsNeverSent()
    {
        auto noPolicy = finished(iam().createRole(object(R"({"name": "no-policy"})")));
        QVERIFY(noPolicy);
        QCOMPARE(noPolicy->error().code(), Error::Code::InvalidInput);
        QVERIFY2(noPolicy->error().message().contains(u"policy"_s),
            qPrintable(noPolicy->error().message()));

        auto brokenPolicy = finished(iam().createRole(object(
            R"({"name": "broken", "policy": {"default-service-strategy": "sometimes",
                "services": {}}})")));
        QVERIFY(brokenPolicy);
        QCOMPARE(brokenPolicy->error().code(), Error::Code::InvalidInput);

        IamRoleDraft draft = fullDraft(u"nameless-service"_s);
        draft.policy.services.insert(QString(), IamPolicy::Service{});
        auto invalidPolicy = finished(iam().createRole(draft));
        QVERIFY(invalidPolicy);
        QCOMPARE(invalidPolicy->error().code(), Error::Code::InvalidInput);

        auto longName = finished(iam().createRole(fullDraft(QString(192, u'n'))));
        QVERIFY(longName);
        QCOMPARE(longName->error().code(), Error::Code::InvalidInput);

        QVERIFY(sandbox().requests().isEmpty());

        // The same document with a policy goes through.
        auto withPolicy = finished(iam().createRole(object(R"({"name": "with-policy",
            "policy": {"default-service-strategy": "allow", "services": {}}})")));
        QVERIFY(withPolicy);
        QVERIFY2(!withPolicy->error(), qPrintable(withPolicy->error().message()));
        QVERIFY(sandbox().hasRole(withPolicy->roleId()));
    }

    /// An update sends what was read: labels, assume-role-policy, max-session-ttl and unknown
    /// members stay on the server.
    void anUpdateKeepsWhatItDoesNotChange()
    {
        const QString id = createRole(fullDraft(u"keep-me"_s));
        QVERIFY(!id.isEmpty());
        const QJsonObject before = sandbox().roleJson(id);
        QVERIFY(before.contains(u"x-future"_s));

        auto read = finished(iam().getRole(id));
        QVERIFY(read);
        QVERIFY2(!read->error(), qPrintable(read->error().message()));
        IamRole role = read->role();
        role.description = u"now deploys the docs too"_s;
        sandbox().clearRequests();
        auto updated = finished(iam().updateRole(role));
        QVERIFY(updated);
        QVERIFY2(!updated->error(), qPrintable(updated->error().message()));

        const auto requests = sandbox().requests();
        QCOMPARE(countRequests(requests, "PUT", "/v2/iam-role/"), 1);
        const auto put = std::find_if(requests.begin(), requests.end(),
            [](const auto &request) { return request.method == "PUT"; });
        const QJsonObject body = QJsonDocument::fromJson(put->body).object();
        QVERIFY(!body.contains(u"name"_s));
        QVERIFY(!body.contains(u"editable"_s));
        QVERIFY(!body.contains(u"policy"_s));
        // What it does not change, it sends as read.
        for (const auto &member :
            {u"labels"_s, u"assume-role-policy"_s, u"max-session-ttl"_s, u"permissions"_s})
            QCOMPARE(body.value(member), before.value(member));

        QJsonObject expected = before;
        expected.insert(u"description"_s, u"now deploys the docs too"_s);
        QCOMPARE(sandbox().roleJson(id), expected);
    }

    void aRolePolicyUpdateReplacesItWhole()
    {
        const QString id = createRole(fullDraft(u"policy-target"_s));
        QVERIFY(!id.isEmpty());
        const QJsonObject before = sandbox().roleJson(id);
        const QJsonObject policyJson = object(R"({"default-service-strategy": "allow",
            "x-policy": {"kept": true},
            "services": {"dns": {"type": "deny", "x-service": 1},
                         "sos": {"type": "rules", "rules": [
                             {"action": "deny", "expression": "true", "resources": ["r"]}]}}})");
        const IamPolicy policy = IamPolicy::fromJson(policyJson, nullptr).value();
        auto updated = finished(iam().updateRolePolicy(id, policy));
        QVERIFY(updated);
        QVERIFY2(!updated->error(), qPrintable(updated->error().message()));

        QJsonObject expected = before;
        expected.insert(u"policy"_s, policyJson);
        QCOMPARE(sandbox().roleJson(id), expected);
        auto read = finished(iam().getRole(id));
        QVERIFY(read);
        QCOMPARE(read->role().policy, std::optional(policy));
    }

    void roleDeletion()
    {
        const QString id = createRole(fullDraft(u"short-lived"_s));
        QVERIFY(!id.isEmpty());
        auto created = finished(iam().createApiKey(u"bound"_s, id));
        QVERIFY(created && !created->error());
        const QString keyId = created->apiKey().key;

        // A role bound to a key cannot go.
        auto refused = finished(iam().deleteRole(id));
        QVERIFY(refused);
        QVERIFY(refused->error());
        QVERIFY(sandbox().hasRole(id));

        auto keyDeleted = finished(iam().deleteApiKey(keyId));
        QVERIFY(keyDeleted && !keyDeleted->error());
        auto deleted = finished(iam().deleteRole(id));
        QVERIFY(deleted);
        QVERIFY2(!deleted->error(), qPrintable(deleted->error().message()));
        QVERIFY(!sandbox().hasRole(id));
        auto gone = finished(iam().getRole(id));
        QVERIFY(gone);
        QCOMPARE(gone->error().code(), Error::Code::NotFound);
    }

    void aRoleThatIsNotEditableIsNotSent()
    {
        IamRoleDraft draft = fullDraft(u"frozen"_s);
        draft.editable = false;
        const QString id = createRole(draft);
        QVERIFY(!id.isEmpty());
        auto read = finished(iam().getRole(id));
        QVERIFY(read && !read->error());
        QVERIFY(!read->role().editable);
        sandbox().clearRequests();
        IamRole role = read->role();
        role.description = u"changed"_s;
        auto updated = finished(iam().updateRole(role));
        QVERIFY(updated);
        QCOMPARE(updated->error().code(), Error::Code::InvalidInput);
        QVERIFY(sandbox().requests().isEmpty());
    }

    // --- organisation policy -------------------------------------------------------------

    void organizationPolicy()
    {
        auto initial = finished(iam().getOrganizationPolicy());
        QVERIFY(initial);
        QVERIFY2(!initial->error(), qPrintable(initial->error().message()));
        QCOMPARE(initial->policy(), IamPolicy::allowAll());

        const QJsonObject policyJson = object(R"({"default-service-strategy": "allow",
            "x-org": [1, {"deep": true}],
            "services": {"compute-legacy": {"type": "deny", "x-service": "kept"}}})");
        const IamPolicy policy = IamPolicy::fromJson(policyJson, nullptr).value();
        auto updated = finished(iam().updateOrganizationPolicy(policy));
        QVERIFY(updated);
        QVERIFY2(!updated->error(), qPrintable(updated->error().message()));
        QCOMPARE(sandbox().organizationPolicy().toJson(), policyJson);

        auto read = finished(iam().getOrganizationPolicy());
        QVERIFY(read);
        QVERIFY2(!read->error(), qPrintable(read->error().message()));
        QCOMPARE(read->policy().toJson(), policyJson);

        auto reset = finished(iam().resetOrganizationPolicy());
        QVERIFY(reset);
        QVERIFY2(!reset->error(), qPrintable(reset->error().message()));
        QCOMPARE(sandbox().organizationPolicy(), IamPolicy::allowAll());
        QCOMPARE(
            countRequests(sandbox().requests(), "POST", "/v2/iam-organization-policy:reset"), 1);
    }

    // --- users and events ----------------------------------------------------------------

    void users()
    {
        const QString userId = sandbox().addUser(u"ops@example.com"_s, sandbox().billingRoleId(),
            /*pending*/ true, /*sso*/ true, /*twoFactor*/ false);
        auto list = finished(iam().listUsers());
        QVERIFY(list);
        QVERIFY2(!list->error(), qPrintable(list->error().message()));
        const auto it = std::find_if(list->users().begin(), list->users().end(),
            [&](const User &user) { return user.id == userId; });
        QVERIFY(it != list->users().end());
        QCOMPARE(it->email, u"ops@example.com"_s);
        QVERIFY(it->pending);
        QVERIFY(it->sso);
        QVERIFY(!it->twoFactorAuthentication);
        QVERIFY(it->role);
        QCOMPARE(it->role->id, sandbox().billingRoleId());
    }

    void events()
    {
        const QString id = createRole(fullDraft(u"audited"_s));
        QVERIFY(!id.isEmpty());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        sandbox().clearRequests();
        auto list = finished(iam().listEvents(now.addSecs(-3600), now.addSecs(60)));
        QVERIFY(list);
        QVERIFY2(!list->error(), qPrintable(list->error().message()));
        const auto it = std::find_if(list->events().begin(), list->events().end(),
            [](const Event &event) { return event.handler == u"create-iam-role"; });
        QVERIFY(it != list->events().end());
        QVERIFY(it->timestamp.isValid());
        QVERIFY(it->timestamp >= now.addSecs(-3600) && it->timestamp <= now.addSecs(60));
        QVERIFY(it->iamApiKey);
        QCOMPARE(it->iamApiKey->key, sandbox().adminApiKeyId());

        // RFC 3339 in the query, and signed.
        const auto requests = sandbox().requests();
        QCOMPARE(requests.size(), 1);
        const QByteArray target = requests.first().target;
        QVERIFY2(
            target.contains(QByteArray("from=" + IamJson::rfc3339(now.addSecs(-3600)).toLatin1())),
            target.constData());
        QVERIFY2(target.contains(QByteArray("to=" + IamJson::rfc3339(now.addSecs(60)).toLatin1())),
            target.constData());

        // A period before the role was made holds no such event.
        auto earlier = finished(iam().listEvents(now.addSecs(-7200), now.addSecs(-3600)));
        QVERIFY(earlier);
        QVERIFY2(!earlier->error(), qPrintable(earlier->error().message()));
        QVERIFY(std::none_of(earlier->events().begin(), earlier->events().end(),
            [](const Event &event) { return event.handler == u"create-iam-role"; }));
    }

    // --- refusals ------------------------------------------------------------------------

    /// A 403 "Forbidden by role policy for <class>" names the call and keeps the server's words.
    void aRolePolicyRefusalIsClear()
    {
        auto created = finished(iam().createApiKey(u"billing"_s, sandbox().billingRoleId()));
        QVERIFY(created && !created->error());
        CreatedApiKey key = created->takeCreatedApiKey();
        auto billing = m_fixture->clientFor(key.key.key, std::move(key.secret));
        IamClient billingClient(billing.get());
        auto list = finished(billingClient.listRoles());
        QVERIFY(list);
        if (!list->error())
            QSKIP("the sandbox does not judge requests by their role policy yet");
        QCOMPARE(list->error().code(), Error::Code::AccessDenied);
        QVERIFY2(list->error().serverMessage().startsWith(u"Forbidden by role policy for"_s),
            qPrintable(list->error().serverMessage()));
        QVERIFY2(list->error().message().contains(u"list-iam-roles"_s),
            qPrintable(list->error().message()));
        QVERIFY(list->error().message().contains(list->error().serverMessage()));
    }

private:
    Sandbox &sandbox() { return m_fixture->sandbox(); }
    IamClient &iam() { return *m_client; }

    /// The new role's id, or empty.
    QString createRole(const IamRoleDraft &draft)
    {
        auto created = finished(iam().createRole(draft));
        if (!created || created->error()) {
            qWarning() << "role not created:"
                       << (created ? created->error().message() : u"timeout"_s);
            return {};
        }
        return created->roleId();
    }

    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ExoscaleClient> m_transport;
    std::unique_ptr<IamClient> m_client;
};

QTEST_GUILESS_MAIN(TestIamClient)
#include "tst_iamclient.moc"
