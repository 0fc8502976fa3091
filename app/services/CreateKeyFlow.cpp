// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateKeyFlow.h"

#include "accounts/AccountStore.h"
#include "AccountSession.h"
#include "api/AccessKeyJob.h"
#include "api/AccessKeyListJob.h"
#include "secrets/SecretStore.h"

namespace Keyport {

CreateKeyFlow::CreateKeyFlow(
    AccountSession *session, AccountStore *accounts, KeyDraft draft, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_accounts(accounts)
    , m_draft(std::move(draft))
{ }

CreateKeyFlow::~CreateKeyFlow() = default;

KeyDraft::Field CreateKeyFlow::fieldOf(const Error &error)
{
    const QString said = error.serverMessage();
    if (said.contains(u"name", Qt::CaseInsensitive)
        && !said.contains(u"bucket name", Qt::CaseInsensitive))
        return KeyDraft::Field::Name;
    if (said.contains(u"resource", Qt::CaseInsensitive)
        || said.contains(u"bucket", Qt::CaseInsensitive))
        return KeyDraft::Field::Resources;
    return KeyDraft::Field::Restrictions;
}

void CreateKeyFlow::finish(Outcome outcome)
{
    m_outcome = outcome;
    emitResult(outcome == Outcome::Created ? Error() : m_error);
}

void CreateKeyFlow::start()
{
    if (!m_session || !m_session->client() || !m_accounts) {
        // start() runs from the event loop: finishing here is already asynchronous.
        m_error = Error(Error::Code::InvalidInput, tr("The account is not open."));
        finish(Outcome::Refused);
        return;
    }
    for (const AccessKey &key : m_session->keys())
        m_keysBefore.insert(key.key);
    Q_EMIT progress(tr("Creating the key %1…").arg(m_draft.name));
    AccessKeyJob *job = m_session->client()->createAccessKey(m_draft);
    connect(job, &Job::finished, this, [this, job] {
        if (!job->error()) {
            onCreated(job->takeCreatedKey());
            return;
        }
        const Error error = job->error();
        switch (error.code()) {
        case Error::Code::Timeout:
        case Error::Code::Network:
        case Error::Code::ServerError:
        case Error::Code::MalformedResponse:
            // The request may have been carried out: look before saying anything.
            reconcile(error);
            return;
        default:
            m_error = error;
            m_errorField = fieldOf(error);
            finish(Outcome::Refused);
        }
    });
}

void CreateKeyFlow::onCreated(CreatedKey created)
{
    m_created = std::move(created);
    if (!m_session || !m_accounts) {
        m_storeError = Error(Error::Code::KeychainUnavailable, tr("The account was closed."));
        finish(Outcome::Created);
        return;
    }
    m_session->addKey(m_created.key);
    const QString account = m_session->account().name;
    if (SecretStore *store = m_accounts->newKeySecretStore(account))
        Q_EMIT progress(tr("Saving the secret in %1…").arg(store->displayName()));
    Job *store = m_accounts->storeKeySecret(account, m_created.key.key, m_created.secret);
    connect(store, &Job::finished, this, [this, store, account] {
        m_secretStored = !store->error();
        m_storeError = store->error();
        // Named from the record of what was stored, not from where secrets usually go.
        m_storedIn = m_secretStored && m_accounts
            ? m_accounts->keySecretStore(account, m_created.key.key)
            : nullptr;
        finish(Outcome::Created);
    });
}

void CreateKeyFlow::reconcile(const Error &lost)
{
    m_error = lost;
    Q_EMIT progress(tr("No answer came; checking whether the key was created…"));
    AccessKeyListJob *list = m_session->client()->listAccessKeys();
    connect(list, &Job::finished, this, [this, list] {
        if (list->error()) {
            m_error = list->error();
            finish(Outcome::Unknown);
            return;
        }
        for (const AccessKey &key : list->keys()) {
            if (key.name == m_draft.name && !m_keysBefore.contains(key.key)) {
                m_orphan = key;
                if (m_session)
                    m_session->addKey(key);
                finish(Outcome::Orphaned);
                return;
            }
        }
        finish(Outcome::NotCreated);
    });
}

} // namespace Keyport
