// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "domain/IamRole.h"

namespace Keyport {

/// get-iam-role: one role, with its policy. An id that is not a UUID finishes with InvalidInput,
/// sending nothing.
class IamRoleJob : public ApiJob
{
    Q_OBJECT

public:
    IamRoleJob(ExoscaleClient *client, const QString &roleId);

    const IamRole &role() const { return m_role; }

protected:
    Error parseResponse(const QByteArray &body) override;

private:
    IamRole m_role;
};

} // namespace Keyport
