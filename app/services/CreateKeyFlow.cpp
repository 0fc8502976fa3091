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
    : CreateCredentialFlow(session, accounts, parent)
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
        if (isLostAnswer(error)) {
            // The request may have been carried out: look before saying anything.
            reconcile(error);
            return;
        }
        m_error = error;
        m_errorField = fieldOf(error);
        finish(Outcome::Refused);
    });
}

void CreateKeyFlow::onCreated(CreatedKey created)
{
    m_created = created.key;
    if (m_session && m_accounts)
        m_session->addKey(m_created);
    storeSecret(m_created.key, std::move(created.secret));
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
