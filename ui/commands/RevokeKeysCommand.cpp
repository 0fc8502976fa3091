// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevokeKeysCommand.h"

#include "accounts/AccountStore.h"
#include "dialogs/RevokeDialog.h"
#include "services/AccountSession.h"
#include "services/RevokeKeysFlow.h"

namespace Keyport {

RevokeKeysCommand::RevokeKeysCommand(
    AccountSession *session, AccountStore *accounts, const AccessKeys &keys, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
    , m_accounts(accounts)
    , m_keys(keys)
{ }

void RevokeKeysCommand::doStart()
{
    if (m_keys.isEmpty() || !m_session || !m_session->client() || !m_accounts) {
        cancel();
        return;
    }
    const QSet<QString> stored = m_accounts->storedKeySecrets(m_session->account().name);
    m_dialog = new RevokeDialog(m_session->account(), m_keys, stored, parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RevokeDialog::revokeRequested, this, &RevokeKeysCommand::revoke);
    connect(m_dialog, &QObject::destroyed, this, &RevokeKeysCommand::done);
    m_dialog->open();
}

void RevokeKeysCommand::revoke()
{
    if (!m_session || !m_dialog)
        return;
    // dialog->keys(): all of them, or after "Retry Failed Keys" those that failed.
    auto *flow = new RevokeKeysFlow(
        m_session, m_accounts, m_dialog->keys(), m_dialog->deleteStoredSecrets(), m_dialog);
    m_dialog->attachFlow(flow);
}

} // namespace Keyport
