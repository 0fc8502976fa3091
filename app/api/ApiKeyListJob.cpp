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
    return readInto(&IamJson::parseApiKeyList, &m_apiKeys);
}

} // namespace Keyport
