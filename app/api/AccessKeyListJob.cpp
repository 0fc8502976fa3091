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
    auto keys = ApiJson::parseAccessKeyList(body);
    if (!keys)
        return keys.error();
    m_keys = std::move(keys).value();
    return {};
}

} // namespace Keyport
