// SPDX-License-Identifier: GPL-3.0-or-later
// The IAM v3 side of an open account, against the sandbox over loopback HTTP: the four lists
// load with the legacy ones, the signing key's generation is found among the API keys, a list
// refused is kept apart from the others, and changes made by commands show at once.
#include "IamAccountFixture.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

class TestIamSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<IamAccountFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void anApiKeyAccountLoadsEveryListAndIsRecognised()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        const auto other = sandbox.createApiKey(u"ci"_s, sandbox.billingRoleId());
        QVERIFY(other);
        sandbox.addUser(u"ada@example.com"_s, sandbox.ownerRoleId());
        QVERIFY(m_fixture->open());
        IamSession *iam = m_fixture->iam();
        QVERIFY(iam->isLoaded(IamSession::List::ApiKeys));
        QVERIFY(iam->isLoaded(IamSession::List::Roles));
        QVERIFY(iam->isLoaded(IamSession::List::Users));
        QVERIFY(iam->isLoaded(IamSession::List::OrganizationPolicy));
        // What the sandbox holds, read through its own helpers.
        QCOMPARE(iam->roleName(sandbox.ownerRoleId()), u"Owner"_s);
        QCOMPARE(iam->roleName(sandbox.billingRoleId()), u"Billing"_s);
        QCOMPARE(iam->apiKeys().size(), 2);
        QCOMPARE(iam->apiKey(other.value().key)->name, u"ci"_s);
        QCOMPARE(iam->apiKeysBoundTo(sandbox.billingRoleId()).size(), 1);
        QVERIFY(iam->signingApiKey().has_value());
        QCOMPARE(iam->roleName(iam->signingApiKey()->roleId), u"sandbox-admin"_s);
        QCOMPARE(m_fixture->session()->signerGeneration(), KeyGeneration::IamApiKey);
        QCOMPARE(
            m_fixture->accounts().keyGeneration(sandbox.adminApiKeyId()), KeyGeneration::IamApiKey);
        const QString owner = sandbox.ownerRoleId();
        const QList<User> owners = iam->usersBoundTo(owner);
        QVERIFY(std::any_of(owners.cbegin(), owners.cend(),
            [](const User &user) { return user.email == u"ada@example.com"_s; }));
        QVERIFY(owners.size() < iam->users().size()); // not everybody is an owner
        QCOMPARE(iam->organizationPolicy()->defaultServiceStrategy, IamPolicy::Effect::Allow);
    }

    void aLegacyKeyIsNotTakenForAnApiKey()
    {
        QVERIFY(m_fixture->openLegacy());
        QVERIFY(!m_fixture->iam()->signingApiKey());
        QCOMPARE(m_fixture->session()->signerGeneration(), KeyGeneration::LegacyAccessKey);
    }

    void aRefusedListIsKeptApart()
    {
        // A role that may list API keys and roles, nothing else of iam.
        Sandbox &sandbox = m_fixture->sandbox();
        const auto role = sandbox.createRole(QJsonDocument::fromJson(R"({"name": "lister",
            "policy": {"default-service-strategy": "deny", "services": {"iam": {"type": "rules",
            "rules": [{"action": "allow",
                       "expression": "operation in ['list-api-keys', 'list-iam-roles']"}]}}}})")
                                                 .object());
        QVERIFY(role);
        auto created = sandbox.createApiKey(u"lister"_s, role.value());
        QVERIFY(created);
        QVERIFY(m_fixture->open(created.value().key, std::move(created.value().secret)));
        IamSession *iam = m_fixture->iam();
        QVERIFY(iam->isLoaded(IamSession::List::ApiKeys));
        QVERIFY(iam->isLoaded(IamSession::List::Roles));
        QVERIFY(!iam->isLoaded(IamSession::List::Users));
        QVERIFY(!iam->isLoaded(IamSession::List::OrganizationPolicy));
        QCOMPARE(iam->error(IamSession::List::Users).code(), Error::Code::AccessDenied);
        QVERIFY(iam->error(IamSession::List::Users).message().contains(u"role policy"_s));
        QVERIFY(!iam->organizationPolicy());
        QCOMPARE(iam->signingApiKey()->name, u"lister"_s);
    }

    void changesShowAtOnce()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        QVERIFY(m_fixture->open());
        IamSession *iam = m_fixture->iam();
        QSignalSpy keys(iam, &IamSession::apiKeysChanged);
        QSignalSpy roles(iam, &IamSession::rolesChanged);
        const int before = iam->apiKeys().size();
        iam->addApiKey({u"new"_s, u"EXO0123456789abcdef01234567"_s, sandbox.ownerRoleId(), {}});
        QCOMPARE(iam->apiKeys().size(), before + 1);
        iam->removeApiKey(u"EXO0123456789abcdef01234567"_s);
        QCOMPARE(iam->apiKeys().size(), before);
        QCOMPARE(keys.size(), 2);
        IamRole renamed = *iam->role(sandbox.ownerRoleId());
        renamed.description = u"changed"_s;
        iam->putRole(renamed);
        QCOMPARE(iam->role(sandbox.ownerRoleId())->description, u"changed"_s);
        iam->removeRole(sandbox.ownerRoleId());
        QVERIFY(!iam->role(sandbox.ownerRoleId()));
        QCOMPARE(roles.size(), 2);
        // A refresh brings the server's truth back.
        m_fixture->session()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!iam->isLoading(), 10000);
        QVERIFY(iam->role(sandbox.ownerRoleId()));
    }

    void cancelKeepsTheLastLists()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        QVERIFY(m_fixture->open());
        const int roles = m_fixture->iam()->roles().size();
        sandbox.setLatency(std::chrono::milliseconds(2000));
        m_fixture->session()->refresh();
        QVERIFY(m_fixture->iam()->isLoading());
        QSignalSpy refreshed(m_fixture->iam(), &IamSession::refreshed);
        m_fixture->session()->cancel();
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(!m_fixture->iam()->isLoading());
        QCOMPARE(m_fixture->iam()->roles().size(), roles);
    }

private:
    std::unique_ptr<IamAccountFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestIamSession)
#include "tst_iamsession.moc"
