// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/AccessKey.h"

#include <optional>

namespace Keyport {

class AccountSession;
class AccountStore;
class KeyWizard;
class SecretClipboard;

/// New Key: the Create Key wizard on an open account. Ends when the wizard closes; a key
/// created meanwhile is announced by keyCreated(). The wizard's "Revoke This Key" runs the one
/// Revoke command.
class NewKeyCommand : public Command
{
    Q_OBJECT

public:
    NewKeyCommand(AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard,
        QWidget *parentWidget);

Q_SIGNALS:
    void keyCreated(const QString &keyId);

protected:
    /// Filled from @p key's restrictions (Use as Template); none for an empty wizard.
    void setTemplate(const AccessKey &key) { m_template = key; }

private:
    void doStart() override;

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    QPointer<SecretClipboard> m_clipboard;
    QPointer<KeyWizard> m_wizard;
    std::optional<AccessKey> m_template;
};

} // namespace Keyport
