// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "RevokeKeysFlow.h"

namespace Keyport {

/// Deletes one or several IAM v3 API keys of an open account, as RevokeKeysFlow revokes legacy
/// keys: one delete-api-key request each (followed to its end), a few at a time, the account's
/// own signing key last and alone; "API Key not in organization" counts as done
/// (State::AlreadyGone, ApiKeyDeleteJob::wasAlreadyGone()); a lost answer is checked against the
/// list of API keys; each key gone leaves the IamSession (removeApiKey()) and, if asked, the
/// secret Keyport stored for it is forgotten. items() carry each key's name and id.
class DeleteApiKeysFlow : public RevokeKeysFlow
{
    Q_OBJECT

public:
    DeleteApiKeysFlow(AccountSession *session, AccountStore *accounts, const QList<ApiKey> &keys,
        bool deleteStoredSecrets, QObject *parent = nullptr);
    ~DeleteApiKeysFlow() override;

    /// The name and id of @p key, as items() and the delete dialog show it.
    static AccessKey shown(const ApiKey &key);

protected:
    AsyncOperationJob *sendRevocation(ExoscaleClient *client, const QString &keyId) override;
    Job *listKeys(ExoscaleClient *client) override;
    bool isListed(Job *list, const QString &keyId) const override;
    void removeFromSession(const QString &keyId) override;
    bool wasAlreadyGone(AsyncOperationJob *job) const override;
    QString phrase(Phrase which) const override;
};

} // namespace Keyport
