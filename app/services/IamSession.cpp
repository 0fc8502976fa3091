// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamSession.h"

#include "AccountSession.h"
#include "api/ApiKeyListJob.h"
#include "api/IamPolicyJob.h"
#include "api/IamRoleListJob.h"
#include "api/UserListJob.h"

#include <algorithm>
#include <utility>

namespace Keyport {

IamSession::IamSession(AccountSession *account)
    : QObject(account)
    , m_account(account)
{ }

IamSession::~IamSession()
{
    abandonRequests();
}

QString IamSession::signingKeyId() const
{
    return m_account ? m_account->account().apiKey : QString();
}

bool IamSession::isLoaded(List list) const
{
    return m_loaded.contains(list);
}

Error IamSession::error(List list) const
{
    return m_errors.value(list);
}

void IamSession::track(Job *job)
{
    m_requests.removeIf([](const QPointer<Job> &request) { return request.isNull(); });
    m_requests.append(job);
    if (m_pending++ == 0)
        Q_EMIT loadingChanged(true);
    connect(job, &Job::finished, this, [this] {
        if (--m_pending > 0)
            return;
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed();
    });
}

void IamSession::abandonRequests()
{
    const QList<QPointer<Job>> requests = std::exchange(m_requests, {});
    for (const QPointer<Job> &request : requests) {
        if (!request || request->isFinished())
            continue;
        request->disconnect(this);
        request->cancel();
        --m_pending;
    }
    m_pending = std::max(0, m_pending);
}

void IamSession::setFailure(List list, const Error &error)
{
    if (error.isCancelled())
        return;
    m_errors.insert(list, error);
    Q_EMIT failed(list, error);
}

void IamSession::refresh()
{
    if (!m_account || !m_account->client())
        return;
    if (!m_client || m_client->transport() != m_account->client())
        m_client = std::make_unique<IamClient>(m_account->client());
    // Pressed again while loading: start afresh rather than wait for requests that may hang.
    abandonRequests();

    // Each handler is connected before track(): when the last request ends, its list (or its
    // failure) is in place before refreshed().
    auto *keys = m_client->listApiKeys();
    connect(keys, &Job::finished, this, [this, keys] {
        if (keys->error())
            return setFailure(List::ApiKeys, keys->error());
        m_apiKeys = keys->apiKeys();
        m_loaded.insert(List::ApiKeys);
        m_errors.remove(List::ApiKeys);
        // Listed among the API keys: the signing key is an IAM v3 API key.
        if (signingApiKey())
            m_account->noteSignerGeneration(KeyGeneration::IamApiKey);
        Q_EMIT apiKeysChanged();
    });
    track(keys);

    auto *roles = m_client->listRoles();
    connect(roles, &Job::finished, this, [this, roles] {
        if (roles->error())
            return setFailure(List::Roles, roles->error());
        m_roles = roles->roles();
        m_loaded.insert(List::Roles);
        m_errors.remove(List::Roles);
        Q_EMIT rolesChanged();
    });
    track(roles);

    auto *users = m_client->listUsers();
    connect(users, &Job::finished, this, [this, users] {
        if (users->error())
            return setFailure(List::Users, users->error());
        m_users = users->users();
        m_loaded.insert(List::Users);
        m_errors.remove(List::Users);
        Q_EMIT usersChanged();
    });
    track(users);

    auto *policy = m_client->getOrganizationPolicy();
    connect(policy, &Job::finished, this, [this, policy] {
        if (policy->error())
            return setFailure(List::OrganizationPolicy, policy->error());
        m_organizationPolicy = policy->policy();
        m_loaded.insert(List::OrganizationPolicy);
        m_errors.remove(List::OrganizationPolicy);
        Q_EMIT organizationPolicyChanged();
    });
    track(policy);
}

void IamSession::cancel()
{
    const bool wasLoading = isLoading();
    abandonRequests();
    if (wasLoading && !isLoading()) {
        Q_EMIT loadingChanged(false);
        Q_EMIT refreshed();
    }
}

std::optional<ApiKey> IamSession::apiKey(const QString &key) const
{
    for (const ApiKey &candidate : m_apiKeys) {
        if (candidate.key == key)
            return candidate;
    }
    return std::nullopt;
}

std::optional<IamRole> IamSession::role(const QString &roleId) const
{
    for (const IamRole &candidate : m_roles) {
        if (candidate.id == roleId)
            return candidate;
    }
    return std::nullopt;
}

QString IamSession::roleName(const QString &roleId) const
{
    const auto found = role(roleId);
    return found ? found->name : roleId;
}

std::optional<ApiKey> IamSession::signingApiKey() const
{
    return apiKey(signingKeyId());
}

QList<ApiKey> IamSession::apiKeysBoundTo(const QString &roleId) const
{
    QList<ApiKey> bound;
    std::copy_if(m_apiKeys.cbegin(), m_apiKeys.cend(), std::back_inserter(bound),
        [&roleId](const ApiKey &key) { return key.roleId == roleId; });
    return bound;
}

QList<User> IamSession::usersBoundTo(const QString &roleId) const
{
    QList<User> bound;
    std::copy_if(m_users.cbegin(), m_users.cend(), std::back_inserter(bound),
        [&roleId](const User &user) { return user.role && user.role->id == roleId; });
    return bound;
}

IamSnapshot IamSession::snapshot() const
{
    IamSnapshot snapshot;
    snapshot.organizationPolicy = m_organizationPolicy.value_or(IamPolicy::allowAll());
    snapshot.roles = m_roles;
    snapshot.apiKeys = m_apiKeys;
    snapshot.users = m_users;
    snapshot.signingKey = signingKeyId();
    return snapshot;
}

void IamSession::addApiKey(const ApiKey &key)
{
    m_apiKeys.removeIf([&key](const ApiKey &other) { return other.key == key.key; });
    m_apiKeys.append(key);
    Q_EMIT apiKeysChanged();
}

void IamSession::removeApiKey(const QString &key)
{
    if (m_apiKeys.removeIf([&key](const ApiKey &other) { return other.key == key; }) > 0)
        Q_EMIT apiKeysChanged();
}

void IamSession::putRole(const IamRole &role)
{
    const auto it = std::find_if(m_roles.begin(), m_roles.end(),
        [&role](const IamRole &other) { return other.id == role.id; });
    if (it != m_roles.end())
        *it = role;
    else
        m_roles.append(role);
    Q_EMIT rolesChanged();
}

void IamSession::removeRole(const QString &roleId)
{
    if (m_roles.removeIf([&roleId](const IamRole &other) { return other.id == roleId; }) > 0)
        Q_EMIT rolesChanged();
}

void IamSession::setOrganizationPolicy(const IamPolicy &policy)
{
    m_organizationPolicy = policy;
    m_loaded.insert(List::OrganizationPolicy);
    Q_EMIT organizationPolicyChanged();
}

} // namespace Keyport
