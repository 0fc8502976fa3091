// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoleEditorCommand.h"

#include "dialogs/LockoutGuardDialog.h"
#include "iam/TestBenchWidget.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "services/LockoutAnalysis.h"
#include "services/SaveRoleFlow.h"

namespace Keyport {

RoleEditorCommand::RoleEditorCommand(
    AccountSession *session, RoleEditorDialog::Mode mode, IamRole role, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
    , m_mode(mode)
    , m_role(std::move(role))
{ }

void RoleEditorCommand::doStart()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !iam->client()) {
        cancel();
        return;
    }
    m_dialog = new RoleEditorDialog(m_mode, m_role, parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setSavesItself(true);

    // The test bench beside the form judges the draft as it is edited.
    auto *bench = new TestBenchWidget(m_dialog);
    bench->setOrganizationPolicy(iam->organizationPolicy());
    bench->setRoles(iam->roles());
    bench->setApiKeys(iam->apiKeys());
    // The label goes with every draft: setDraft() without one falls back to its own.
    const QString draftLabel = tr("This role as edited");
    bench->setDraft(m_dialog->policy(), draftLabel);
    bench->selectSubject(TestBenchWidget::SubjectKind::Draft);
    connect(m_dialog, &RoleEditorDialog::policyDraftChanged, bench,
        [bench, draftLabel](const IamPolicy &policy) { bench->setDraft(policy, draftLabel); });
    m_dialog->addSidePage(bench, tr("Test Bench"));

    connect(m_dialog, &RoleEditorDialog::saveRequested, this, &RoleEditorCommand::onSaveRequested);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (m_flow)
            m_flow->cancel();
        Q_EMIT canceled();
    });
    connect(m_dialog, &QObject::destroyed, this, &RoleEditorCommand::done);
    m_dialog->open();
}

void RoleEditorCommand::onSaveRequested()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !m_dialog)
        return;
    if (m_mode != RoleEditorDialog::Mode::Edit || !m_dialog->policyChanged()) {
        send();
        return;
    }
    // Nobody is locked out unnoticed: who loses what through the new policy.
    const LockoutAnalysis analysis(
        iam->snapshot(), LockoutChange::rolePolicy(m_role.id, m_dialog->policy()));
    if (!analysis.locksOutAnyone()) {
        send();
        return;
    }
    auto *guard = new LockoutGuardDialog(analysis, tr("Save Policy"), m_dialog);
    guard->setAttribute(Qt::WA_DeleteOnClose);
    connect(guard, &QDialog::accepted, this, &RoleEditorCommand::send);
    guard->open();
}

void RoleEditorCommand::send()
{
    IamSession *iam = m_session ? m_session->iam() : nullptr;
    if (!iam || !m_dialog || m_flow)
        return;
    if (m_mode == RoleEditorDialog::Mode::Edit) {
        m_flow = new SaveRoleFlow(iam, m_dialog->role(), m_dialog->roleChanged(),
            m_dialog->policyChanged() ? std::optional(m_dialog->policy()) : std::nullopt, this);
    } else {
        m_flow = new SaveRoleFlow(iam, m_dialog->draft(), this);
    }
    m_dialog->setSaving(true);
    const QString name
        = m_mode == RoleEditorDialog::Mode::Edit ? m_role.name : m_dialog->draft().name;
    connect(m_flow, &Job::finished, this, [this, flow = m_flow, name] {
        if (flow->error().isCancelled())
            return;
        if (m_dialog)
            m_dialog->setSaving(false);
        if (flow->error()) {
            // The editor stays open with everything typed: the person may try again.
            if (m_dialog)
                m_dialog->showSaveError(flow->failureSummary());
            return;
        }
        Q_EMIT info(m_mode == RoleEditorDialog::Mode::Edit
                ? tr("The role %1 was saved.").arg(name)
                : tr("The role %1 was created.").arg(name));
        Q_EMIT roleSaved(flow->roleId());
        if (m_dialog)
            m_dialog->finishSaving();
    });
}

} // namespace Keyport
