// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportAccountsCommand.h"

#include "accounts/AccountStore.h"
#include "dialogs/ImportAccountsFlow.h"

namespace Keyport {

ImportAccountsCommand::ImportAccountsCommand(
    AccountStore *accounts, const QString &path, QWidget *parentWidget)
    : Command(parentWidget)
    , m_accounts(accounts)
    , m_path(path)
{ }

void ImportAccountsCommand::doStart()
{
    if (!m_accounts) {
        cancel();
        return;
    }
    // The flow deletes itself when its dialog closes (or when nothing could be read).
    auto *flow = new ImportAccountsFlow(m_accounts, parentWidget());
    connect(
        flow, &ImportAccountsFlow::accountImported, this, &ImportAccountsCommand::accountImported);
    connect(flow, &QObject::destroyed, this, &ImportAccountsCommand::done);
    flow->start(m_path);
}

} // namespace Keyport
