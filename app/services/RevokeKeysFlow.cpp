// SPDX-License-Identifier: GPL-3.0-or-later
#include "RevokeKeysFlow.h"

#include "accounts/AccountStore.h"
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

/// The job we waited for went away without an answer (its client or store was destroyed).
Error interrupted()
{
    return Error(Error::Code::Cancelled,
        RevokeKeysFlow::tr("Keyport stopped waiting before Exoscale confirmed the revocation. "
                           "Refresh the list to see whether the key is gone."),
        QStringLiteral("revocation interrupted"));
}

} // namespace

RevokeKeysFlow::RevokeKeysFlow(AccountSession *session, AccountStore *accounts,
    const AccessKeys &keys, bool deleteStoredSecrets, QObject *parent)
    : QObject(parent)
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
    if (!m_job)
        return;
    m_job->disconnect(this);
    // Polling may stop; a secret deletion is left to finish, or the store's list of held
    // secrets would no longer match the keychain.
    if (qobject_cast<AsyncOperationJob *>(m_job.data()))
        m_job->cancel();
}

void RevokeKeysFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    // Asynchronous even with nothing to do, like every job: the caller connects first.
    QMetaObject::invokeMethod(this, &RevokeKeysFlow::next, Qt::QueuedConnection);
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
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const Item &item) { return item.state == State::Failed; }));
}

int RevokeKeysFlow::problemCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
        [](const Item &item) { return item.state == State::Failed || item.error.isError(); }));
}

void RevokeKeysFlow::next()
{
    ++m_current;
    if (m_current >= m_items.size()) {
        finish();
        return;
    }
    const int index = m_current;
    ExoscaleClient *client = m_session ? m_session->client() : nullptr;
    if (!client) {
        settle(index, State::Failed,
            Error(Error::Code::InvalidInput,
                tr("Keyport cannot sign requests for this account yet, so the key was not "
                   "revoked. Try again once the key list has loaded.")));
        return;
    }
    setState(index, State::Revoking, {});
    AsyncOperationJob *job = client->revokeAccessKey(m_items.at(index).key.key);
    watch(
        job, [this, index, job] { onRevokeFinished(index, job); },
        [this, index] { settle(index, State::Failed, interrupted()); });
}

void RevokeKeysFlow::watch(
    Job *job, const std::function<void()> &onFinished, const std::function<void()> &onLost)
{
    m_job = job;
    m_watched = job;
    connect(job, &Job::finished, this, [this, job, onFinished] {
        m_job = nullptr;
        m_watched = nullptr;
        onFinished();
    });
    // A job dies without finishing when its owner goes (the session's client, the store).
    connect(job, &QObject::destroyed, this, [this, job, onLost] {
        if (m_watched != job)
            return;
        m_job = nullptr;
        m_watched = nullptr;
        onLost();
    });
}

void RevokeKeysFlow::onRevokeFinished(int index, AsyncOperationJob *job)
{
    const Item &item = m_items.at(index);
    const Error error = job->error();
    // An Operation id means the DELETE was accepted: what failed afterwards was the polling.
    const bool accepted = !job->operation().id.isEmpty();
    const bool isSigningKey = item.key.key == m_signingKeyId;

    if (!error) {
        settle(index, State::Revoked);
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
    if (error.isCancelled()) {
        settle(index, State::Failed, interrupted());
        return;
    }
    if (accepted && error.code() != Error::Code::OperationFailed
        && error.code() != Error::Code::Timeout) {
        // The messages of OperationFailed and Timeout already speak of the operation; a poll's
        // network or server error would read as if nothing had been sent.
        Error unconfirmed(error.code(),
            tr("Exoscale accepted the revocation, but Keyport could not confirm that it "
               "finished: %1 Refresh the list later to see whether the key is gone.")
                .arg(error.message()),
            error.detail(), error.httpStatus());
        unconfirmed.setServerMessage(error.serverMessage());
        settle(index, State::Failed, unconfirmed);
        return;
    }
    settle(index, State::Failed, error);
}

void RevokeKeysFlow::settle(int index, State state, const Error &error)
{
    const QString keyId = m_items.at(index).key.key;
    qCInfo(lcApi).noquote() << "revocation of" << keyId
                            << "ended:" << QMetaEnum::fromType<State>().valueToKey(int(state))
                            << error.detail();
    if (state == State::Revoked || state == State::AlreadyGone) {
        // Out of the list before the dialog reports it, so both agree.
        if (m_session)
            m_session->removeKey(keyId);
    }
    setState(index, state, error);
    if ((state == State::Revoked || state == State::AlreadyGone) && m_deleteStoredSecrets
        && m_accounts && keyId != m_signingKeyId
        && m_accounts->storedKeySecrets(m_accountName).contains(keyId)) {
        forgetSecret(index);
        return;
    }
    QMetaObject::invokeMethod(this, &RevokeKeysFlow::next, Qt::QueuedConnection);
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
        job,
        [this, job, keep] {
            if (const Error error = job->error())
                keep(error);
            QMetaObject::invokeMethod(this, &RevokeKeysFlow::next, Qt::QueuedConnection);
        },
        [this, keep] {
            keep(Error(Error::Code::KeychainUnavailable,
                tr("Keyport closed the secret store before it answered.")));
            QMetaObject::invokeMethod(this, &RevokeKeysFlow::next, Qt::QueuedConnection);
        });
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
    m_current = int(m_items.size());
    m_running = false;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Keyport
