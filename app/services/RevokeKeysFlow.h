// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace Keyport {

class AccountSession;
class AccountStore;
class AsyncOperationJob;
class Job;

/// Revokes one or several access keys of an open account (ARCHITECTURE.md §3, "Revoke"): for
/// each key, DELETE then polling of the Operation until the server has finished, then the key
/// leaves the session's list and, if asked, the secret Keyport stored for it is deleted.
///
/// Keys are revoked one after the other, so that progress is clear and a failure concerns one
/// key only. The key the account signs with goes last: once it is revoked, nothing else can be
/// signed. A key whose revocation is not confirmed stays in the session's list.
class RevokeKeysFlow : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Waiting, ///< Not started yet.
        Revoking, ///< DELETE sent, or the Operation is being polled.
        Revoked, ///< The server finished. Item::error may still tell that a secret was kept.
        AlreadyGone, ///< The server did not know the key (404): nothing left to revoke.
        Failed, ///< Not revoked, or not confirmed; Item::error says why.
    };
    Q_ENUM(State)

    struct Item
    {
        AccessKey key;
        State state = State::Waiting;
        /// Why it failed; for a Revoked key, why its stored secret could not be deleted.
        Error error;
    };

    /// @p keys in the order they are to be revoked; the signing key of @p session is moved to
    /// the end and duplicates are dropped. With @p deleteStoredSecrets, the secrets that
    /// @p accounts holds for the revoked keys are deleted too, never the account's own.
    RevokeKeysFlow(AccountSession *session, AccountStore *accounts, const AccessKeys &keys,
        bool deleteStoredSecrets, QObject *parent = nullptr);
    /// Stops waiting for the server (a DELETE already sent may still take effect).
    ~RevokeKeysFlow() override;

    /// Starts once control returns to the event loop; finished() follows once every key is
    /// done. Calls after the first are ignored.
    void start();

    /// In the order they are revoked (the signing key last).
    const QList<Item> &items() const { return m_items; }
    /// The position of @p keyId in items(), or -1.
    int indexOf(const QString &keyId) const;
    /// The id of the key the account signs with.
    QString signingKeyId() const { return m_signingKeyId; }
    bool deletesStoredSecrets() const { return m_deleteStoredSecrets; }

    /// Between start() and finished().
    bool isRunning() const { return m_running; }
    /// After finished().
    bool isFinished() const { return m_finished; }
    /// Items in State::Failed.
    int failedCount() const;
    /// Items that ended with an error, Failed or not (a Revoked key whose secret was kept).
    int problemCount() const;

Q_SIGNALS:
    /// The state or the error of items()[index] changed.
    void itemChanged(int index);
    /// Every key is done; emitted once.
    void finished();

private:
    void next();
    void onRevokeFinished(int index, AsyncOperationJob *job);
    /// Follows @p job: @p onFinished after finished(), @p onLost if it dies without finishing.
    void watch(
        Job *job, const std::function<void()> &onFinished, const std::function<void()> &onLost);
    void settle(int index, State state, const Error &error = {});
    void forgetSecret(int index);
    void setState(int index, State state, const Error &error);
    void finish();

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    QString m_accountName;
    QString m_signingKeyId;
    bool m_deleteStoredSecrets;
    QList<Item> m_items;
    int m_current = -1;
    QPointer<Job> m_job;
    const Job *m_watched = nullptr; ///< never dereferenced: compared in the destroyed() handler
    bool m_started = false;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace Keyport
