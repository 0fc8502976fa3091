// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "RevokeDialog.h"

#include <QHash>

namespace Keyport {

/// Confirms the deletion of one or several IAM v3 API keys: the revoke dialog (the account and
/// its endpoint named, the signing key guarded by typing its name, the stored secrets offered
/// for deletion, progress and results key by key, Retry Failed Keys) in the words of API keys,
/// with each key's role. The owner runs a DeleteApiKeysFlow on deleteRequested() (the dialog's
/// revokeRequested()) over apiKeys().
class DeleteApiKeysDialog : public RevokeDialog
{
    Q_OBJECT

public:
    /// @p roleNames: role id -> name, for the Role column.
    DeleteApiKeysDialog(const Account &account, const QList<ApiKey> &keys,
        const QHash<QString, QString> &roleNames, const QSet<QString> &storedSecretIds,
        QWidget *parent = nullptr);
    ~DeleteApiKeysDialog() override;

    /// The keys to delete now: all of them, then only those that failed once Retry was chosen.
    QList<ApiKey> apiKeys() const;

protected:
    QString phrase(Phrase which, int count = 0) const override;

private:
    QHash<QString, ApiKey> m_apiKeys;
};

} // namespace Keyport
