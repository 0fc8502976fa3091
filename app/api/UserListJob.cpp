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
    return readInto(&IamJson::parseUserList, &m_users);
}

} // namespace Keyport
