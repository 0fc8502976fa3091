// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateApiKeyFlow.h"

#include "accounts/AccountStore.h"
#include "AccountSession.h"
#include "api/ApiKeyJob.h"
#include "api/ApiKeyListJob.h"
#include "IamSession.h"
#include "secrets/SecretStore.h"

namespace Keyport {

namespace {

IamClient *iamClientOf(AccountSession *session)
{
    return session && session->iam() ? session->iam()->client() : nullptr;
}

} // namespace

CreateApiKeyFlow::CreateApiKeyFlow(
    AccountSession *session, AccountStore *accounts, QString name, QString roleId, QObject *parent)
    : CreateCredentialFlow(session, accounts, parent)
    , m_name(std::move(name))
    , m_roleId(std::move(roleId))
{ }

CreateApiKeyFlow::~CreateApiKeyFlow() = default;

void CreateApiKeyFlow::start()
{
    IamClient *client = iamClientOf(m_session);
    if (!client || !m_accounts) {
        // start() runs from the event loop: finishing here is already asynchronous.
        m_error = Error(Error::Code::InvalidInput, tr("The account is not open."));
        finish(Outcome::Refused);
        return;
    }
    // What "not there before" means when the answer is lost; names are not unique.
    for (const ApiKey &key : m_session->iam()->apiKeys())
        m_keysBefore.insert(key.key);
    Q_EMIT progress(tr("Creating the API key %1…").arg(m_name));
    ApiKeyJob *job = client->createApiKey(m_name, m_roleId);
    connect(job, &Job::finished, this, [this, job] {
        const Error error = job->error();
        if (!error) {
            onCreated(job->takeCreatedApiKey());
        } else if (isLostAnswer(error)) {
            // The request may have been carried out: look before saying anything.
            reconcile(error);
        } else {
            m_error = error;
            finish(Outcome::Refused);
        }
    });
}

void CreateApiKeyFlow::onCreated(CreatedApiKey created)
{
    m_created = created.key;
    if (m_session && m_session->iam() && m_accounts)
        m_session->iam()->addApiKey(m_created);
    storeSecret(m_created.key, std::move(created.secret));
}

void CreateApiKeyFlow::reconcile(const Error &lost)
{
    m_error = lost;
    IamClient *client = iamClientOf(m_session);
    if (!client) {
        finish(Outcome::Unknown);
        return;
    }
    Q_EMIT progress(tr("No answer came; checking whether the API key was created…"));
    ApiKeyListJob *list = client->listApiKeys();
    connect(list, &Job::finished, this, [this, list] {
        if (list->error()) {
            m_error = list->error();
            finish(Outcome::Unknown);
            return;
        }
        const QList<ApiKey> &keys = list->apiKeys();
        const auto found = std::find_if(keys.cbegin(), keys.cend(), [this](const ApiKey &key) {
            return key.name == m_name && key.roleId == m_roleId && !m_keysBefore.contains(key.key);
        });
        if (found == keys.cend()) {
            finish(Outcome::NotCreated);
            return;
        }
        m_orphan = *found;
        if (m_session && m_session->iam())
            m_session->iam()->addApiKey(m_orphan);
        finish(Outcome::Orphaned);
    });
}

} // namespace Keyport
