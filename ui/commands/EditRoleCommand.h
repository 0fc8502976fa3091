// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoleEditorCommand.h"

namespace Keyport {

/// Edit Role…: the chosen role (its name and editable flag never change).
class EditRoleCommand : public RoleEditorCommand
{
    Q_OBJECT

public:
    EditRoleCommand(AccountSession *session, IamRole role, QWidget *parentWidget)
        : RoleEditorCommand(session, RoleEditorDialog::Mode::Edit, std::move(role), parentWidget)
    { }
};

} // namespace Keyport
