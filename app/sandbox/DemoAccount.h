// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Result.h"

#include <QObject>

#include <memory>

namespace Keyport {

class Sandbox;

/// The demo account of `keyport --demo`: an in-process sandbox with a dozen realistic keys on a
/// loopback port (and IAM v3 roles, API keys and users), and two accounts: one signing with its
/// root key, one with an IAM v3 API key. Nothing of it is ever saved.
class DemoAccount : public QObject
{
    Q_OBJECT

public:
    ~DemoAccount() override;

    static Result<std::unique_ptr<DemoAccount>> start(QObject *parent = nullptr);

    Sandbox *sandbox() const { return m_sandbox.get(); }
    /// The account to open: named "Demo", signing with the sandbox's root key (a legacy key).
    Account account() const;
    /// The same organisation through an IAM v3 API key on an allow-all role: "Demo (IAM v3)".
    Account iamAccount() const;

private:
    explicit DemoAccount(QObject *parent);

    std::unique_ptr<Sandbox> m_sandbox;
};

} // namespace Keyport
