// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamClient.h"

#include "ApiKeyDeleteJob.h"
#include "ApiKeyJob.h"
#include "ApiKeyListJob.h"
#include "AsyncOperationJob.h"
#include "domain/IamLimits.h"
#include "EventListJob.h"
#include "ExoscaleClient.h"
#include "IamJson.h"
#include "IamPolicyJob.h"
#include "IamRoleCreateJob.h"
#include "IamRoleJob.h"
#include "IamRoleListJob.h"
#include "OperationJob.h"
#include "UserListJob.h"

#include <QUrl>

namespace Keyport {

namespace {

QString rolePath(const QString &roleId)
{
    return QStringLiteral("/iam-role/") + QString::fromLatin1(QUrl::toPercentEncoding(roleId));
}

QString lines(const PolicyProblems &problems)
{
    QStringList result;
    for (const PolicyProblem &problem : problems)
        result.append(problem.toString());
    return result.join(u'\n');
}

} // namespace

IamClient::IamClient(ExoscaleClient *transport)
    : m_transport(transport)
{
    Q_ASSERT(transport);
}

ApiKeyListJob *IamClient::listApiKeys()
{
    return new ApiKeyListJob(m_transport);
}

ApiKeyJob *IamClient::getApiKey(const QString &keyId)
{
    return ApiKeyJob::get(m_transport, keyId);
}

ApiKeyJob *IamClient::createApiKey(const QString &name, const QString &roleId)
{
    return ApiKeyJob::create(m_transport, name, roleId);
}

ApiKeyDeleteJob *IamClient::deleteApiKey(const QString &keyId)
{
    return new ApiKeyDeleteJob(m_transport, keyId);
}

IamRoleListJob *IamClient::listRoles()
{
    return new IamRoleListJob(m_transport);
}

IamRoleJob *IamClient::getRole(const QString &roleId)
{
    return new IamRoleJob(m_transport, roleId);
}

IamRoleCreateJob *IamClient::createRole(const IamRoleDraft &draft)
{
    return new IamRoleCreateJob(m_transport, draft);
}

IamRoleCreateJob *IamClient::createRole(const QJsonObject &createRole)
{
    return new IamRoleCreateJob(m_transport, createRole);
}

AsyncOperationJob *IamClient::updateRole(const IamRole &role)
{
    const auto action = ErrorMapper::Action::UpdateRole;
    const QString path = rolePath(role.id);
    // The policy is not part of this request: its problems are not this request's.
    IamRole sent = role;
    sent.policy.reset();
    PolicyProblems problems = sent.problems();
    if (!IamLimits::isUuid(role.id))
        problems.prepend({QStringLiteral("id"), tr("is not a role id (a UUID)")});
    OperationJob *request;
    if (!role.editable) {
        request = OperationJob::refused(m_transport,
            Error::invalidInput(tr("The role \"%1\" cannot be changed: it was created as not "
                                   "editable.")
                                    .arg(role.name)),
            "PUT", path, action);
    } else if (!problems.isEmpty()) {
        request = OperationJob::refused(m_transport,
            Error::invalidInput(
                tr("The role was not changed, and nothing was sent:\n%1").arg(lines(problems))),
            "PUT", path, action);
    } else {
        request = OperationJob::send(
            m_transport, "PUT", path, IamJson::updateRoleBody(role), ApiJob::Retry::Never, action);
    }
    return new AsyncOperationJob(m_transport, request);
}

AsyncOperationJob *IamClient::updateRolePolicy(const QString &roleId, const IamPolicy &policy)
{
    const auto action = ErrorMapper::Action::UpdateRolePolicy;
    const QString path = rolePath(roleId) + QStringLiteral(":policy");
    PolicyProblems problems;
    if (!IamLimits::isUuid(roleId))
        problems.append({QStringLiteral("id"), tr("is not a role id (a UUID)")});
    IamLimits::checkPolicy(policy, QString(), &problems);
    OperationJob *request = problems.isEmpty()
        ? OperationJob::send(
            m_transport, "PUT", path, IamJson::policyBody(policy), ApiJob::Retry::Never, action)
        : OperationJob::refused(m_transport,
            Error::invalidInput(tr("The role's policy was not changed, and nothing was sent:\n%1")
                                    .arg(lines(problems))),
            "PUT", path, action);
    return new AsyncOperationJob(m_transport, request);
}

AsyncOperationJob *IamClient::deleteRole(const QString &roleId)
{
    const auto action = ErrorMapper::Action::DeleteRole;
    const QString path = rolePath(roleId);
    OperationJob *request = IamLimits::isUuid(roleId)
        ? OperationJob::send(m_transport, "DELETE", path, {}, ApiJob::Retry::Idempotent, action)
        : OperationJob::refused(m_transport,
            Error::invalidInput(tr("\"%1\" is not a role id (a UUID).").arg(roleId)), "DELETE",
            path, action);
    return new AsyncOperationJob(m_transport, request);
}

IamPolicyJob *IamClient::getOrganizationPolicy()
{
    return new IamPolicyJob(m_transport);
}

AsyncOperationJob *IamClient::updateOrganizationPolicy(const IamPolicy &policy)
{
    const auto action = ErrorMapper::Action::UpdateOrganizationPolicy;
    const QString path = QStringLiteral("/iam-organization-policy");
    PolicyProblems problems;
    IamLimits::checkPolicy(policy, QString(), &problems);
    OperationJob *request = problems.isEmpty()
        ? OperationJob::send(
            m_transport, "PUT", path, IamJson::policyBody(policy), ApiJob::Retry::Never, action)
        : OperationJob::refused(m_transport,
            Error::invalidInput(
                tr("The organization policy was not changed, and nothing was sent:\n%1")
                    .arg(lines(problems))),
            "PUT", path, action);
    return new AsyncOperationJob(m_transport, request);
}

AsyncOperationJob *IamClient::resetOrganizationPolicy()
{
    return new AsyncOperationJob(m_transport,
        OperationJob::send(m_transport, "POST", QStringLiteral("/iam-organization-policy:reset"),
            {}, ApiJob::Retry::Never, ErrorMapper::Action::ResetOrganizationPolicy));
}

UserListJob *IamClient::listUsers()
{
    return new UserListJob(m_transport);
}

EventListJob *IamClient::listEvents(const QDateTime &from, const QDateTime &to)
{
    return new EventListJob(m_transport, from, to);
}

} // namespace Keyport
