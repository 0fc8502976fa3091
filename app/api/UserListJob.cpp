// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserListJob.h"

namespace Keyport {

UserListJob::UserListJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/user"), {}, Retry::Idempotent,
        ErrorMapper::Action::ListUsers)
{ }

Error UserListJob::parseResponse(const QByteArray &body)
{
    return workerParse()(body)();
}

ApiJob::WorkerParse UserListJob::workerParse()
{
    return [this](const QByteArray &body) -> ParsedApply {
        auto read = IamJson::parseUserList(body);
        if (!read)
            return [error = read.error()] { return error; };
        return [this, value = std::move(read).value()]() mutable {
            m_users = std::move(value);
            return Error();
        };
    };
}

} // namespace Keyport
