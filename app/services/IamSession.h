// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountSession.h"
#include "api/IamClient.h"
#include "domain/ApiKey.h"
#include "domain/Error.h"
#include "domain/IamPolicy.h"
#include "domain/IamRole.h"
#include "domain/User.h"
#include "IamSnapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

namespace Keyport {

class Job;

/// The IAM v3 side of one open account (IAM-V3.md §2): its API keys, roles, users and the
/// organisation policy, loaded in parallel with the account session's legacy lists once the
/// account's secret has been read. Each list's failure is kept apart; a failed or cancelled load
/// keeps the last good lists. After a change succeeds on the server, its command puts the result
/// here at once (addApiKey(), putRole(), ...), before the next refresh.
///
/// Finding the signing key among the API keys tells that it is an IAM v3 API key; the account
/// session remembers that (AccountSession::noteSignerGeneration).
class IamSession : public QObject
{
    Q_OBJECT

public:
    enum class List { ApiKeys, Roles, Users, OrganizationPolicy };
    Q_ENUM(List)

    explicit IamSession(AccountSession *account);
    ~IamSession() override;

    AccountSession *account() const { return m_account; }
    /// Null until the account's secret was read.
    IamClient *client() const { return m_client.get(); }
    /// The signing key's id ("EXO…").
    QString signingKeyId() const;

    /// Loads the four lists; a load in progress is abandoned and started anew.
    void refresh();
    void cancel();
    bool isLoading() const { return m_pending > 0; }
    bool isLoaded(List list) const;
    /// Why the list's last load failed; none when it succeeded or has not finished.
    Error error(List list) const;

    const QList<ApiKey> &apiKeys() const { return m_apiKeys; }
    const QList<IamRole> &roles() const { return m_roles; }
    const QList<User> &users() const { return m_users; }
    /// Unknown until loaded (or when it could not be read).
    const std::optional<IamPolicy> &organizationPolicy() const { return m_organizationPolicy; }

    std::optional<ApiKey> apiKey(const QString &key) const;
    std::optional<IamRole> role(const QString &roleId) const;
    /// The role's name, or its id when the role is not listed.
    QString roleName(const QString &roleId) const;
    /// The signing key among the API keys; empty when it is not one of them (or not listed).
    std::optional<ApiKey> signingApiKey() const;
    QList<ApiKey> apiKeysBoundTo(const QString &roleId) const;
    QList<User> usersBoundTo(const QString &roleId) const;

    /// What the lock-out guard judges: the lists as they stand (an unknown organisation policy
    /// counts as allow-all, which is what Exoscale's reset gives).
    IamSnapshot snapshot() const;

    void addApiKey(const ApiKey &key);
    void removeApiKey(const QString &key);
    /// Adds the role, or replaces the one with its id.
    void putRole(const IamRole &role);
    void removeRole(const QString &roleId);
    void setOrganizationPolicy(const IamPolicy &policy);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void apiKeysChanged();
    void rolesChanged();
    void usersChanged();
    void organizationPolicyChanged();
    /// A list could not be loaded. Never for a cancelled request.
    void failed(Keyport::IamSession::List list, const Keyport::Error &error);
    /// A load finished or was cancelled; failed() came before if anything failed.
    void refreshed();

private:
    void track(Job *job);
    void setFailure(List list, const Error &error);
    void abandonRequests();

    QPointer<AccountSession> m_account;
    std::unique_ptr<IamClient> m_client;
    int m_pending = 0;
    QList<QPointer<Job>> m_requests;
    QList<ApiKey> m_apiKeys;
    QList<IamRole> m_roles;
    QList<User> m_users;
    std::optional<IamPolicy> m_organizationPolicy;
    QHash<List, Error> m_errors;
    QSet<List> m_loaded;
};

} // namespace Keyport
