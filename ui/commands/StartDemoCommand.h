// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <memory>

namespace Keyport {

class AccountStore;
class DemoAccount;

/// Try the Demo: starts the simulated server and adds its account for this session (nothing
/// saved). On success demoStarted() hands the running demo to whoever keeps it alive.
class StartDemoCommand : public Command
{
    Q_OBJECT

public:
    StartDemoCommand(AccountStore *accounts, QWidget *parentWidget);
    ~StartDemoCommand() override;

    /// The running demo, once demoStarted() was emitted; the caller owns it from then on.
    std::unique_ptr<DemoAccount> takeDemo();

Q_SIGNALS:
    /// The demo account was added under @p name; take the demo with takeDemo() now.
    void demoStarted(const QString &name);

private:
    void doStart() override;

    QPointer<AccountStore> m_accounts;
    std::unique_ptr<DemoAccount> m_demo;
};

} // namespace Keyport
