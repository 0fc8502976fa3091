// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserListJob.h"

namespace Keyport {

UserListJob::UserListJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/user"), {}, Retry::Idempotent,
        ErrorMapper::Action::ListUsers)
{ }

Error UserListJob::parseResponse(const QByteArray &body)
{
    auto read = IamJson::parseUserList(body);
    if (!read)
        return read.error();
    m_users = std::move(read).value();
    return {};
}

} // namespace Keyport
