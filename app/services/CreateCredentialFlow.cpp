// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateCredentialFlow.h"

#include "accounts/AccountStore.h"
#include "AccountSession.h"
#include "secrets/SecretStore.h"

namespace Keyport {

CreateCredentialFlow::CreateCredentialFlow(
    AccountSession *session, AccountStore *accounts, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_accounts(accounts)
{ }

CreateCredentialFlow::~CreateCredentialFlow() = default;

bool CreateCredentialFlow::isLostAnswer(const Error &error)
{
    switch (error.code()) {
    case Error::Code::Timeout:
    case Error::Code::Network:
    case Error::Code::ServerError:
    case Error::Code::MalformedResponse:
        return true;
    default:
        return false;
    }
}

void CreateCredentialFlow::finish(Outcome outcome)
{
    m_outcome = outcome;
    emitResult(outcome == Outcome::Created ? Error() : m_error);
}

void CreateCredentialFlow::storeSecret(const QString &keyId, Secret secret)
{
    m_secret = std::move(secret);
    if (!m_session || !m_accounts) {
        m_storeError = Error(Error::Code::KeychainUnavailable, tr("The account was closed."));
        finish(Outcome::Created);
        return;
    }
    const QString account = m_session->account().name;
    if (SecretStore *store = m_accounts->newKeySecretStore(account))
        Q_EMIT progress(tr("Saving the secret in %1…").arg(store->displayName()));
    Job *store = m_accounts->storeKeySecret(account, keyId, m_secret);
    connect(store, &Job::finished, this, [this, store, account, keyId] {
        m_secretStored = !store->error();
        m_storeError = store->error();
        // Named from the record of what was stored, not from where secrets usually go.
        m_storedIn
            = m_secretStored && m_accounts ? m_accounts->keySecretStore(account, keyId) : nullptr;
        finish(Outcome::Created);
    });
}

} // namespace Keyport
