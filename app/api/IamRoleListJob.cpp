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
    return [this](const QByteArray &body) -> ParsedApply {
        auto read = IamJson::parseRoleList(body);
        if (!read)
            return [error = read.error()] { return error; };
        return [this, value = std::move(read).value()]() mutable {
            m_roles = std::move(value);
            return Error();
        };
    };
}

} // namespace Keyport
