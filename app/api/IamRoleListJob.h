// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiJob.h"
#include "IamJson.h"

namespace Keyport {

/// list-iam-roles: every role of the organisation, with its policy.
class IamRoleListJob : public ApiJob
{
    Q_OBJECT

public:
    explicit IamRoleListJob(ExoscaleClient *client);

    const QList<IamRole> &roles() const { return m_roles; }

protected:
    Error parseResponse(const QByteArray &body) override;
    WorkerParse workerParse() override;

private:
    QList<IamRole> m_roles;
};

} // namespace Keyport
