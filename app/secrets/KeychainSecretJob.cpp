// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretJob.h"

#include "KeychainError.h"
#include "KeychainSecretStore.h"

namespace Keyport {

using namespace Qt::StringLiterals;

KeychainSecretJob::KeychainSecretJob(Kind kind, QString entry, KeychainSecretStore *store)
    : SecretJob(kind, std::move(entry), store)
    , m_store(store)
{ }

KeychainSecretJob::~KeychainSecretJob() = default;

void KeychainSecretJob::start()
{
    m_clock.start();
    if (m_store)
        m_store->enqueue(this);
    else
        emitResult(KeychainError::unavailable(u"the keychain store is gone"_s));
}

void KeychainSecretJob::finishWith(const Error &error, Secret secret)
{
    m_payload.wipe();
    setSecret(std::move(secret));
    emitResult(error);
}

} // namespace Keyport
