// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamRoleListJob.h"

namespace Keyport {

IamRoleListJob::IamRoleListJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/iam-role"), {}, Retry::Idempotent,
        ErrorMapper::Action::ListRoles)
{ }

Error IamRoleListJob::parseResponse(const QByteArray &body)
{
    return workerParse()(body)();
}

ApiJob::WorkerParse IamRoleListJob::workerParse()
{
    return readInto(&IamJson::parseRoleList, &m_roles);
}

} // namespace Keyport
