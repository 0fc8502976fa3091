// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/IamRole.h"
#include "iam/RoleEditorDialog.h"

#include <QPointer>

namespace Keyport {

class AccountSession;
class IamSession;
class SaveRoleFlow;

/// What New Role…, Edit Role… and Use as Template… share: the role editor with the test bench
/// beside the form, judging the draft as it changes. Saving keeps the editor open until the
/// server has taken the role (a failure is said in the editor, nothing typed is lost, and which
/// part failed is told); a policy that would take rights from anyone goes through the lock-out
/// guard first.
class RoleEditorCommand : public Command
{
    Q_OBJECT

public:
    RoleEditorCommand(
        AccountSession *session, RoleEditorDialog::Mode mode, IamRole role, QWidget *parentWidget);

    RoleEditorDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    /// The role was saved; @p roleId is the new role's for a create.
    void roleSaved(const QString &roleId);

protected:
    void doStart() override;

private:
    void onSaveRequested();
    void send();

    QPointer<AccountSession> m_session;
    RoleEditorDialog::Mode m_mode;
    IamRole m_role;
    QPointer<RoleEditorDialog> m_dialog;
    QPointer<SaveRoleFlow> m_flow;
};

} // namespace Keyport
