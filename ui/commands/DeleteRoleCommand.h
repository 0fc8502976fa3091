// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/IamRole.h"

#include <QPointer>

namespace Keyport {

class AccountSession;

/// Delete Role…: the lock-out guard says who is bound to the role and loses what (Exoscale
/// refuses to delete a role still bound), the role's name is typed when anyone would lose
/// anything, then delete-iam-role is sent.
class DeleteRoleCommand : public Command
{
    Q_OBJECT

public:
    DeleteRoleCommand(AccountSession *session, IamRole role, QWidget *parentWidget);

protected:
    void doStart() override;

private:
    void remove();

    QPointer<AccountSession> m_session;
    IamRole m_role;
};

} // namespace Keyport
