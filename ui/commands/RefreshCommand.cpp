// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefreshCommand.h"

#include "services/AccountSession.h"

namespace Keyport {

RefreshCommand::RefreshCommand(AccountSession *session, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
{ }

void RefreshCommand::doStart()
{
    if (!m_session) {
        cancel();
        return;
    }
    // A session closed meanwhile (another account opened) ends the command too.
    connect(m_session, &QObject::destroyed, this, &RefreshCommand::cancel);
    connect(m_session, &AccountSession::refreshed, this, &RefreshCommand::done);
    connect(m_session, &AccountSession::refreshPostponed, this, &RefreshCommand::done);
    m_session->refresh();
}

} // namespace Keyport
