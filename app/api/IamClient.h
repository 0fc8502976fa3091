// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"
#include "domain/IamRole.h"
#include "domain/IamRoleDraft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

namespace Keyport {

class ApiKeyDeleteJob;
class ApiKeyJob;
class ApiKeyListJob;
class AsyncOperationJob;
class EventListJob;
class ExoscaleClient;
class IamPolicyJob;
class IamRoleCreateJob;
class IamRoleJob;
class IamRoleListJob;
class UserListJob;

/// Speaks IAM v3 (IAM-V3.md §2: API keys, roles, the organisation policy, users, the audit
/// trail) over an ExoscaleClient's transport: the same signing, timeout, retry policy and
/// Operation polling as the legacy calls. Each call returns a job that starts once control
/// returns to the event loop and deletes itself after finished(); jobs are children of the
/// ExoscaleClient, which must outlive this facade. Input that breaks IAM-V3.md §3's limits
/// finishes the job with InvalidInput without sending anything.
class IamClient
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::IamClient)

public:
    explicit IamClient(ExoscaleClient *transport);

    ExoscaleClient *transport() const { return m_transport; }

    ApiKeyListJob *listApiKeys();
    ApiKeyJob *getApiKey(const QString &keyId);
    /// Never retried (its answer alone holds the secret).
    ApiKeyJob *createApiKey(const QString &name, const QString &roleId);
    /// A key already gone is success (ApiKeyDeleteJob::wasAlreadyGone()).
    ApiKeyDeleteJob *deleteApiKey(const QString &keyId);

    IamRoleListJob *listRoles();
    IamRoleJob *getRole(const QString &roleId);
    /// Never retried; the job's roleId() is the new role's.
    IamRoleCreateJob *createRole(const IamRoleDraft &draft);
    IamRoleCreateJob *createRole(const QJsonObject &createRole);
    /// Sends the role's description, permissions, labels, max-session-ttl and
    /// assume-role-policy as it holds them (IamJson::updateRoleBody), never its name, editable
    /// flag or policy. A role that is not editable is refused before sending.
    AsyncOperationJob *updateRole(const IamRole &role);
    /// Replaces the role's policy whole, with every member the policy kept.
    AsyncOperationJob *updateRolePolicy(const QString &roleId, const IamPolicy &policy);
    AsyncOperationJob *deleteRole(const QString &roleId);

    IamPolicyJob *getOrganizationPolicy();
    AsyncOperationJob *updateOrganizationPolicy(const IamPolicy &policy);
    /// The organisation policy becomes allow-all.
    AsyncOperationJob *resetOrganizationPolicy();

    UserListJob *listUsers();
    /// Invalid instants are left out (Exoscale then answers the last 24 hours).
    EventListJob *listEvents(const QDateTime &from = {}, const QDateTime &to = {});

private:
    QPointer<ExoscaleClient> m_transport;
};

} // namespace Keyport
