// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountStore.h"
#include "SandboxFixture.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Keyport::Test {

/// A sandbox and an account of it open in an AccountSession, its IAM v3 lists loaded: by
/// default the account signs with the sandbox's admin API key (allow-all role "sandbox-admin").
/// Secrets stay in a session store. Each open() adds a new account and opens it instead.
class IamAccountFixture
{
public:
    IamAccountFixture()
        : m_settings(m_dir.filePath(QStringLiteral("keyport.conf")), QSettings::IniFormat)
        , m_accounts(&m_settings, &m_secrets, &m_secrets)
    { }
    ~IamAccountFixture() { m_session.reset(); }

    Sandbox &sandbox() { return m_fixture.sandbox(); }
    AccountStore &accounts() { return m_accounts; }
    AccountSession *session() const { return m_session.get(); }
    IamSession *iam() const { return m_session ? m_session->iam() : nullptr; }

    /// Opens an account signing with @p keyId and @p secret (the admin API key when empty) and
    /// waits for its lists (up to 10 s); false when that failed.
    bool open(const QString &keyId = {}, Secret secret = {})
    {
        const bool admin = keyId.isEmpty();
        return openSignedWith(admin ? sandbox().adminApiKeyId() : keyId,
            admin ? sandbox().adminApiSecret() : std::move(secret));
    }

    /// Opens an account signing with the sandbox's root key, a legacy access key, as open() does.
    bool openLegacy() { return openSignedWith({}, {}); }

private:
    /// Empty @p keyId: the root key.
    bool openSignedWith(const QString &keyId, Secret secret)
    {
        const QString name = QStringLiteral("iam-%1").arg(++m_round);
        if (!m_fixture.addAccountTo(m_accounts, name, keyId, std::move(secret)))
            return false;
        m_session.reset();
        m_session = std::make_unique<AccountSession>(
            &m_fixture.network(), &m_accounts, *m_accounts.account(name));
        m_session->setClientOptions(SandboxFixture::fastOptions());
        m_session->open();
        return QTest::qWaitFor(
            [this] {
                return m_session->client() && !m_session->isLoading()
                    && !m_session->iam()->isLoading()
                    && m_session->iam()->isLoaded(IamSession::List::ApiKeys);
            },
            10000);
    }

    QTemporaryDir m_dir;
    SandboxFixture m_fixture;
    QSettings m_settings;
    SessionSecretStore m_secrets;
    AccountStore m_accounts;
    std::unique_ptr<AccountSession> m_session;
    int m_round = 0;
};

} // namespace Keyport::Test
