// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Error.h"
#include "domain/Job.h"
#include "domain/Secret.h"

#include <QObject>
#include <QPointer>

namespace Keyport {

class AccountSession;
class AccountStore;
class SecretStore;

/// What creating a legacy access key (CreateKeyFlow) and an IAM v3 API key (CreateApiKeyFlow)
/// share: the outcomes, the new secret written to the account's key-secret store before anyone
/// sees it, and which answers count as lost (and so call for a look at the key list).
///
/// A Job: error() is none only for Outcome::Created; for the other outcomes it says what went
/// wrong. cancel() only stops waiting: a create already sent may still take effect.
class CreateCredentialFlow : public Job
{
    Q_OBJECT

public:
    enum class Outcome {
        Running,
        Created, ///< the key and the secret are there; secretStored() says if it is saved
        Refused, ///< the server said no (error())
        NotCreated, ///< the answer was lost, and the key list shows no such key
        Orphaned, ///< the answer was lost but the key exists: its secret is lost
        Unknown, ///< the answer was lost, and the key list could not be read either
    };

    ~CreateCredentialFlow() override;

    Outcome outcome() const { return m_outcome; }
    /// The secret, once; it stays here until taken.
    Secret takeSecret() { return std::move(m_secret); }
    bool secretStored() const { return m_secretStored; }
    /// The store that accepted the secret (null when none did): the keychain, or memory only.
    SecretStore *secretStore() const { return m_storedIn; }
    Error storeError() const { return m_storeError; }

    /// Whether @p error may hide a request that was carried out: a timeout, a dropped
    /// connection, a server error or an unreadable answer.
    static bool isLostAnswer(const Error &error);

Q_SIGNALS:
    /// What is happening now, for people.
    void progress(const QString &text);

protected:
    CreateCredentialFlow(AccountSession *session, AccountStore *accounts, QObject *parent);

    /// Writes @p secret for the new key @p keyId to the account's key-secret store, then
    /// finishes with Outcome::Created (the secret stays available through takeSecret()).
    void storeSecret(const QString &keyId, Secret secret);
    void finish(Outcome outcome);

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    Error m_error;

private:
    Outcome m_outcome = Outcome::Running;
    Secret m_secret;
    bool m_secretStored = false;
    QPointer<SecretStore> m_storedIn;
    Error m_storeError;
};

} // namespace Keyport
