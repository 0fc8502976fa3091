// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteApiKeysCommand.h"

#include "accounts/AccountStore.h"
#include "dialogs/DeleteApiKeysDialog.h"
#include "services/AccountSession.h"
#include "services/DeleteApiKeysFlow.h"
#include "services/IamSession.h"

namespace Keyport {

DeleteApiKeysCommand::DeleteApiKeysCommand(AccountSession *session, AccountStore *accounts,
    const QList<ApiKey> &keys, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
    , m_accounts(accounts)
    , m_keys(keys)
{ }

DeleteApiKeysCommand::~DeleteApiKeysCommand() = default;

DeleteApiKeysDialog *DeleteApiKeysCommand::dialog() const
{
    return m_dialog;
}

void DeleteApiKeysCommand::doStart()
{
    if (m_keys.isEmpty() || !m_session || !m_session->client() || !m_accounts) {
        cancel();
        return;
    }
    QHash<QString, QString> roleNames;
    if (IamSession *iam = m_session->iam()) {
        for (const ApiKey &key : std::as_const(m_keys))
            roleNames.insert(key.roleId, iam->roleName(key.roleId));
    }
    const QSet<QString> stored = m_accounts->storedKeySecrets(m_session->account().name);
    m_dialog
        = new DeleteApiKeysDialog(m_session->account(), m_keys, roleNames, stored, parentWidget());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &RevokeDialog::revokeRequested, this, &DeleteApiKeysCommand::deleteKeys);
    connect(m_dialog, &QObject::destroyed, this, &DeleteApiKeysCommand::done);
    m_dialog->open();
}

void DeleteApiKeysCommand::deleteKeys()
{
    if (!m_session || !m_dialog)
        return;
    // dialog->apiKeys(): all of them, or after "Retry Failed Keys" those that failed.
    auto *flow = new DeleteApiKeysFlow(
        m_session, m_accounts, m_dialog->apiKeys(), m_dialog->deleteStoredSecrets(), m_dialog);
    m_dialog->attachFlow(flow);
}

} // namespace Keyport
