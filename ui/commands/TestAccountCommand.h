// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExoscaleClient.h"
#include "Command.h"
#include "domain/Account.h"

#include <optional>

class QNetworkAccessManager;

namespace Keyport {

class AccountStore;

/// Test Account: checks the open account's stored credentials against Exoscale and says what
/// the key is (legacy access key or IAM API key) and what it may do.
class TestAccountCommand : public Command
{
    Q_OBJECT

public:
    TestAccountCommand(QNetworkAccessManager *network, AccountStore *accounts,
        std::optional<ClientOptions> options, const Account &account, QWidget *parentWidget);

private:
    void doStart() override;
    void check(Secret secret);
    void show(const QString &text, bool works);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<AccountStore> m_accounts;
    std::optional<ClientOptions> m_options;
    Account m_account;
};

} // namespace Keyport
