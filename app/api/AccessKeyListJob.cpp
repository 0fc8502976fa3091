// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyListJob.h"

#include "ApiJson.h"

namespace Keyport {

AccessKeyListJob::AccessKeyListJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/access-key"), {}, Retry::Idempotent,
        ErrorMapper::Action::ListKeys)
{ }

Error AccessKeyListJob::parseResponse(const QByteArray &body)
{
    return workerParse()(body)();
}

ApiJob::WorkerParse AccessKeyListJob::workerParse()
{
    return [this, previous = m_previous](const QByteArray &body) -> ParsedApply {
        auto read = ApiJson::parseAccessKeyList(body);
        if (!read)
            return [error = read.error()] { return error; };
        const bool unchanged = read.value() == previous;
        return [this, unchanged, value = std::move(read).value()]() mutable {
            m_unchanged = unchanged;
            m_keys = std::move(value);
            return Error();
        };
    };
}

} // namespace Keyport
