// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountStore.h"
#include "api/ExoscaleClient.h"
#include "domain/Job.h"
#include "sandbox/Sandbox.h"

#include <QNetworkAccessManager>

#include <memory>

namespace Keyport::Test {

/// A sandbox on a loopback port with the built-in catalog, and a client signed with its root key,
/// with retry and poll intervals in milliseconds so tests run fast.
class SandboxFixture
{
public:
    SandboxFixture();
    ~SandboxFixture();

    Sandbox &sandbox() { return *m_sandbox; }
    ExoscaleClient &client() { return *m_client; }
    QNetworkAccessManager &network() { return m_network; }
    Endpoint endpoint() const;

    /// A client of the same sandbox signed with another key.
    std::unique_ptr<ExoscaleClient> clientFor(const QString &keyId, Secret secret);

    static ClientOptions fastOptions();

    /// An account of this sandbox named @p name, signing with @p keyId (the root key if empty).
    Account account(const QString &name, const QString &keyId = {}) const;
    /// Adds that account to @p store with @p secret (the root secret if empty) and waits;
    /// false when the store refused it.
    bool addAccountTo(AccountStore &store, const QString &name, const QString &keyId = {},
        Secret secret = {}) const;

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<ExoscaleClient> m_client;
};

/// False on timeout.
bool waitForFinished(Job *job, int timeoutMs);

/// Waits for a job's finished() without the event loop running its deferred deletion: the job is
/// taken over and returned, or null when it did not finish in time.
template <typename J> std::unique_ptr<J> finished(J *job, int timeoutMs = 10000)
{
    job->setAutoDelete(false);
    std::unique_ptr<J> owned(job);
    if (!waitForFinished(job, timeoutMs))
        return nullptr;
    return owned;
}

} // namespace Keyport::Test
