// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <functional>

namespace Keyport {

class AccountSession;
class AccountStore;
class ApiKeyWizard;
class SecretClipboard;

/// New API Key: the API key wizard on an open account whose IAM v3 lists are readable. Ends when
/// the wizard closes; a key created meanwhile is announced by apiKeyCreated(). "New Role…" in
/// the wizard calls the new-role handler (the window opens the role editor there, then hands the
/// new role to ApiKeyWizard::addRole()); "Delete This Key" runs DeleteApiKeysCommand over it.
class NewApiKeyCommand : public Command
{
    Q_OBJECT

public:
    NewApiKeyCommand(AccountSession *session, AccountStore *accounts, SecretClipboard *clipboard,
        QWidget *parentWidget);
    ~NewApiKeyCommand() override;

    /// Called with the wizard when the person chooses "New Role…"; set before start().
    void setNewRoleHandler(std::function<void(ApiKeyWizard *)> handler)
    {
        m_newRoleHandler = std::move(handler);
    }
    /// The wizard, while it is open.
    ApiKeyWizard *wizard() const;

Q_SIGNALS:
    void apiKeyCreated(const QString &key);

private:
    void doStart() override;

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    QPointer<SecretClipboard> m_clipboard;
    QPointer<ApiKeyWizard> m_wizard;
    std::function<void(ApiKeyWizard *)> m_newRoleHandler;
};

} // namespace Keyport
