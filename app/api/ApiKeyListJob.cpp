// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyListJob.h"

namespace Keyport {

ApiKeyListJob::ApiKeyListJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/api-key"), {}, Retry::Idempotent,
        ErrorMapper::Action::ListApiKeys)
{ }

Error ApiKeyListJob::parseResponse(const QByteArray &body)
{
    return workerParse()(body)();
}

ApiJob::WorkerParse ApiKeyListJob::workerParse()
{
    return [this](const QByteArray &body) -> ParsedApply {
        auto read = IamJson::parseApiKeyList(body);
        if (!read)
            return [error = read.error()] { return error; };
        return [this, value = std::move(read).value()]() mutable {
            m_apiKeys = std::move(value);
            return Error();
        };
    };
}

} // namespace Keyport
