// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamRoleCreateJob.h"

#include "domain/IamLimits.h"
#include "IamJson.h"
#include "OperationJob.h"

namespace Keyport {

namespace {

const QString path = QStringLiteral("/iam-role");

OperationJob *refused(ExoscaleClient *client, const PolicyProblems &problems)
{
    QStringList lines;
    for (const PolicyProblem &problem : problems)
        lines.append(problem.toString());
    return OperationJob::refused(client,
        Error::invalidInput(
            IamRoleCreateJob::tr("The role was not created, and nothing was sent:\n%1")
                .arg(lines.join(u'\n'))),
        "POST", path, ErrorMapper::Action::CreateRole);
}

OperationJob *request(ExoscaleClient *client, const IamRoleDraft &draft)
{
    const PolicyProblems problems = draft.problems();
    if (!problems.isEmpty())
        return refused(client, problems);
    // Never retried: Exoscale would create a second role.
    return OperationJob::send(client, "POST", path, IamJson::createRoleBody(draft),
        ApiJob::Retry::Never, ErrorMapper::Action::CreateRole);
}

OperationJob *request(ExoscaleClient *client, const QJsonObject &createRole)
{
    PolicyProblems problems;
    const auto draft = IamJson::roleDraftFromJson(createRole, &problems);
    if (!draft || !problems.isEmpty())
        return refused(client, problems);
    return request(client, *draft);
}

} // namespace

IamRoleCreateJob::IamRoleCreateJob(ExoscaleClient *client, const IamRoleDraft &draft)
    : AsyncOperationJob(client, request(client, draft))
{ }

IamRoleCreateJob::IamRoleCreateJob(ExoscaleClient *client, const QJsonObject &createRole)
    : AsyncOperationJob(client, request(client, createRole))
{ }

Error IamRoleCreateJob::checkSuccess(const Operation &operation) const
{
    if (!IamLimits::isUuid(operation.referenceId)) {
        return Error::malformedResponse(
            tr("the operation that created the role does not name it (reference.id is \"%1\")")
                .arg(operation.referenceId));
    }
    return {};
}

} // namespace Keyport
