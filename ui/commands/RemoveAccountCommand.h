// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/Account.h"

namespace Keyport {

class AccountStore;

/// Remove Account: asks, then removes the account and deletes the secrets Keyport kept for it.
class RemoveAccountCommand : public Command
{
    Q_OBJECT

public:
    RemoveAccountCommand(AccountStore *accounts, const Account &account, QWidget *parentWidget);

private:
    void doStart() override;
    void remove();

    QPointer<AccountStore> m_accounts;
    Account m_account;
};

} // namespace Keyport
