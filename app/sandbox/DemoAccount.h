// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Result.h"

#include <QObject>

#include <memory>

namespace Keyport {

class Sandbox;

/// The demo account of `keyport --demo`: an in-process sandbox with a dozen realistic keys on a
/// loopback port, and the account that signs with its root key. Nothing of it is ever saved.
class DemoAccount : public QObject
{
    Q_OBJECT

public:
    ~DemoAccount() override;

    static Result<std::unique_ptr<DemoAccount>> start(QObject *parent = nullptr);

    Sandbox *sandbox() const { return m_sandbox.get(); }
    /// The account to open: named "Demo", signing with the sandbox's root key.
    Account account() const;

private:
    explicit DemoAccount(QObject *parent);

    std::unique_ptr<Sandbox> m_sandbox;
};

} // namespace Keyport
