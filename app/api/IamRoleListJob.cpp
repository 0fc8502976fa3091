// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamRoleListJob.h"

namespace Keyport {

IamRoleListJob::IamRoleListJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/iam-role"), {}, Retry::Idempotent,
        ErrorMapper::Action::ListRoles)
{ }

Error IamRoleListJob::parseResponse(const QByteArray &body)
{
    auto read = IamJson::parseRoleList(body);
    if (!read)
        return read.error();
    m_roles = std::move(read).value();
    return {};
}

} // namespace Keyport
