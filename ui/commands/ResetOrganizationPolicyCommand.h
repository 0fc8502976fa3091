// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QPointer>

namespace Keyport {

class AccountSession;

/// Reset Organization Policy…: the organisation policy becomes allow-all
/// (reset-iam-organization-policy). The guard says what that changes before anything is sent,
/// and the words "organization policy" are typed to go ahead.
class ResetOrganizationPolicyCommand : public Command
{
    Q_OBJECT

public:
    ResetOrganizationPolicyCommand(AccountSession *session, QWidget *parentWidget);

protected:
    void doStart() override;

private:
    void reset();

    QPointer<AccountSession> m_session;
};

} // namespace Keyport
