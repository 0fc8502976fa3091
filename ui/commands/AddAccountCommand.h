// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountDialogCommand.h"

namespace Keyport {

/// Add Account: the account dialog in Add mode; Add saves the account (its secret into the
/// keychain).
class AddAccountCommand : public AccountDialogCommand
{
    Q_OBJECT

public:
    using AccountDialogCommand::AccountDialogCommand;

private:
    void doStart() override;
    void save() override;
};

} // namespace Keyport
