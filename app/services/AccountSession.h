// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExoscaleClient.h"
#include "domain/AccessKey.h"
#include "domain/Account.h"
#include "domain/Catalog.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <memory>

class QNetworkAccessManager;

namespace Keyport {

class AccountStore;
class Job;

/// One open account: its client, its keys, the operation catalog and what the signing key
/// itself may use. open() reads the account's secret, then loads the three lists in parallel;
/// refresh() loads them again. A failed refresh keeps the last good list, marked stale.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    AccountSession(QNetworkAccessManager *network, AccountStore *accounts, Account account,
        QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    /// Null until the secret was read.
    ExoscaleClient *client() const { return m_client.get(); }
    void setClientOptions(const ClientOptions &options);

    void open();
    void refresh();

    bool isLoading() const { return m_pending > 0; }
    bool hasKeys() const { return m_keysLoaded; }
    const AccessKeys &keys() const { return m_keys; }
    /// After a create: the new key joins the list at once, before the next refresh.
    void addKey(const AccessKey &key);
    /// After a revocation: the key leaves the list at once.
    void removeKey(const QString &keyId);
    /// The list on screen is older than the last failed attempt.
    bool isStale() const { return m_stale; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    Error lastError() const { return m_lastError; }

    const Catalog &catalog() const { return m_catalog; }
    /// What the signing key may use; empty when not known (see ownOperationsError()).
    const Catalog &ownOperations() const { return m_ownOperations; }
    bool ownOperationsKnown() const { return m_ownOperationsKnown; }
    Error ownOperationsError() const { return m_ownOperationsError; }
    /// Whether the signing key may use every operation of the catalog.
    bool signsUnrestricted() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void keysChanged();
    void catalogChanged();
    /// A load failed (the keys, or the catalog). Never for a cancelled request.
    void failed(const Keyport::Error &error);
    /// A refresh finished; failed() came before if anything failed.
    void refreshed();

private:
    void track(Job *job);
    void setFailure(const Error &error);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<AccountStore> m_accounts;
    Account m_account;
    std::unique_ptr<ExoscaleClient> m_client;
    std::optional<ClientOptions> m_options;
    int m_pending = 0;
    bool m_keysLoaded = false;
    bool m_stale = false;
    bool m_refreshFailed = false;
    AccessKeys m_keys;
    QDateTime m_lastRefresh;
    Error m_lastError;
    Catalog m_catalog;
    Catalog m_ownOperations;
    bool m_ownOperationsKnown = false;
    Error m_ownOperationsError;
};

} // namespace Keyport
