// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteApiKeysFlow.h"

#include "accounts/AccountStore.h"
#include "AccountSession.h"
#include "api/ApiKeyDeleteJob.h"
#include "api/ApiKeyListJob.h"
#include "api/IamClient.h"
#include "IamSession.h"

#include <algorithm>

namespace Keyport {

namespace {

AccessKeys shownKeys(const QList<ApiKey> &keys)
{
    AccessKeys result;
    result.reserve(keys.size());
    std::transform(
        keys.cbegin(), keys.cend(), std::back_inserter(result), DeleteApiKeysFlow::shown);
    return result;
}

} // namespace

DeleteApiKeysFlow::DeleteApiKeysFlow(AccountSession *session, AccountStore *accounts,
    const QList<ApiKey> &keys, bool deleteStoredSecrets, QObject *parent)
    : RevokeKeysFlow(session, accounts, shownKeys(keys), deleteStoredSecrets, parent)
{ }

DeleteApiKeysFlow::~DeleteApiKeysFlow() = default;

AccessKey DeleteApiKeysFlow::shown(const ApiKey &key)
{
    AccessKey result;
    result.name = key.name;
    result.key = key.key;
    return result;
}

AsyncOperationJob *DeleteApiKeysFlow::sendRevocation(ExoscaleClient *client, const QString &keyId)
{
    // IamClient is a facade over the same transport: signing, retries and polling are shared.
    return IamClient(client).deleteApiKey(keyId);
}

Job *DeleteApiKeysFlow::listKeys(ExoscaleClient *client)
{
    return IamClient(client).listApiKeys();
}

bool DeleteApiKeysFlow::isListed(Job *list, const QString &keyId) const
{
    const QList<ApiKey> &keys = static_cast<ApiKeyListJob *>(list)->apiKeys();
    return std::any_of(
        keys.cbegin(), keys.cend(), [&keyId](const ApiKey &key) { return key.key == keyId; });
}

void DeleteApiKeysFlow::removeFromSession(const QString &keyId)
{
    if (session() && session()->iam())
        session()->iam()->removeApiKey(keyId);
}

bool DeleteApiKeysFlow::wasAlreadyGone(AsyncOperationJob *job) const
{
    const auto *deletion = qobject_cast<ApiKeyDeleteJob *>(job);
    return deletion && deletion->wasAlreadyGone();
}

QString DeleteApiKeysFlow::phrase(Phrase which) const
{
    switch (which) {
    case Phrase::Interrupted:
        return tr("Keyport stopped waiting before Exoscale confirmed the deletion.");
    case Phrase::StoppedBeforeTurn:
        return tr("The deletion was stopped before this API key's turn; nothing was sent.");
    case Phrase::CannotSignYet:
        return tr("Keyport cannot sign requests for this account yet, so the API key was not "
                  "deleted. Try again once the list of API keys has loaded.");
    case Phrase::StoppedBeforeConfirmed:
        return tr("You stopped the deletion before Exoscale confirmed it.");
    case Phrase::AcceptedNotFollowed:
        return tr("Exoscale accepted the deletion, but Keyport could not follow it to the end: %1");
    case Phrase::AcceptedNotFinished:
        return tr("%1 Exoscale accepted the deletion but has not finished it: the API key is still "
                  "listed. Refresh the list later to see whether it is gone.");
    case Phrase::StillListed:
        return tr("%1 The API key is still listed: Exoscale did not delete it.");
    }
    return RevokeKeysFlow::phrase(which);
}

} // namespace Keyport
