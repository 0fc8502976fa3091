// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExoscaleClient.h"
#include "Command.h"

#include <optional>

class QNetworkAccessManager;

namespace Keyport {

class AccountStore;
class AddAccountDialog;

/// Add Account: the account dialog; its Test checks the credentials typed (CheckCredentialsJob),
/// its Add saves the account (the secret into the keychain). Ends when the dialog closes;
/// accountAdded() names the account to open.
class AddAccountCommand : public Command
{
    Q_OBJECT

public:
    AddAccountCommand(QNetworkAccessManager *network, AccountStore *accounts,
        std::optional<ClientOptions> options, QWidget *parentWidget);

Q_SIGNALS:
    void accountAdded(const QString &name);

private:
    void doStart() override;
    void test();
    void add();

    QPointer<QNetworkAccessManager> m_network;
    QPointer<AccountStore> m_accounts;
    std::optional<ClientOptions> m_options;
    QPointer<AddAccountDialog> m_dialog;
};

} // namespace Keyport
