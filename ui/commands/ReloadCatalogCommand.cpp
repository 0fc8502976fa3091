// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReloadCatalogCommand.h"

#include "services/AccountSession.h"

namespace Keyport {

ReloadCatalogCommand::ReloadCatalogCommand(AccountSession *session, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
{ }

void ReloadCatalogCommand::doStart()
{
    if (!m_session) {
        cancel();
        return;
    }
    // A session closed meanwhile (another account opened) ends the command too.
    connect(m_session, &QObject::destroyed, this, &ReloadCatalogCommand::cancel);
    connect(m_session, &AccountSession::refreshed, this, &ReloadCatalogCommand::onRefreshed);
    // The banner says when the postponed load will happen.
    connect(m_session, &AccountSession::refreshPostponed, this, &ReloadCatalogCommand::done);
    m_session->reloadCatalog();
}

void ReloadCatalogCommand::onRefreshed()
{
    if (m_session->isCatalogCurrent()) {
        Q_EMIT info(tr("The catalog was reloaded: %n operation(s).", nullptr,
            int(m_session->catalog().operationCount())));
        done();
        return;
    }
    // A failure is in the banner already: the key page names each list that failed and why,
    // with Retry (a refresh loads whatever is not current). Saying it again here would replace
    // that message with a poorer one.
    if (m_session->error(AccountSession::List::KnownOperations)
        || m_session->error(AccountSession::List::OwnOperations))
        done();
    else
        cancel(); // the load was cancelled
}

} // namespace Keyport
