// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RoleEditorCommand.h"

namespace Keyport {

/// Use as Template… on a role: a new role, named <name>-copy, that does what the chosen one does.
class CloneRoleCommand : public RoleEditorCommand
{
    Q_OBJECT

public:
    CloneRoleCommand(AccountSession *session, IamRole role, QWidget *parentWidget)
        : RoleEditorCommand(session, RoleEditorDialog::Mode::Clone, std::move(role), parentWidget)
    { }
};

} // namespace Keyport
