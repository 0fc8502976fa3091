// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IamPolicy.h"
#include "IamRole.h"
#include "PolicyProblem.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace Keyport {

/// What create-iam-role sends (IAM-V3.md §3, CreateRole). Its policy is not optional: Exoscale
/// refuses a role without one, and so does Keyport, before sending anything.
class IamRoleDraft
{
public:
    QString name;
    std::optional<QString> description;
    QStringList permissions;
    bool editable = true;
    QMap<QString, QString> labels;
    IamPolicy policy;
    std::optional<QJsonObject> assumeRolePolicy;
    std::optional<qint64> maxSessionTtl;
    /// Members Keyport does not know (from a role or a file it was read from), sent unchanged.
    QJsonObject extra;

    /// Everything that stops this draft from being sent, at its JSON path.
    PolicyProblems problems() const;
    bool isValid() const { return problems().isEmpty(); }

    /// A new role named @p name that does what @p role does; empty when @p role has no policy
    /// (a role is never created without one).
    static std::optional<IamRoleDraft> fromRole(const IamRole &role, const QString &name);

    friend bool operator==(const IamRoleDraft &, const IamRoleDraft &) = default;
};

} // namespace Keyport
