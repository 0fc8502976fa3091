// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

namespace Keyport {

class AccountStore;

/// Import from exo CLI: runs ImportAccountsFlow (its dialog, the secrets, the additions). Ends
/// when the flow's dialog closes; accountImported() names each account added.
class ImportAccountsCommand : public Command
{
    Q_OBJECT

public:
    /// @p path: the configuration to read; empty to look where the exo CLI does.
    ImportAccountsCommand(AccountStore *accounts, const QString &path, QWidget *parentWidget);

Q_SIGNALS:
    void accountImported(const QString &name);

private:
    void doStart() override;

    QPointer<AccountStore> m_accounts;
    QString m_path;
};

} // namespace Keyport
