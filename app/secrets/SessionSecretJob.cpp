// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionSecretJob.h"

#include "SessionSecretStore.h"

namespace Keyport {

SessionSecretJob::SessionSecretJob(Kind kind, QString entry, SessionSecretStore *store)
    : SecretJob(kind, std::move(entry), store)
    , m_store(store)
{ }

SessionSecretJob::~SessionSecretJob() = default;

void SessionSecretJob::start()
{
    Secret secret;
    // The store is this job's parent, so it is always there; but never claim success without it.
    const Error error = m_store
        ? m_store->perform(*this, secret)
        : Error(Error::Code::Keychain, tr("The session's secrets are gone."));
    setSecret(std::move(secret));
    emitResult(error);
}

} // namespace Keyport
