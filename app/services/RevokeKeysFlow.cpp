// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevokeKeysFlow.h"

#include "accounts/AccountStore.h"
#include "api/AccessKeyListJob.h"
#include "api/AsyncOperationJob.h"
#include "api/ExoscaleClient.h"
#include "api/Logging.h"
#include "services/AccountSession.h"

#include <QMetaEnum>
#include <QMetaObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace Keyport {

namespace {

/// Keeps the code, status and server text of @p error with another message.
Error reworded(const Error &error, const QString &message)
{
    Error result(error.code(), message, error.detail(), error.httpStatus());
    result.setServerMessage(error.serverMessage());
    return result;
}

} // namespace

RevokeKeysFlow::RevokeKeysFlow(AccountSession *session, AccountStore *accounts,
    const AccessKeys &keys, bool deleteStoredSecrets, QObject *parent)
    : Job(parent)
    , m_session(session)
    , m_accounts(accounts)
    , m_accountName(session ? session->account().name : QString())
    , m_signingKeyId(session ? session->account().apiKey : QString())
    , m_deleteStoredSecrets(deleteStoredSecrets)
{
    QSet<QString> seen;
    std::optional<AccessKey> signingKey;
    for (const AccessKey &key : keys) {
        if (seen.contains(key.key))
            continue;
        seen.insert(key.key);
        // The signing key goes last: every other DELETE still needs its signature.
        if (!m_signingKeyId.isEmpty() && key.key == m_signingKeyId)
            signingKey = key;
        else
            m_items.append(Item{key, State::Waiting, {}});
    }
    if (signingKey)
        m_items.append(Item{*signingKey, State::Waiting, {}});
}

RevokeKeysFlow::~RevokeKeysFlow()
{
    for (auto &[index, current] : m_tasks) {
        Q_UNUSED(index)
        if (!current->job)
            continue;
        current->job->disconnect(this);
        // Requests may stop; a secret deletion is left to finish, or the store's list of held
        // secrets would no longer match the keychain.
        if (!current->forgetting)
            current->job->cancel();
    }
}

void RevokeKeysFlow::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    m_running = true;
    // Asynchronous even with nothing to do, like every job: the caller connects first.
    schedule();
}

void RevokeKeysFlow::cancelRequested()
{
    if (!m_running) {
        // Not started yet: every key is skipped, and finished() follows.
        m_cancelled = true;
        start();
        return;
    }
    const bool again = m_cancelled;
    m_cancelled = true;
    qCInfo(lcApi).noquote() << (again ? "revocation: checking stopped" : "revocation stopped");
    QList<int> running;
    for (const auto &entry : m_tasks)
        running.append(entry.first);
    for (const int index : std::as_const(running)) {
        Task *current = task(index);
        if (!current)
            continue;
        if (current->checking) {
            // Stop checking: what was not found out stays unknown.
            current->checkTimer->stop();
            if (Job *job = current->job) {
                unwatch(*current);
                job->cancel();
            }
            endCheck(index, State::Unknown,
                reworded(current->checkReason,
                    tr("%1 Keyport stopped before it could check whether the key is gone. "
                       "Refresh the key list to see.")
                        .arg(current->checkReason.message())));
            continue;
        }
        if (!current->job)
            continue;
        if (current->forgetting) {
            // The keychain may be waiting for an unlock prompt: stop waiting, let it finish alone.
            unwatch(*current);
            release(index);
            continue;
        }
        // Aborts the request in flight; onRevokeFinished() follows at once, with Cancelled, and
        // looks for the key in the key list.
        current->job->cancel();
    }
    // The keys not started yet are skipped there.
    schedule();
}

int RevokeKeysFlow::indexOf(const QString &keyId) const
{
    for (int index = 0; index < m_items.size(); ++index) {
        if (m_items.at(index).key.key == keyId)
            return index;
    }
    return -1;
}

int RevokeKeysFlow::failedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) {
        return item.state == State::Failed || item.state == State::Skipped;
    }));
}

int RevokeKeysFlow::unknownCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const Item &item) { return item.state == State::Unknown; }));
}

int RevokeKeysFlow::revokedCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) {
        return item.state == State::Revoked || item.state == State::AlreadyGone;
    }));
}

int RevokeKeysFlow::problemCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Item &item) {
        return item.state == State::Failed || item.state == State::Skipped
            || item.state == State::Unknown || item.error.isError();
    }));
}

RevokeKeysFlow::Task *RevokeKeysFlow::task(int index)
{
    const auto it = m_tasks.find(index);
    return it == m_tasks.end() ? nullptr : it->second.get();
}

void RevokeKeysFlow::schedule()
{
    if (m_scheduled || isFinished())
        return;
    m_scheduled = true;
    // Queued: a key that just ended reports first, and finished() is never emitted from inside
    // start() or cancel().
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            startNext();
        },
        Qt::QueuedConnection);
}

void RevokeKeysFlow::startNext()
{
    if (isFinished())
        return;
    const int count = int(m_items.size());
    if (m_cancelled) {
        for (; m_next < count; ++m_next) {
            setState(m_next, State::Skipped,
                Error(Error::Code::Cancelled, phrase(Phrase::StoppedBeforeTurn),
                    QStringLiteral("revocation stopped before its turn")));
        }
    }
    while (m_next < count && int(m_tasks.size()) < maxParallel) {
        const int index = m_next;
        const bool signingKey = m_items.at(index).key.key == m_signingKeyId;
        // The signing key waits until every other key is done: they are signed with it.
        if (signingKey && !m_tasks.empty())
            break;
        ++m_next;
        startItem(index);
        if (signingKey)
            break; // alone
    }
    if (m_tasks.empty() && m_next >= count)
        finish();
}

void RevokeKeysFlow::startItem(int index)
{
    ExoscaleClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        m_tasks.emplace(index, std::make_unique<Task>());
        settle(
            index, State::Failed, Error(Error::Code::InvalidInput, phrase(Phrase::CannotSignYet)));
        return;
    }
    m_tasks.emplace(index, std::make_unique<Task>());
    AsyncOperationJob *job = sendRevocation(client, m_items.at(index).key.key);
    watch(
        index, job, [this, index, job] { onRevokeFinished(index, job); },
        [this, index] { settle(index, State::Unknown, interrupted()); });
    setState(index, State::Revoking, {});
}

void RevokeKeysFlow::watch(int index, Job *job, const std::function<void()> &onFinished,
    const std::function<void()> &onLost)
{
    Task *current = task(index);
    if (!current)
        return;
    current->job = job;
    current->watched = job;
    connect(job, &Job::finished, this, [this, index, onFinished] {
        if (Task *watching = task(index)) {
            watching->job = nullptr;
            watching->watched = nullptr;
            watching->forgetting = false;
        }
        onFinished();
    });
    // A job dies without finishing when its owner goes (the session's client, the store).
    connect(job, &QObject::destroyed, this, [this, index, job, onLost] {
        Task *watching = task(index);
        if (!watching || watching->watched != job)
            return;
        watching->job = nullptr;
        watching->watched = nullptr;
        watching->forgetting = false;
        onLost();
    });
}

void RevokeKeysFlow::unwatch(Task &current)
{
    if (current.job)
        current.job->disconnect(this);
    current.job = nullptr;
    current.watched = nullptr;
    current.forgetting = false;
}

void RevokeKeysFlow::onRevokeFinished(int index, AsyncOperationJob *job)
{
    const Item &item = m_items.at(index);
    const Error error = job->error();
    // An Operation id means the DELETE was accepted: what failed afterwards was the polling.
    const bool accepted = !job->operation().id.isEmpty();
    const bool isSigningKey = item.key.key == m_signingKeyId;

    if (!error) {
        settle(index, wasAlreadyGone(job) ? State::AlreadyGone : State::Revoked);
        return;
    }
    if (error.code() == Error::Code::NotFound && !accepted) {
        // Revoked earlier (elsewhere, or by a lost answer to a DELETE that was retried).
        settle(index, State::AlreadyGone);
        return;
    }
    if (error.code() == Error::Code::AccessDenied && accepted && isSigningKey) {
        // The polls are signed with the key being revoked: once the server has finished, it
        // refuses them. That refusal is the confirmation.
        qCInfo(lcApi).noquote() << "polling the revocation of the signing key" << item.key.key
                                << "was refused: taken as revoked";
        settle(index, State::Revoked);
        return;
    }
    if (error.code() == Error::Code::OperationFailed
        && job->operation().state == Operation::State::Failure) {
        // The server said it did not revoke the key.
        settle(index, State::Failed, error);
        return;
    }
    // Whether the server revoked the key is not known when it accepted the DELETE, or when the
    // DELETE may have reached it without a readable answer coming back.
    const bool unanswered = error.isCancelled() || error.code() == Error::Code::Timeout
        || error.code() == Error::Code::Network || error.code() == Error::Code::MalformedResponse;
    if (!accepted && !unanswered) {
        // Refused (4xx, 5xx): not revoked.
        settle(index, State::Failed, error);
        return;
    }
    Error reason = error;
    if (error.isCancelled()) {
        reason = m_cancelled ? Error(Error::Code::Cancelled, phrase(Phrase::StoppedBeforeConfirmed),
                     QStringLiteral("revocation stopped by the user"))
                             : interrupted();
    } else if (accepted && error.code() != Error::Code::OperationFailed
        && error.code() != Error::Code::Timeout) {
        // The messages of OperationFailed and Timeout already speak of the operation; a poll's
        // network or server error would read as if nothing had been sent.
        reason = reworded(error, phrase(Phrase::AcceptedNotFollowed).arg(error.message()));
    }
    startCheck(index, reason, accepted);
}

Error RevokeKeysFlow::interrupted() const
{
    return Error(Error::Code::Cancelled, phrase(Phrase::Interrupted),
        QStringLiteral("revocation interrupted"));
}

QString RevokeKeysFlow::phrase(Phrase which) const
{
    switch (which) {
    case Phrase::Interrupted:
        return tr("Keyport stopped waiting before Exoscale confirmed the revocation.");
    case Phrase::StoppedBeforeTurn:
        return tr("The revocation was stopped before this key's turn; nothing was sent.");
    case Phrase::CannotSignYet:
        return tr("Keyport cannot sign requests for this account yet, so the key was not revoked. "
                  "Try again once the key list has loaded.");
    case Phrase::StoppedBeforeConfirmed:
        return tr("You stopped the revocation before Exoscale confirmed it.");
    case Phrase::AcceptedNotFollowed:
        return tr(
            "Exoscale accepted the revocation, but Keyport could not follow it to the end: %1");
    case Phrase::AcceptedNotFinished:
        return tr(
            "%1 Exoscale accepted the revocation but has not finished it: the key is still in "
            "the key list. Refresh the list later to see whether it is gone.");
    case Phrase::StillListed:
        return tr("%1 The key is still in the key list: Exoscale did not revoke it.");
    }
    return {};
}

AccountSession *RevokeKeysFlow::session() const
{
    return m_session;
}

AsyncOperationJob *RevokeKeysFlow::sendRevocation(ExoscaleClient *client, const QString &keyId)
{
    return client->revokeAccessKey(keyId);
}

Job *RevokeKeysFlow::listKeys(ExoscaleClient *client)
{
    return client->listAccessKeys();
}

bool RevokeKeysFlow::isListed(Job *list, const QString &keyId) const
{
    const AccessKeys &keys = static_cast<AccessKeyListJob *>(list)->keys();
    return std::any_of(
        keys.cbegin(), keys.cend(), [&keyId](const AccessKey &key) { return key.key == keyId; });
}

void RevokeKeysFlow::removeFromSession(const QString &keyId)
{
    if (m_session)
        m_session->removeKey(keyId);
}

bool RevokeKeysFlow::wasAlreadyGone(AsyncOperationJob *job) const
{
    Q_UNUSED(job)
    // A legacy key already gone answers 404 (NotFound), an error: see onRevokeFinished().
    return false;
}

void RevokeKeysFlow::startCheck(int index, const Error &reason, bool accepted)
{
    Task *current = task(index);
    if (!current)
        return;
    qCInfo(lcApi).noquote() << "revocation of" << m_items.at(index).key.key
                            << "not confirmed, looking for it in the key list:" << reason.detail();
    current->checking = true;
    current->checkReason = reason;
    current->checkAccepted = accepted;
    current->checkTime.start();
    if (!current->checkTimer) {
        current->checkTimer = std::make_unique<QTimer>();
        current->checkTimer->setSingleShot(true);
        connect(
            current->checkTimer.get(), &QTimer::timeout, this, [this, index] { readList(index); });
    }
    setState(index, State::Checking, reason);
    readList(index);
}

void RevokeKeysFlow::readList(int index)
{
    Task *current = task(index);
    if (!current)
        return;
    ExoscaleClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        endCheck(index, State::Unknown,
            reworded(current->checkReason,
                tr("%1 Keyport can no longer read the key list of this account to check whether "
                   "the key is gone.")
                    .arg(current->checkReason.message())));
        return;
    }
    Job *job = listKeys(client);
    watch(
        index, job, [this, index, job] { onListFinished(index, job); },
        [this, index] {
            Task *lost = task(index);
            if (!lost)
                return;
            endCheck(index, State::Unknown,
                reworded(lost->checkReason,
                    tr("%1 Keyport can no longer read the key list of this account to check "
                       "whether the key is gone.")
                        .arg(lost->checkReason.message())));
        });
}

void RevokeKeysFlow::onListFinished(int index, Job *job)
{
    Task *current = task(index);
    if (!current)
        return;
    const QString keyId = m_items.at(index).key.key;
    if (const Error error = job->error()) {
        if (error.code() == Error::Code::AccessDenied && keyId == m_signingKeyId) {
            // The list is signed with the key whose revocation was sent: it was allowed to list
            // the keys when the account opened, so a refusal now means it is gone.
            qCInfo(lcApi).noquote() << "the key list was refused to the signing key" << keyId
                                    << "after its revocation: taken as revoked";
            endCheck(index, State::Revoked, {});
            return;
        }
        endCheck(index, State::Unknown,
            reworded(current->checkReason,
                tr("%1 Keyport could not read the key list to check whether the key is gone "
                   "either: %2")
                    .arg(current->checkReason.message(), error.message())));
        return;
    }
    if (!isListed(job, keyId)) {
        endCheck(index, State::Revoked, {});
        return;
    }
    // A revocation takes a moment to show in the list: look again for a while.
    const PollPolicy &policy = m_session->client()->options().poll;
    const auto elapsed = std::chrono::milliseconds(current->checkTime.elapsed());
    if (elapsed < policy.fastPhase) {
        current->checkTimer->start(policy.intervalAfter(elapsed));
        return;
    }
    if (current->checkAccepted) {
        endCheck(index, State::Unknown,
            reworded(current->checkReason,
                phrase(Phrase::AcceptedNotFinished).arg(current->checkReason.message())));
        return;
    }
    endCheck(index, State::Failed,
        reworded(
            current->checkReason, phrase(Phrase::StillListed).arg(current->checkReason.message())));
}

void RevokeKeysFlow::endCheck(int index, State state, const Error &error)
{
    if (Task *current = task(index)) {
        current->checking = false;
        current->checkReason = {};
        if (current->checkTimer)
            current->checkTimer->stop();
    }
    settle(index, state, error);
}

void RevokeKeysFlow::settle(int index, State state, const Error &error)
{
    const QString keyId = m_items.at(index).key.key;
    qCInfo(lcApi).noquote() << "revocation of" << keyId
                            << "ended:" << QMetaEnum::fromType<State>().valueToKey(int(state))
                            << error.detail();
    if (state == State::Revoked || state == State::AlreadyGone) {
        // Out of the list before the dialog reports it, so both agree.
        removeFromSession(keyId);
    }
    setState(index, state, error);
    if ((state == State::Revoked || state == State::AlreadyGone) && m_deleteStoredSecrets
        && m_accounts && keyId != m_signingKeyId
        && m_accounts->storedKeySecrets(m_accountName).contains(keyId)) {
        forgetSecret(index);
        return;
    }
    release(index);
}

void RevokeKeysFlow::forgetSecret(int index)
{
    const auto keep = [this, index](const Error &error) {
        // The key is revoked all the same: its state stays, the error tells the rest.
        Error kept(error.code(),
            tr("The secret Keyport stored for this key was not deleted: %1").arg(error.message()),
            error.detail(), error.httpStatus());
        setState(index, m_items.at(index).state, kept);
    };
    Job *job = m_accounts->forgetKeySecret(m_accountName, m_items.at(index).key.key);
    watch(
        index, job,
        [this, index, job, keep] {
            if (const Error error = job->error())
                keep(error);
            release(index);
        },
        [this, index, keep] {
            keep(Error(Error::Code::KeychainUnavailable,
                tr("Keyport closed the secret store before it answered.")));
            release(index);
        });
    if (Task *current = task(index))
        current->forgetting = true;
}

void RevokeKeysFlow::release(int index)
{
    const auto it = m_tasks.find(index);
    if (it == m_tasks.end())
        return;
    std::unique_ptr<Task> done = std::move(it->second);
    m_tasks.erase(it);
    if (done->job)
        done->job->disconnect(this);
    // The check's timer may be the one whose timeout led here: it goes once that is over.
    if (done->checkTimer) {
        done->checkTimer->stop();
        done->checkTimer->disconnect(this);
        done->checkTimer.release()->deleteLater();
    }
    schedule();
}

void RevokeKeysFlow::setState(int index, State state, const Error &error)
{
    Item &item = m_items[index];
    item.state = state;
    item.error = error;
    Q_EMIT itemChanged(index);
}

void RevokeKeysFlow::finish()
{
    m_next = int(m_items.size());
    m_running = false;
    emitResult(m_cancelled ? Error::cancelled() : Error());
}

} // namespace Keyport
