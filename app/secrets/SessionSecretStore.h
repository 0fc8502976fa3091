// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PendingJobCounter.h"
#include "SecretStore.h"

#include <QString>

#include <unordered_map>

namespace Keyport {

class SessionSecretJob;

/// Secrets kept in memory only, for as long as the store lives: for people who do not want
/// Keyport to remember a secret, and for when the system keychain cannot be used. Its jobs still
/// finish asynchronously, like every SecretStore's. Removing a missing entry succeeds, as with
/// the keychain.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    /// "this session only"
    QString displayName() const override;
    bool isPersistent() const override { return false; }

    SecretJob *read(const QString &entry) override;
    SecretJob *write(const QString &entry, const Secret &secret) override;
    SecretJob *remove(const QString &entry) override;
    /// Always succeeds.
    SecretJob *probe() override;

    int pendingJobs() const override { return m_pending.count(); }

private:
    friend class SessionSecretJob;

    SessionSecretJob *createJob(SecretJob::Kind kind, const QString &entry);
    /// Carries out @p job; a read puts what it found in @p found.
    Error perform(SessionSecretJob &job, Secret &found);

    // Not a QHash: its copy-on-write needs copyable values, and a Secret is move-only.
    /// Masked (Secret::masked), so that memory never holds them in the clear between uses.
    std::unordered_map<QString, Secret> m_secrets;
    QByteArray m_mask = Secret::newMask();
    PendingJobCounter m_pending;
};

} // namespace Keyport
