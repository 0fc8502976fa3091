// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "IamJson.h"

namespace Keyport {

/// get-iam-organization-policy: the organisation policy, which judges every request before the role
/// policy does.
class IamPolicyJob : public ApiJob
{
    Q_OBJECT

public:
    explicit IamPolicyJob(ExoscaleClient *client);

    const IamPolicy &policy() const { return m_policy; }

protected:
    Error parseResponse(const QByteArray &body) override;

private:
    IamPolicy m_policy;
};

} // namespace Keyport
