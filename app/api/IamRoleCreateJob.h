// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AsyncOperationJob.h"
#include "domain/IamRoleDraft.h"

#include <QJsonObject>

namespace Keyport {

/// create-iam-role, followed to its end; the new role's id is the Operation's reference
/// (IAM-V3.md §2). Never retried. A draft that breaks IAM-V3.md §3's limits, or a document
/// without a valid policy, finishes with InvalidInput and sends nothing.
class IamRoleCreateJob : public AsyncOperationJob
{
    Q_OBJECT

public:
    IamRoleCreateJob(ExoscaleClient *client, const IamRoleDraft &draft);
    /// A CreateRole document as a person wrote it (a file, another role's JSON).
    IamRoleCreateJob(ExoscaleClient *client, const QJsonObject &createRole);

    /// The new role's id, once the job succeeded.
    QString roleId() const { return operation().referenceId; }

protected:
    Error checkSuccess(const Operation &operation) const override;
};

} // namespace Keyport
