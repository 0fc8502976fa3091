// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountDialogCommand.h"
#include "domain/Account.h"

namespace Keyport {

/// Edit Account: rename the account, change its zone or endpoint, replace its secret (or its
/// key and secret). Every secret Keyport keeps for it follows a rename.
class EditAccountCommand : public AccountDialogCommand
{
    Q_OBJECT

public:
    EditAccountCommand(QNetworkAccessManager *network, AccountStore *accounts,
        std::optional<ClientOptions> options, const Account &account, QWidget *parentWidget);

private:
    void doStart() override;
    void save() override;

    Account m_account;
};

} // namespace Keyport
