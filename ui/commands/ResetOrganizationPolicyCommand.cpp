// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResetOrganizationPolicyCommand.h"

#include "api/AsyncOperationJob.h"
#include "dialogs/LockoutGuardDialog.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "services/LockoutAnalysis.h"

namespace Keyport {

ResetOrganizationPolicyCommand::ResetOrganizationPolicyCommand(
    AccountSession *session, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
{ }

void ResetOrganizationPolicyCommand::doStart()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !iam->client()) {
        cancel();
        return;
    }
    const LockoutAnalysis analysis(iam->snapshot(), LockoutChange::organizationReset());
    auto *guard = new LockoutGuardDialog(
        analysis, tr("Reset Policy"), parentWidget(), LockoutGuardDialog::Confirmation::Always);
    guard->setAttribute(Qt::WA_DeleteOnClose);
    connect(guard, &QDialog::accepted, this, &ResetOrganizationPolicyCommand::reset);
    connect(guard, &QDialog::rejected, this, &ResetOrganizationPolicyCommand::cancel);
    guard->open();
}

void ResetOrganizationPolicyCommand::reset()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !iam->client()) {
        fail(tr("The account was closed before the organization policy was reset."));
        return;
    }
    auto *job = iam->client()->resetOrganizationPolicy();
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().isCancelled())
            return cancel();
        if (job->error()) {
            fail(tr("The organization policy was not reset: %1").arg(job->error().message()));
            return;
        }
        if (m_session && m_session->iam())
            m_session->iam()->setOrganizationPolicy(IamPolicy::allowAll());
        Q_EMIT info(tr("The organization policy was reset: it allows everything."));
        done();
    });
}

} // namespace Keyport
