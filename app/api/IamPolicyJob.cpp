// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamPolicyJob.h"

namespace Keyport {

IamPolicyJob::IamPolicyJob(ExoscaleClient *client)
    : ApiJob(client, "GET", QStringLiteral("/iam-organization-policy"), {}, Retry::Idempotent,
        ErrorMapper::Action::GetOrganizationPolicy)
{ }

Error IamPolicyJob::parseResponse(const QByteArray &body)
{
    auto read = IamJson::parsePolicy(body);
    if (!read)
        return read.error();
    m_policy = std::move(read).value();
    return {};
}

} // namespace Keyport
