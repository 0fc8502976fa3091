// SPDX-License-Identifier: GPL-3.0-or-later
// The IAM v3 side of an open account, against the sandbox over loopback HTTP: the four lists
// load with the legacy ones, the signing key's generation is found among the API keys, a list
// refused is kept apart from the others, and changes made by commands show at once.
#include "accounts/AccountStore.h"
#include "SandboxFixture.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

class TestIamSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"keyport-%1.conf"_s.arg(++m_round)), QSettings::IniFormat);
        m_secrets = std::make_unique<SessionSecretStore>();
        m_accounts
            = std::make_unique<AccountStore>(m_settings.get(), m_secrets.get(), m_secrets.get());
    }

    void cleanup()
    {
        m_session.reset();
        m_accounts.reset();
        m_secrets.reset();
        m_settings.reset();
        m_fixture.reset();
    }

    void anApiKeyAccountLoadsEveryListAndIsRecognised()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        const auto other = sandbox.createApiKey(u"ci"_s, sandbox.billingRoleId());
        QVERIFY(other);
        sandbox.addUser(u"ada@example.com"_s, sandbox.ownerRoleId());
        QVERIFY(m_fixture->addAccountTo(
            *m_accounts, u"iam"_s, sandbox.adminApiKeyId(), sandbox.adminApiSecret()));
        open(u"iam"_s);
        IamSession *iam = m_session->iam();
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
        QCOMPARE(m_session->signerGeneration(), KeyGeneration::IamApiKey);
        QCOMPARE(m_accounts->keyGeneration(sandbox.adminApiKeyId()), KeyGeneration::IamApiKey);
        const QString owner = sandbox.ownerRoleId();
        const QList<User> owners = iam->usersBoundTo(owner);
        QVERIFY(std::any_of(owners.cbegin(), owners.cend(),
            [](const User &user) { return user.email == u"ada@example.com"_s; }));
        QVERIFY(owners.size() < iam->users().size()); // not everybody is an owner
        QCOMPARE(iam->organizationPolicy()->defaultServiceStrategy, IamPolicy::Effect::Allow);
    }

    void aLegacyKeyIsNotTakenForAnApiKey()
    {
        QVERIFY(m_fixture->addAccountTo(*m_accounts, u"legacy"_s));
        open(u"legacy"_s);
        QVERIFY(!m_session->iam()->signingApiKey());
        QCOMPARE(m_session->signerGeneration(), KeyGeneration::LegacyAccessKey);
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
        const QString keyId = created.value().key;
        QVERIFY(m_fixture->addAccountTo(
            *m_accounts, u"lister"_s, keyId, std::move(created.value().secret)));
        open(u"lister"_s);
        IamSession *iam = m_session->iam();
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
        QVERIFY(m_fixture->addAccountTo(
            *m_accounts, u"iam"_s, sandbox.adminApiKeyId(), sandbox.adminApiSecret()));
        open(u"iam"_s);
        IamSession *iam = m_session->iam();
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
        m_session->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!iam->isLoading(), 10000);
        QVERIFY(iam->role(sandbox.ownerRoleId()));
    }

    void cancelKeepsTheLastLists()
    {
        Sandbox &sandbox = m_fixture->sandbox();
        QVERIFY(m_fixture->addAccountTo(
            *m_accounts, u"iam"_s, sandbox.adminApiKeyId(), sandbox.adminApiSecret()));
        open(u"iam"_s);
        const int roles = m_session->iam()->roles().size();
        sandbox.setLatency(std::chrono::milliseconds(2000));
        m_session->refresh();
        QVERIFY(m_session->iam()->isLoading());
        QSignalSpy refreshed(m_session->iam(), &IamSession::refreshed);
        m_session->cancel();
        QCOMPARE(refreshed.size(), 1);
        QVERIFY(!m_session->iam()->isLoading());
        QCOMPARE(m_session->iam()->roles().size(), roles);
    }

private:
    void open(const QString &name)
    {
        m_session = std::make_unique<AccountSession>(
            &m_fixture->network(), m_accounts.get(), *m_accounts->account(name));
        m_session->setClientOptions(SandboxFixture::fastOptions());
        QSignalSpy refreshed(m_session.get(), &AccountSession::refreshed);
        m_session->open();
        QVERIFY(QTest::qWaitFor(
            [this] {
                return m_session->client() && !m_session->isLoading()
                    && !m_session->iam()->isLoading()
                    && m_session->iam()->isLoaded(IamSession::List::ApiKeys);
            },
            10000));
    }

    QTemporaryDir m_dir;
    int m_round = 0;
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<AccountSession> m_session;
};

QTEST_GUILESS_MAIN(TestIamSession)
#include "tst_iamsession.moc"
