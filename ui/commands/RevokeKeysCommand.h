// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/AccessKey.h"

namespace Keyport {

class AccountSession;
class AccountStore;
class RevokeDialog;

/// Revoke: the one way keys are revoked, from the list or from the wizard. Opens the revoke
/// dialog; when the person confirms, runs RevokeKeysFlow in it (again for "Retry Failed Keys").
/// Ends when the dialog closes.
class RevokeKeysCommand : public Command
{
    Q_OBJECT

public:
    RevokeKeysCommand(AccountSession *session, AccountStore *accounts, const AccessKeys &keys,
        QWidget *parentWidget);

private:
    void doStart() override;
    void revoke();

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    AccessKeys m_keys;
    QPointer<RevokeDialog> m_dialog;
};

} // namespace Keyport
