// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditOrganizationPolicyCommand.h"

#include "api/AsyncOperationJob.h"
#include "dialogs/LockoutGuardDialog.h"
#include "iam/OrganizationPolicyDialog.h"
#include "iam/TestBenchWidget.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "services/LockoutAnalysis.h"

namespace Keyport {

EditOrganizationPolicyCommand::EditOrganizationPolicyCommand(
    AccountSession *session, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
{ }

OrganizationPolicyDialog *EditOrganizationPolicyCommand::dialog() const
{
    return m_dialog;
}

void EditOrganizationPolicyCommand::doStart()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !iam->client()) {
        cancel();
        return;
    }
    if (!iam->organizationPolicy()) {
        // Editing a policy nobody could read would replace it blindly.
        fail(tr("The organization policy cannot be edited: it could not be read. %1")
                 .arg(iam->error(IamSession::List::OrganizationPolicy).message()));
        return;
    }
    m_dialog = new OrganizationPolicyDialog(*iam->organizationPolicy(), parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSavesItself(true);

    // The bench judges the roles under the draft organisation policy.
    auto *bench = new TestBenchWidget(m_dialog);
    bench->setOrganizationPolicy(m_dialog->policy());
    bench->setRoles(iam->roles());
    bench->setApiKeys(iam->apiKeys());
    connect(m_dialog, &OrganizationPolicyDialog::policyDraftChanged, bench,
        [bench](const IamPolicy &policy) { bench->setOrganizationPolicy(policy); });
    m_dialog->addSidePage(bench, tr("Test Bench"));

    connect(m_dialog, &OrganizationPolicyDialog::saveRequested, this,
        &EditOrganizationPolicyCommand::onSaveRequested);
    connect(m_dialog, &QDialog::rejected, this, &Command::canceled);
    connect(m_dialog, &QObject::destroyed, this, &EditOrganizationPolicyCommand::done);
    m_dialog->open();
}

void EditOrganizationPolicyCommand::onSaveRequested()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !m_dialog)
        return;
    const LockoutAnalysis analysis(
        iam->snapshot(), LockoutChange::organizationPolicy(m_dialog->policy()));
    if (!analysis.locksOutAnyone()) {
        send();
        return;
    }
    auto *guard = new LockoutGuardDialog(analysis, tr("Save Policy"), m_dialog);
    guard->setAttribute(Qt::WA_DeleteOnClose);
    connect(guard, &QDialog::accepted, this, &EditOrganizationPolicyCommand::send);
    guard->open();
}

void EditOrganizationPolicyCommand::send()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !iam->client() || !m_dialog || m_sending)
        return;
    m_sending = true;
    const IamPolicy policy = m_dialog->policy();
    m_dialog->setSaving(true);
    auto *job = iam->client()->updateOrganizationPolicy(policy);
    connect(job, &Job::finished, this, [this, job, policy] {
        m_sending = false;
        if (job->error().isCancelled())
            return;
        if (job->error()) {
            // The editor stays open with the draft: the person may try again.
            if (m_dialog)
                m_dialog->showSaveError(
                    tr("The organization policy was not saved: the old policy still applies. %1")
                        .arg(job->error().message()));
            return;
        }
        if (m_session && m_session->iam())
            m_session->iam()->setOrganizationPolicy(policy);
        Q_EMIT info(tr("The organization policy was saved."));
        if (m_dialog)
            m_dialog->finishSaving();
    });
}

} // namespace Keyport
