// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAccount.h"

#include "api/Endpoint.h"
#include "api/ExoscaleClient.h"
#include "sandbox/Sandbox.h"

namespace Keyport {

DemoAccount::DemoAccount(QObject *parent)
    : QObject(parent)
{ }

DemoAccount::~DemoAccount()
{
    m_client.reset(); // its jobs go before the server they talk to
}

Result<std::unique_ptr<DemoAccount>> DemoAccount::start(
    QNetworkAccessManager *network, QObject *parent)
{
    auto catalog = Sandbox::loadCatalog(Sandbox::builtInCatalogPath());
    if (!catalog)
        return catalog.error();
    std::unique_ptr<DemoAccount> demo(new DemoAccount(parent));
    demo->m_sandbox = std::make_unique<Sandbox>(catalog.value());
    demo->m_sandbox->addDemoKeys();
    // A little latency, so that the demo behaves like a real network.
    demo->m_sandbox->setLatency(std::chrono::milliseconds(120));
    if (!demo->m_sandbox->listen()) {
        return Error(Error::Code::Network,
            tr("The demo's local server cannot start: %1").arg(demo->m_sandbox->errorString()));
    }
    auto endpoint = Endpoint::fromUrl(demo->m_sandbox->endpointUrl());
    if (!endpoint)
        return endpoint.error();
    demo->m_client = std::make_unique<ExoscaleClient>(
        network, endpoint.value(), demo->m_sandbox->rootKeyId(), demo->m_sandbox->rootSecret());
    return demo;
}

} // namespace Keyport
