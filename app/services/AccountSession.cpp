// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountSession.h"

#include "accounts/AccountStore.h"
#include "api/AccessKeyListJob.h"
#include "api/CatalogJob.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QNetworkAccessManager>

namespace Keyport {

AccountSession::AccountSession(
    QNetworkAccessManager *network, AccountStore *accounts, Account account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_accounts(accounts)
    , m_account(std::move(account))
{ }

AccountSession::~AccountSession() = default;

void AccountSession::setClientOptions(const ClientOptions &options)
{
    m_options = options;
    if (m_client)
        m_client->setOptions(options);
}

void AccountSession::track(Job *job)
{
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    connect(job, &Job::finished, this, [this] {
        if (--m_pending > 0)
            return;
        if (!m_refreshFailed)
            m_stale = false;
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed();
    });
}

void AccountSession::setFailure(const Error &error)
{
    if (error.isCancelled())
        return;
    m_refreshFailed = true;
    m_lastError = error;
    m_stale = m_keysLoaded;
    Q_EMIT failed(error);
}

void AccountSession::open()
{
    if (m_client || isLoading() || !m_accounts)
        return;
    m_refreshFailed = false;
    SecretJob *read = m_accounts->readAccountSecret(m_account.name);
    if (!read) {
        setFailure(Error(Error::Code::KeychainUnavailable,
            tr("No secret store is available for the account's secret.")));
        return;
    }
    track(read);
    connect(read, &Job::finished, this, [this, read] {
        if (read->error()) {
            Error error = read->error();
            if (error.code() == Error::Code::NotFound) {
                error = Error(Error::Code::Keychain,
                    tr("The secret of the account %1 is not in %2. Remove the account "
                       "and add it again with its secret.")
                        .arg(m_account.name, m_accounts->secretStore()->displayName()));
            }
            setFailure(error);
            return;
        }
        const auto endpoint = m_account.endpoint();
        if (!endpoint) {
            setFailure(endpoint.error());
            return;
        }
        m_client = std::make_unique<ExoscaleClient>(
            m_network, endpoint.value(), m_account.apiKey, read->takeSecret());
        if (m_options)
            m_client->setOptions(*m_options);
        refresh();
    });
}

void AccountSession::refresh()
{
    if (!m_client) {
        open();
        return;
    }
    if (isLoading())
        return;
    m_refreshFailed = false;

    auto *keys = m_client->listAccessKeys();
    track(keys);
    connect(keys, &Job::finished, this, [this, keys] {
        if (keys->error()) {
            setFailure(keys->error());
            return;
        }
        m_keys = keys->keys();
        m_keysLoaded = true;
        m_lastRefresh = QDateTime::currentDateTime();
        m_lastError = {};
        Q_EMIT keysChanged();
    });

    auto *known = m_client->listKnownOperations();
    track(known);
    connect(known, &Job::finished, this, [this, known] {
        if (known->error()) {
            setFailure(known->error());
            return;
        }
        m_catalog = known->catalog();
        Q_EMIT catalogChanged();
    });

    auto *own = m_client->listOwnOperations();
    track(own);
    connect(own, &Job::finished, this, [this, own] {
        // A restricted key may not list its own operations (403): then the catalog is used
        // unfiltered, and the status bar says so. Not a failure of the refresh.
        m_ownOperationsKnown = !own->error();
        m_ownOperationsError = own->error();
        m_ownOperations = own->error() ? Catalog() : own->catalog();
        Q_EMIT catalogChanged();
    });
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
