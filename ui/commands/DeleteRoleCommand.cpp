// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteRoleCommand.h"

#include "api/AsyncOperationJob.h"
#include "dialogs/LockoutGuardDialog.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "services/LockoutAnalysis.h"

namespace Keyport {

DeleteRoleCommand::DeleteRoleCommand(AccountSession *session, IamRole role, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
    , m_role(std::move(role))
{ }

void DeleteRoleCommand::doStart()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !iam->client() || m_role.id.isEmpty()) {
        cancel();
        return;
    }
    if (!m_role.editable) {
        fail(tr("The role %1 cannot be deleted: it is not editable.").arg(m_role.name));
        return;
    }
    const LockoutAnalysis analysis(iam->snapshot(), LockoutChange::roleDeletion(m_role.id));
    auto *guard = new LockoutGuardDialog(
        analysis, tr("Delete Role"), parentWidget(), LockoutGuardDialog::Confirmation::Always);
    guard->setAttribute(Qt::WA_DeleteOnClose);
    connect(guard, &QDialog::accepted, this, &DeleteRoleCommand::remove);
    connect(guard, &QDialog::rejected, this, &DeleteRoleCommand::cancel);
    guard->open();
}

void DeleteRoleCommand::remove()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !iam->client()) {
        fail(tr("The account was closed before the role %1 was deleted.").arg(m_role.name));
        return;
    }
    auto *job = iam->client()->deleteRole(m_role.id);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isCancelled())
            return cancel();
        if (job->error()) {
            fail(tr("The role %1 was not deleted: %2").arg(m_role.name, job->error().message()));
            return;
        }
        if (m_session && m_session->iam())
            m_session->iam()->removeRole(m_role.id);
        Q_EMIT info(tr("The role %1 was deleted.").arg(m_role.name));
        done();
    });
}

} // namespace Keyport
