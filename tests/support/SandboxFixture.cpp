// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"

#include <QTest>

namespace Keyport::Test {

SandboxFixture::SandboxFixture()
{
    auto catalog = Sandbox::loadCatalog(Sandbox::builtInCatalogPath());
    if (!catalog)
        qFatal("built-in catalog: %s", qPrintable(catalog.error().message()));
    m_sandbox = std::make_unique<Sandbox>(catalog.value());
    m_sandbox->setRevokeDelay(std::chrono::milliseconds(50));
    if (!m_sandbox->listen())
        qFatal("sandbox cannot listen: %s", qPrintable(m_sandbox->errorString()));
    m_client = clientFor(m_sandbox->rootKeyId(), m_sandbox->rootSecret());
}

SandboxFixture::~SandboxFixture()
{
    m_client.reset();
    m_sandbox.reset();
}

Endpoint SandboxFixture::endpoint() const
{
    return Endpoint::fromUrl(m_sandbox->endpointUrl()).value();
}

std::unique_ptr<ExoscaleClient> SandboxFixture::clientFor(const QString &keyId, Secret secret)
{
    auto client
        = std::make_unique<ExoscaleClient>(&m_network, endpoint(), keyId, std::move(secret));
    client->setOptions(fastOptions());
    return client;
}

Account SandboxFixture::account(const QString &name, const QString &keyId) const
{
    Account account;
    account.name = name;
    account.apiKey = keyId.isEmpty() ? m_sandbox->rootKeyId() : keyId;
    account.customEndpoint = m_sandbox->endpointUrl();
    return account;
}

bool SandboxFixture::addAccountTo(
    AccountStore &store, const QString &name, const QString &keyId, Secret secret) const
{
    if (secret.isEmpty())
        secret = m_sandbox->rootSecret();
    auto added = finished(store.addAccount(account(name, keyId), secret));
    return added && !added->error();
}

ClientOptions SandboxFixture::fastOptions()
{
    using std::chrono::milliseconds;
    ClientOptions options;
    options.timeout = milliseconds(3000);
    options.retry.initialDelay = milliseconds(10);
    options.retry.maxDelay = milliseconds(40);
    options.retry.maxRetryAfter = milliseconds(5000);
    options.poll.initialInterval = milliseconds(20);
    options.poll.fastPhase = milliseconds(200);
    options.poll.maxInterval = milliseconds(100);
    options.poll.maxWait = milliseconds(10000);
    return options;
}

bool waitForFinished(Job *job, int timeoutMs)
{
    return QTest::qWaitFor([job] { return job->isFinished(); }, timeoutMs);
}

} // namespace Keyport::Test
