// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/AccessKey.h"

namespace Keyport {

class AccountStore;
class SecretClipboard;

/// Copy Stored Secret: reads the key's secret from the store that holds it and hands it to the
/// clipboard helper, which clears the clipboard after its timeout.
class CopySecretCommand : public Command
{
    Q_OBJECT

public:
    CopySecretCommand(AccountStore *accounts, const QString &accountName, const AccessKey &key,
        SecretClipboard *clipboard, QWidget *parentWidget);

private:
    void doStart() override;

    QPointer<AccountStore> m_accounts;
    QString m_accountName;
    AccessKey m_key;
    QPointer<SecretClipboard> m_clipboard;
};

} // namespace Keyport
