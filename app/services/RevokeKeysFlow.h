// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Error.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace Keyport {

class AccessKeyListJob;
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
///
/// When the outcome of a DELETE is not known (no answer, an unreadable answer, polling that
/// failed or was stopped after the server accepted it), the key is looked for in the key list:
/// absent means revoked, present means not revoked (or, if the server had accepted the DELETE,
/// not finished yet). A revocation takes a moment to show in the list, so a key still listed is
/// looked for again on the poll schedule for up to the poll policy's fast phase. cancel() stops
/// waiting at any time.
class RevokeKeysFlow : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Waiting, ///< Not started yet.
        Revoking, ///< DELETE sent, or the Operation is being polled.
        Checking, ///< The outcome is not known: the key is being looked for in the key list.
        Revoked, ///< The server finished. Item::error may still tell that a secret was kept.
        AlreadyGone, ///< The server did not know the key (404): nothing left to revoke.
        Failed, ///< Not revoked; Item::error says why.
        Skipped, ///< Not revoked: the flow was cancelled before this key's turn.
        Unknown, ///< Sent, but whether it was revoked could not be found out; Item::error says why.
    };
    Q_ENUM(State)

    struct Item
    {
        AccessKey key;
        State state = State::Waiting;
        /// Why it failed or is unknown; for a Revoked key, why its stored secret was kept.
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
    /// Stops waiting: the request in flight is aborted, keys not started yet are Skipped, and a
    /// key whose DELETE may have been sent is looked for in the key list. Calling it again while
    /// that check runs stops the check too (the key is then Unknown). finished() follows,
    /// always asynchronously. Does nothing before start() or after finished().
    void cancel();

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
    /// Whether cancel() was called while it ran.
    bool wasCancelled() const { return m_cancelled; }
    /// Items not revoked: Failed or Skipped.
    int failedCount() const;
    /// Items whose outcome is not known: Unknown.
    int unknownCount() const;
    /// Items revoked or already gone.
    int revokedCount() const;
    /// Items that ended with an error, or not revoked (a Revoked key whose secret was kept too).
    int problemCount() const;

Q_SIGNALS:
    /// The state or the error of items()[index] changed.
    void itemChanged(int index);
    /// Every key is done; emitted once.
    void finished();

private:
    void next();
    void onRevokeFinished(int index, AsyncOperationJob *job);
    /// The outcome of items()[index] is not known: look for it in the key list.
    void startCheck(int index, const Error &reason, bool accepted);
    void readList();
    void onListFinished(AccessKeyListJob *job);
    void endCheck(State state, const Error &error);
    /// Follows @p job: @p onFinished after finished(), @p onLost if it dies without finishing.
    void watch(
        Job *job, const std::function<void()> &onFinished, const std::function<void()> &onLost);
    void unwatch();
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
    bool m_forgetting = false; ///< m_job deletes a stored secret
    /// The check of the current key: why, whether the server had accepted the DELETE, since when.
    int m_checkIndex = -1;
    Error m_checkReason;
    bool m_checkAccepted = false;
    QElapsedTimer m_checkTime;
    QTimer m_checkTimer;
    bool m_started = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Keyport
