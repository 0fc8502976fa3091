// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSession.h"

#include "accounts/AccountStore.h"
#include "api/AccessKeyListJob.h"
#include "api/CatalogJob.h"
#include "IamSession.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>

#include <algorithm>
#include <utility>

namespace Keyport {

AccountSession::AccountSession(
    QNetworkAccessManager *network, AccountStore *accounts, Account account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_accounts(accounts)
    , m_account(std::move(account))
    , m_iam(new IamSession(this))
{
    m_stillWaitingTimer.setSingleShot(true);
    m_stillWaitingTimer.setInterval(ClientOptions().stillWaitingNotice);
    connect(&m_stillWaitingTimer, &QTimer::timeout, this, [this] {
        // Only the server is waited for here; a keychain prompt says so itself.
        const bool requestPending = std::any_of(m_requests.cbegin(), m_requests.cend(),
            [](const QPointer<Job> &request) { return request && !request->isFinished(); });
        if (requestPending)
            Q_EMIT stillWaiting();
    });
    m_postponedTimer.setSingleShot(true);
    connect(&m_postponedTimer, &QTimer::timeout, this, &AccountSession::refresh);
}

AccountSession::~AccountSession()
{
    // Switching accounts: the old account's requests end here, unheard.
    delete std::exchange(m_iam, nullptr);
    abandonRequests();
}

void AccountSession::setClientOptions(const ClientOptions &options)
{
    m_options = options;
    m_stillWaitingTimer.setInterval(options.stillWaitingNotice);
    if (m_client)
        m_client->setOptions(options);
}

Error AccountSession::error(List list) const
{
    switch (list) {
    case List::Keys:
        return m_keysError;
    case List::KnownOperations:
        return m_catalogError;
    case List::OwnOperations:
        return m_ownOperationsError;
    }
    return {};
}

QDateTime AccountSession::postponedUntil() const
{
    if (!m_postponedTimer.isActive())
        return {};
    return QDateTime::currentDateTime().addMSecs(m_postponedTimer.remainingTime());
}

void AccountSession::track(Job *job)
{
    if (m_pending++ == 0) {
        m_stillWaitingTimer.start();
        Q_EMIT loadingChanged(true);
    }
    connect(job, &Job::finished, this, [this] {
        if (--m_pending > 0)
            return;
        m_stillWaitingTimer.stop();
        if (!m_refreshFailed)
            m_stale = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed();
    });
}

void AccountSession::trackRequest(Job *job)
{
    m_requests.removeIf([](const QPointer<Job> &request) { return request.isNull(); });
    m_requests.append(job);
    track(job);
}

void AccountSession::abandonRequests(bool catalogOnly)
{
    const QList<QPointer<Job>> requests
        = catalogOnly ? std::exchange(m_catalogRequests, {}) : std::exchange(m_requests, {});
    if (catalogOnly) {
        m_requests.removeIf(
            [&requests](const QPointer<Job> &request) { return requests.contains(request); });
    } else {
        m_catalogRequests.clear();
    }
    for (const QPointer<Job> &request : requests) {
        if (!request || request->isFinished())
            continue;
        request->disconnect(this);
        request->cancel();
        --m_pending;
    }
    if (m_pending <= 0) {
        m_pending = 0;
        m_stillWaitingTimer.stop();
    }
}

bool AccountSession::postponeIfAsked()
{
    if (m_notBefore.hasExpired())
        return false;
    m_postponedTimer.start(int(std::max<qint64>(0, m_notBefore.remainingTime())));
    Q_EMIT refreshPostponed(postponedUntil());
    return true;
}

void AccountSession::setSignerGeneration(KeyGeneration generation)
{
    if (generation == m_signerGeneration)
        return;
    m_signerGeneration = generation;
    // Remembered for the account list and the next run.
    if (m_accounts)
        m_accounts->setKeyGeneration(m_account.apiKey, generation);
    Q_EMIT signerGenerationKnown(generation);
}

void AccountSession::setFailure(List list, const Error &error)
{
    if (error.isCancelled())
        return;
    // Only an IAM v3 API key is refused this way (API.md §1.2, "Generations do not mix").
    if (error.code() == Error::Code::GenerationMismatch)
        setSignerGeneration(KeyGeneration::IamApiKey);
    switch (list) {
    case List::Keys:
        m_keysError = error;
        m_refreshFailed = true;
        m_lastError = error;
        m_stale = m_keysLoaded;
        break;
    case List::KnownOperations:
        m_catalogError = error;
        break;
    case List::OwnOperations:
        m_ownOperationsError = error;
        break;
    }
    if (const auto wait = error.retryAfter()) {
        // Asking again before then would only be refused again: refresh() waits for it.
        if (m_notBefore.hasExpired() || m_notBefore.remainingTimeAsDuration() < *wait)
            m_notBefore.setRemainingTime(*wait);
    }
    Q_EMIT failed(list, error);
}

void AccountSession::open()
{
    if (m_client || isLoading() || !m_accounts)
        return;
    m_refreshFailed = false;
    SecretJob *read = m_accounts->readAccountSecret(m_account.name);
    if (!read) {
        setFailure(List::Keys,
            Error(Error::Code::KeychainUnavailable,
                tr("No secret store is available for the account's secret.")));
        return;
    }
    connect(read, &Job::finished, this, [this, read] {
        if (read->error()) {
            Error error = read->error();
            if (error.code() == Error::Code::NotFound) {
                const SecretStore *store
                    = m_accounts->keySecretStore(m_account.name, m_account.apiKey);
                error = Error(Error::Code::Keychain,
                    tr("The secret of the account %1 is not in %2. Remove the account "
                       "and add it again with its secret.")
                        .arg(m_account.name,
                            (store ? store : m_accounts->secretStore())->displayName()));
            }
            setFailure(List::Keys, error);
            return;
        }
        const auto endpoint = m_account.endpoint();
        if (!endpoint) {
            setFailure(List::Keys, endpoint.error());
            return;
        }
        m_client = std::make_unique<ExoscaleClient>(
            m_network, endpoint.value(), m_account.apiKey, read->takeSecret());
        if (m_options)
            m_client->setOptions(*m_options);
        refresh();
    });
    // After the handler: the requests it starts keep the session loading without a break.
    track(read);
}

void AccountSession::refresh()
{
    if (!m_client) {
        open();
        return;
    }
    if (postponeIfAsked())
        return;
    m_postponedTimer.stop();
    const bool wasLoading = isLoading();
    // Pressed again while loading: start afresh rather than wait for requests that may hang.
    abandonRequests();
    if (wasLoading && !isLoading())
        m_stillWaitingTimer.stop();
    m_refreshFailed = false;
    m_cancelled = false;

    // Each request is tracked after its own handler is connected: when the last one finishes,
    // its list (or its failure) is in place before refreshed() says the load is over.
    auto *keys = m_client->listAccessKeys();
    // Compared on the worker that reads the answer: an unchanged list is not swapped in, so the
    // view keeps its selection and scroll position.
    keys->setPreviousKeys(m_keys);
    connect(keys, &Job::finished, this, [this, keys] {
        if (keys->error()) {
            setFailure(List::Keys, keys->error());
            return;
        }
        const bool unchanged = m_keysLoaded && !m_keysError && keys->unchanged();
        if (!unchanged)
            m_keys = keys->keys();
        m_keysLoaded = true;
        // Listed among the legacy keys: the signing key is one of them.
        for (const AccessKey &key : std::as_const(m_keys)) {
            if (key.key == m_account.apiKey) {
                setSignerGeneration(KeyGeneration::LegacyAccessKey);
                break;
            }
        }
        m_lastRefresh = QDateTime::currentDateTime();
        m_lastError = {};
        m_keysError = {};
        if (!unchanged)
            Q_EMIT keysChanged();
    });
    trackRequest(keys);
    m_keysRequest = keys;

    // The catalog and the own operations do not change from one refresh to the next: only
    // what has not loaded yet (or a reload asked for) goes with the key list.
    loadCatalog();
    m_iam->refresh();
}

void AccountSession::reloadCatalog()
{
    m_catalogCurrent = false;
    m_ownOperationsCurrent = false;
    if (!m_client) {
        open(); // the first load brings the catalog anyway
        return;
    }
    // The postponed refresh loads the catalog: it is not current any more.
    if (postponeIfAsked())
        return;
    // Pressed again while reloading: start afresh; the key list's load, if any, goes on.
    abandonRequests(true);
    loadCatalog();
}

void AccountSession::loadCatalog()
{
    const auto trackCatalogRequest = [this](Job *job) {
        m_catalogRequests.removeIf([](const QPointer<Job> &request) { return request.isNull(); });
        m_catalogRequests.append(job);
        trackRequest(job);
    };
    if (!m_catalogCurrent) {
        auto *known = m_client->listKnownOperations();
        connect(known, &Job::finished, this, [this, known] {
            if (known->error()) {
                // The last good catalog stays; the next refresh asks again.
                setFailure(List::KnownOperations, known->error());
                Q_EMIT catalogChanged();
                return;
            }
            m_catalog = known->catalog();
            m_catalogError = {};
            m_catalogCurrent = true;
            Q_EMIT catalogChanged();
        });
        trackCatalogRequest(known);
    }
    if (!m_ownOperationsCurrent) {
        auto *own = m_client->listOwnOperations();
        connect(own, &Job::finished, this, [this, own] {
            const Error error = own->error();
            if (error.isCancelled())
                return;
            // A restricted key may not list its own operations (403): then the catalog is used
            // unfiltered, and the status bar says so. Not a failure of the refresh, and an
            // answer that stands (a key's rights never change). Any other failure is asked
            // again by the next refresh.
            m_ownOperationsKnown = !error;
            m_ownOperations = error ? Catalog() : own->catalog();
            m_ownOperationsCurrent = !error || error.code() == Error::Code::AccessDenied;
            if (error)
                setFailure(List::OwnOperations, error);
            else
                m_ownOperationsError = {};
            Q_EMIT catalogChanged();
        });
        trackCatalogRequest(own);
    }
}

void AccountSession::cancel()
{
    m_iam->cancel();
    if (m_requests.isEmpty() && !isLoading())
        return;
    const bool wasLoading = isLoading();
    const bool keysPending = m_keysRequest && !m_keysRequest->isFinished();
    abandonRequests();
    if (!wasLoading || isLoading())
        return; // only the account's secret is being read: that cannot be cut short
    // A cancelled Reload Catalog leaves the key list as up to date as it was.
    if (keysPending) {
        m_cancelled = true;
        m_refreshFailed = true;
        m_stale = m_keysLoaded;
    }
    Q_EMIT loadingChanged(false);
    Q_EMIT refreshed();
}

void AccountSession::addKey(const AccessKey &key)
{
    m_keys.removeIf([&key](const AccessKey &other) { return other.key == key.key; });
    m_keys.append(key);
    Q_EMIT keysChanged();
}

void AccountSession::removeKey(const QString &keyId)
{
    if (m_keys.removeIf([&keyId](const AccessKey &key) { return key.key == keyId; }) > 0)
        Q_EMIT keysChanged();
}

bool AccountSession::signsUnrestricted() const
{
    if (!m_ownOperationsKnown || m_catalog.isEmpty())
        return false;
    for (const QString &operation : m_catalog.operations()) {
        if (!m_ownOperations.containsOperation(operation))
            return false;
    }
    return true;
}

} // namespace Keyport
