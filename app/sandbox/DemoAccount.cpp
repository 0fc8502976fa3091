// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoAccount.h"

#include "Sandbox.h"

namespace Keyport {

DemoAccount::DemoAccount(QObject *parent)
    : QObject(parent)
{ }

DemoAccount::~DemoAccount() = default;

Account DemoAccount::account() const
{
    Account account;
    account.name = tr("Demo");
    account.apiKey = m_sandbox->rootKeyId();
    account.customEndpoint = m_sandbox->endpointUrl();
    account.origin = Account::Origin::Demo;
    return account;
}

Account DemoAccount::iamAccount() const
{
    Account account = this->account();
    account.name = tr("Demo (IAM v3)");
    account.apiKey = m_sandbox->adminApiKeyId();
    return account;
}

Result<std::unique_ptr<DemoAccount>> DemoAccount::start(QObject *parent)
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
    return demo;
}

} // namespace Keyport
