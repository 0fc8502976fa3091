// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExoscaleClient.h"
#include "domain/AccessKey.h"
#include "domain/Account.h"
#include "domain/Catalog.h"
#include "domain/KeyGeneration.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace Keyport {

class AccountStore;
class IamSession;
class Job;

/// One open account: its client, its keys, the operation catalog and what the signing key
/// itself may use. open() reads the account's secret, then loads the three lists in parallel;
/// refresh() loads the key list again (restarting a load in progress), cancel() stops a load. The
/// catalog and the signing key's own operations do not change between refreshes: they are loaded
/// when the account opens, then only by reloadCatalog() (or by a refresh while they never loaded).
/// A failed or cancelled refresh keeps the last good list, marked stale. Each list's failure is
/// kept apart.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    enum class List { Keys, KnownOperations, OwnOperations };

    AccountSession(QNetworkAccessManager *network, AccountStore *accounts, Account account,
        QObject *parent = nullptr);
    ~AccountSession() override;

    const Account &account() const { return m_account; }
    /// Null until the secret was read.
    ExoscaleClient *client() const { return m_client.get(); }
    void setClientOptions(const ClientOptions &options);

    void open();
    /// Loads the key list (and the IAM v3 lists) again; a load in progress is abandoned and
    /// started anew. The catalog and the own operations are loaded too only while they have not
    /// loaded yet (a failure, a cancellation) or a reloadCatalog() is outstanding. While the
    /// server's Retry-After lasts, nothing is sent: the refresh is scheduled for its end.
    void refresh();
    /// Loads the catalog and the signing key's own operations again, and only them; a reload in
    /// progress starts anew. refreshed() says when it is over. While the server's Retry-After
    /// lasts, nothing is sent: a refresh, catalog included, is scheduled for its end.
    void reloadCatalog();
    /// Stops the load in progress (its requests are aborted); the last good list stays, stale.
    void cancel();

    bool isLoading() const { return m_pending > 0; }
    bool hasKeys() const { return m_keysLoaded; }
    const AccessKeys &keys() const { return m_keys; }
    /// After a create: the new key joins the list at once, before the next refresh.
    void addKey(const AccessKey &key);
    /// After a revocation: the key leaves the list at once.
    void removeKey(const QString &keyId);
    /// The list on screen is older than the last failed attempt.
    bool isStale() const { return m_stale; }
    /// The last load was cancelled before it finished.
    bool wasCancelled() const { return m_cancelled; }
    QDateTime lastRefresh() const { return m_lastRefresh; }
    Error lastError() const { return m_lastError; }
    /// Why the list's last load failed; none when it succeeded or has not finished.
    Error error(List list) const;
    /// When a postponed refresh will be sent; invalid when none is waiting.
    QDateTime postponedUntil() const;

    const Catalog &catalog() const { return m_catalog; }
    /// What the signing key may use; empty when not known (see ownOperationsError()).
    const Catalog &ownOperations() const { return m_ownOperations; }
    bool ownOperationsKnown() const { return m_ownOperationsKnown; }
    /// The catalog and the own operations hold the server's last answer: false before they
    /// loaded, after a failure and while reloadCatalog() has not finished.
    bool isCatalogCurrent() const { return m_catalogCurrent && m_ownOperationsCurrent; }
    Error ownOperationsError() const { return m_ownOperationsError; }
    /// Whether the signing key may use every operation of the catalog.
    bool signsUnrestricted() const;

    /// What the signing key is, once an answer told it (Unknown until then).
    KeyGeneration signerGeneration() const { return m_signerGeneration; }
    /// Another answer told what the signing key is (the IAM session found it among API keys).
    void noteSignerGeneration(KeyGeneration generation) { setSignerGeneration(generation); }

    /// The account's IAM v3 side: loaded, refreshed and cancelled with the legacy lists.
    IamSession *iam() const { return m_iam; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// An answer told which kind of credential the signing key is.
    void signerGenerationKnown(Keyport::KeyGeneration generation);
    void keysChanged();
    void catalogChanged();
    /// A list could not be loaded. Never for a cancelled request.
    void failed(Keyport::AccountSession::List list, const Keyport::Error &error);
    /// A refresh finished or was cancelled; failed() came before if anything failed.
    void refreshed();
    /// A load has been waiting for answers for the client options' stillWaitingNotice.
    void stillWaiting();
    /// refresh() sent nothing: the server asked to wait; the refresh happens at @p at.
    void refreshPostponed(const QDateTime &at);

private:
    void track(Job *job);
    void trackRequest(Job *job);
    /// Cancels the requests in progress (only the catalog's when @p catalogOnly) without a word
    /// to anyone.
    void abandonRequests(bool catalogOnly = false);
    /// While the server's Retry-After lasts: schedules a refresh for its end and says so.
    bool postponeIfAsked();
    /// Sends the requests for whichever of the catalog and the own operations is not current.
    void loadCatalog();
    void setFailure(List list, const Error &error);
    void setSignerGeneration(KeyGeneration generation);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<AccountStore> m_accounts;
    Account m_account;
    std::unique_ptr<ExoscaleClient> m_client;
    std::optional<ClientOptions> m_options;
    int m_pending = 0;
    QList<QPointer<Job>> m_requests;
    QList<QPointer<Job>> m_catalogRequests; // also in m_requests
    QPointer<Job> m_keysRequest;
    QTimer m_stillWaitingTimer;
    QTimer m_postponedTimer;
    QDeadlineTimer m_notBefore; // expired: nothing to wait for
    bool m_keysLoaded = false;
    bool m_stale = false;
    bool m_refreshFailed = false;
    bool m_cancelled = false;
    Error m_keysError;
    Error m_catalogError;
    AccessKeys m_keys;
    QDateTime m_lastRefresh;
    Error m_lastError;
    Catalog m_catalog;
    Catalog m_ownOperations;
    bool m_ownOperationsKnown = false;
    /// The last answer for the catalog stands: false before it loaded, after a failure and
    /// while a reloadCatalog() is outstanding. The list itself is kept meanwhile.
    bool m_catalogCurrent = false;
    /// The same for the own operations; a 403 is an answer that stands too (a key's own rights
    /// never change).
    bool m_ownOperationsCurrent = false;
    Error m_ownOperationsError;
    KeyGeneration m_signerGeneration = KeyGeneration::Unknown;
    IamSession *m_iam = nullptr;
};

} // namespace Keyport
