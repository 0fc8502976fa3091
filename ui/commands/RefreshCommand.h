// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Keyport {

class AccountSession;

/// Refresh: loads the account's lists again. Ends when the refresh has: the window shows the
/// outcome through the session's own signals (banner, stale mark, status bar).
class RefreshCommand : public Command
{
    Q_OBJECT

public:
    RefreshCommand(AccountSession *session, QWidget *parentWidget);

private:
    void doStart() override;

    QPointer<AccountSession> m_session;
};

} // namespace Keyport
