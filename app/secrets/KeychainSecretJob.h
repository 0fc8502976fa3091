// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SecretJob.h"

#include <QElapsedTimer>
#include <QPointer>

namespace Keyport {

class KeychainSecretStore;

/// One request to a KeychainSecretStore. It waits in the store's queue until every earlier
/// request has finished, then the store runs it through QtKeychain. Cancelling it stops Keyport
/// from listening; a QtKeychain job already running still completes on its own.
class KeychainSecretJob : public SecretJob
{
    Q_OBJECT

public:
    ~KeychainSecretJob() override;

    /// A probe (KeychainSecretStore::probe()) reads a fixed entry and keeps nothing it finds.
    bool isProbe() const { return m_probe; }

protected:
    void start() override;

private:
    friend class KeychainSecretStore;

    KeychainSecretJob(Kind kind, QString entry, KeychainSecretStore *store);

    /// Ends the job; @p secret is what a read found.
    void finishWith(const Error &error, Secret secret = {});

    QPointer<KeychainSecretStore> m_store;
    Secret m_payload; ///< What a write stores, until it is handed to QtKeychain.
    bool m_probe = false;
    QElapsedTimer m_clock; ///< Since the job entered the queue, for the log.
};

} // namespace Keyport
