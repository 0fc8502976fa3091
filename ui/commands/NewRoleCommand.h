// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoleEditorCommand.h"

namespace Keyport {

/// New Role…: a new role, from nothing.
class NewRoleCommand : public RoleEditorCommand
{
    Q_OBJECT

public:
    NewRoleCommand(AccountSession *session, QWidget *parentWidget)
        : RoleEditorCommand(session, RoleEditorDialog::Mode::Create, IamRole(), parentWidget)
    { }
};

} // namespace Keyport
