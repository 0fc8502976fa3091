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
        if (read.value() == previous) {
            // The list read is freed here, on the worker: the UI thread keeps the one it has.
            return [this, previous] {
                m_unchanged = true;
                m_keys = previous;
                return Error();
            };
        }
        return [this, value = std::move(read).value()]() mutable {
            m_unchanged = false;
            m_keys = std::move(value);
            return Error();
        };
    };
}

} // namespace Keyport
