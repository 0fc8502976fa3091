// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "domain/AccessKey.h"

namespace Keyport {

class AccountStore;

/// Forget Stored Secret: asks, then deletes the copy of a key's secret that Keyport kept (the
/// key itself stays valid at Exoscale).
class ForgetSecretCommand : public Command
{
    Q_OBJECT

public:
    /// @p place says where the secret is, as the key list says it ("the system keychain").
    ForgetSecretCommand(AccountStore *accounts, const QString &accountName, const AccessKey &key,
        const QString &place, QWidget *parentWidget);

private:
    void doStart() override;
    void forget();

    QPointer<AccountStore> m_accounts;
    QString m_accountName;
    AccessKey m_key;
    QString m_place;
};

} // namespace Keyport
