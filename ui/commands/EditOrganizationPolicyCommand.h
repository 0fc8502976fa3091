// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QPointer>

namespace Keyport {

class AccountSession;
class OrganizationPolicyDialog;

/// Edit Organization Policy…: the policy editor on the organisation policy, with the test bench
/// judging the draft; before it is sent, the lock-out guard says who loses what (the signing key
/// first) and "organization policy" is typed when anyone does. The editor stays open until the
/// server took the policy.
class EditOrganizationPolicyCommand : public Command
{
    Q_OBJECT

public:
    EditOrganizationPolicyCommand(AccountSession *session, QWidget *parentWidget);

    /// The dialog, while it is open.
    OrganizationPolicyDialog *dialog() const;

protected:
    void doStart() override;

private:
    void onSaveRequested();
    void send();

    QPointer<AccountSession> m_session;
    QPointer<OrganizationPolicyDialog> m_dialog;
    bool m_sending = false;
};

} // namespace Keyport
