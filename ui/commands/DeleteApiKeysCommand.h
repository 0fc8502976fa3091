// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/ApiKey.h"

namespace Keyport {

class AccountSession;
class AccountStore;
class DeleteApiKeysDialog;

/// Delete API Keys: the one way IAM v3 API keys are deleted, from the list or from the wizard.
/// Opens the delete dialog; when the person confirms, runs DeleteApiKeysFlow in it (again for
/// "Retry Failed Keys"). Ends when the dialog closes.
class DeleteApiKeysCommand : public Command
{
    Q_OBJECT

public:
    DeleteApiKeysCommand(AccountSession *session, AccountStore *accounts, const QList<ApiKey> &keys,
        QWidget *parentWidget);
    ~DeleteApiKeysCommand() override;

    /// The dialog, while it is open.
    DeleteApiKeysDialog *dialog() const;

private:
    void doStart() override;
    void deleteKeys();

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    QList<ApiKey> m_keys;
    QPointer<DeleteApiKeysDialog> m_dialog;
};

} // namespace Keyport
