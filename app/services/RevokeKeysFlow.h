// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Error.h"
#include "domain/Job.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>

namespace Keyport {

class AccountSession;
class AccountStore;
class AsyncOperationJob;
class ExoscaleClient;

/// Revokes one or several access keys of an open account (ARCHITECTURE.md §3, "Revoke"): for
/// each key, DELETE then polling of the Operation until the server has finished, then the key
/// leaves the session's list and, if asked, the secret Keyport stored for it is deleted.
///
/// A few keys are revoked at a time (maxParallel), started in the order of items(); a failure
/// concerns one key only. The key the account signs with goes last and alone: it starts once
/// every other key is done, since once it is revoked nothing else can be signed. A key whose
/// revocation is not confirmed stays in the session's list.
///
/// When the outcome of a DELETE is not known (no answer, an unreadable answer, polling that
/// failed or was stopped after the server accepted it), the key is looked for in the key list:
/// absent means revoked, present means not revoked (or, if the server had accepted the DELETE,
/// not finished yet). A revocation takes a moment to show in the list, so a key still listed is
/// looked for again on the poll schedule for up to the poll policy's fast phase. cancel() stops
/// waiting at any time.
///
/// A Job: it starts once control returns to the event loop and emits finished() exactly once,
/// when every key is done; error() is Cancelled after cancel(), none otherwise (items() tell
/// key by key). It deletes itself after finished() unless setAutoDelete(false): an owner that
/// reads items() later (to retry the failed keys) turns that off.
///
/// What is specific to legacy access keys (the request, the list, the session's list) is in
/// protected virtual functions: DeleteApiKeysFlow deletes IAM v3 API keys the same way.
class RevokeKeysFlow : public Job
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

    /// At most this many keys are revoked at the same time.
    static constexpr int maxParallel = 4;

    /// The flow starts on its own once control returns to the event loop; calling start() first
    /// only starts it then. Calls after the first are ignored.
    void start() override;
    // cancel() (Job): stops waiting: the requests in flight are aborted, keys not started yet
    // are Skipped, and a key whose DELETE may have been sent is looked for in the key list.
    // Calling it again while such checks run stops them too (those keys are then Unknown).
    // finished() follows, always asynchronously.

    /// In the order they are revoked (the signing key last).
    const QList<Item> &items() const { return m_items; }
    /// The position of @p keyId in items(), or -1.
    int indexOf(const QString &keyId) const;
    /// The id of the key the account signs with.
    QString signingKeyId() const { return m_signingKeyId; }
    bool deletesStoredSecrets() const { return m_deleteStoredSecrets; }

    /// Between start() and finished().
    bool isRunning() const { return m_running; }
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

protected:
    void cancelRequested() override;

    /// Sends the revocation of @p keyId (DELETE, followed to its end).
    virtual AsyncOperationJob *sendRevocation(ExoscaleClient *client, const QString &keyId);
    /// Lists the keys, to find out whether a key whose revocation was not confirmed is gone.
    virtual Job *listKeys(ExoscaleClient *client);
    /// Whether @p keyId is in the list that @p list (made by listKeys()) read.
    virtual bool isListed(Job *list, const QString &keyId) const;
    /// @p keyId is gone: it leaves the session's list.
    virtual void removeFromSession(const QString &keyId);
    /// The revocation succeeded because the key was already gone.
    virtual bool wasAlreadyGone(AsyncOperationJob *job) const;
    AccountSession *session() const;

    /// What the flow says of a key that did not go as planned: revocation words here, deletion
    /// words in DeleteApiKeysFlow. AcceptedNotFollowed, AcceptedNotFinished and StillListed keep
    /// a %1 for the reason given first.
    enum class Phrase {
        Interrupted, ///< the request went away without an answer
        StoppedBeforeTurn,
        CannotSignYet,
        StoppedBeforeConfirmed,
        AcceptedNotFollowed,
        AcceptedNotFinished,
        StillListed, ///< the request failed and the key is still listed
    };
    virtual QString phrase(Phrase which) const;

private:
    Error interrupted() const;
    /// The work on one key in progress: its request, or the check of its outcome.
    struct Task
    {
        QPointer<Job> job;
        const Job *watched = nullptr; ///< never dereferenced: compared in destroyed()
        bool forgetting = false; ///< job deletes a stored secret
        bool checking = false;
        /// The check: why, whether the server had accepted the DELETE, since when.
        Error checkReason;
        bool checkAccepted = false;
        QElapsedTimer checkTime;
        std::unique_ptr<QTimer> checkTimer;
    };

    /// Queues startNext() once.
    void schedule();
    /// Starts the next keys while there is room, or finishes once every key is done.
    void startNext();
    void startItem(int index);
    void onRevokeFinished(int index, AsyncOperationJob *job);
    /// The outcome of items()[index] is not known: look for it in the key list.
    void startCheck(int index, const Error &reason, bool accepted);
    void readList(int index);
    void onListFinished(int index, Job *job);
    void endCheck(int index, State state, const Error &error);
    /// Follows @p job for items()[index]: @p onFinished after finished(), @p onLost if it dies
    /// without finishing.
    void watch(int index, Job *job, const std::function<void()> &onFinished,
        const std::function<void()> &onLost);
    void unwatch(Task &task);
    /// items()[index] is done: it leaves the running tasks.
    void settle(int index, State state, const Error &error = {});
    void forgetSecret(int index);
    /// The task of items()[index] ends; the next keys may start.
    void release(int index);
    void setState(int index, State state, const Error &error);
    void finish();
    Task *task(int index);

    QPointer<AccountSession> m_session;
    QPointer<AccountStore> m_accounts;
    QString m_accountName;
    QString m_signingKeyId;
    bool m_deleteStoredSecrets;
    QList<Item> m_items;
    /// The next item to start.
    int m_next = 0;
    /// The keys being worked on, by index in items().
    std::map<int, std::unique_ptr<Task>> m_tasks;
    bool m_scheduled = false; ///< schedule() is queued
    bool m_started = false;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace Keyport
