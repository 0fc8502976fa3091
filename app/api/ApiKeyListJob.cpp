// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyListJob.h"

namespace Keyport {

ApiKeyListJob::ApiKeyListJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/api-key"), {}, Retry::Idempotent,
        ErrorMapper::Action::ListApiKeys)
{ }

Error ApiKeyListJob::parseResponse(const QByteArray &body)
{
    auto read = IamJson::parseApiKeyList(body);
    if (!read)
        return read.error();
    m_apiKeys = std::move(read).value();
    return {};
}

} // namespace Keyport
