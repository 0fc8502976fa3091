// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace Keyport {

class ExoscaleClient;
class Sandbox;

/// The demo account of `keyport --demo`: an in-process sandbox with a dozen realistic keys on a
/// loopback port, and a client signed with its root key. Nothing of it is ever saved.
class DemoAccount : public QObject
{
    Q_OBJECT

public:
    ~DemoAccount() override;

    static Result<std::unique_ptr<DemoAccount>> start(
        QNetworkAccessManager *network, QObject *parent = nullptr);

    Sandbox *sandbox() const { return m_sandbox.get(); }
    ExoscaleClient *client() const { return m_client.get(); }

private:
    DemoAccount(QObject *parent);

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<ExoscaleClient> m_client;
};

} // namespace Keyport
