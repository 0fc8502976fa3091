// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PendingJobCounter.h"
#include "SecretStore.h"

#include <QPointer>
#include <QQueue>
#include <QTimer>

#include <chrono>

namespace Keyport {

class KeychainSecretJob;

/// The system keychain, through QtKeychain: the Secret Service (GNOME Keyring, KWallet) on
/// Linux. Entries are stored under the service name given at construction, one per entry name.
///
/// Requests run one at a time, in the order they were made, on the GUI thread. QtKeychain's
/// insecure fallback is off: when no keychain can be used, jobs fail with KeychainUnavailable
/// and the caller may switch to a SessionSecretStore. Removing an entry that does not exist
/// succeeds: the goal is reached.
///
/// QtKeychain jobs are never deleted by Keyport; they delete themselves once they have
/// finished. A request that was cancelled, that timed out, or whose store died only stops
/// listening, so no QtKeychain callback ever reaches freed memory.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    explicit KeychainSecretStore(QString serviceName, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    /// "Keyport"
    static QString defaultServiceName();
    /// "keyport/.probe": the entry probe() writes and removes right after.
    static QString probeEntry();
    /// How long a request may wait for QtKeychain before it fails: 60 s, long enough for a
    /// person to type the password of a locked keyring.
    static std::chrono::milliseconds defaultTimeout();

    QString serviceName() const { return m_serviceName; }

    /// A QtKeychain job that has not answered after @p timeout (zero: never give up) fails with
    /// KeychainUnavailable, and so does every request made until it answers after all: QtKeychain
    /// runs its jobs one at a time, so nothing else could get through before it.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    QString displayName() const override;
    bool isPersistent() const override { return true; }

    SecretJob *read(const QString &entry) override;
    SecretJob *write(const QString &entry, const Secret &secret) override;
    SecretJob *remove(const QString &entry) override;
    /// Writes probeEntry(), then removes it: a locked keychain refuses the write, while it would
    /// answer a read with "not found" as if all were well.
    SecretJob *probe() override;

    int pendingJobs() const override { return m_pending.count(); }

private:
    friend class KeychainSecretJob;

    KeychainSecretJob *createJob(SecretJob::Kind kind, const QString &entry);
    /// Called by a job when it starts: it runs once every job queued before it has finished.
    void enqueue(KeychainSecretJob *job);
    void startNext();
    void startBackendJob(KeychainSecretJob *job);
    void backendFinished(const QPointer<KeychainSecretJob> &job, int qtKeychainError,
        const QString &errorString, const QByteArray &data);
    void backendTimedOut();

    QString m_serviceName;
    std::chrono::milliseconds m_timeout;
    QQueue<QPointer<KeychainSecretJob>> m_queue;
    /// The job whose QtKeychain job runs.
    QPointer<KeychainSecretJob> m_running;
    /// A QtKeychain job of this store is running (perhaps for a job that has already ended).
    bool m_backendBusy = false;
    /// ... and it has not answered in time.
    bool m_backendStalled = false;
    QTimer m_deadline;
    PendingJobCounter m_pending;
};

} // namespace Keyport
