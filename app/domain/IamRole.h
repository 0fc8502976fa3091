// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IamPolicy.h"
#include "PolicyProblem.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace Keyport {

/// An IAM v3 role (IAM-V3.md §3), shared by API keys and users. What it does not know it keeps
/// in `extra` and writes back; the optional members are written only when they were read (or
/// set), so a read-modify-write changes nothing else.
class IamRole
{
public:
    QString id; ///< A UUID.
    QString name; ///< Never changes after creation.
    std::optional<QString> description;
    QStringList permissions;
    bool editable = true; ///< Never changes after creation; false: the role cannot be updated.
    std::optional<QMap<QString, QString>> labels;
    /// An old role may have none.
    std::optional<IamPolicy> policy;
    /// `{"rules": [...]}`, kept as JSON: Keyport does not edit it.
    std::optional<QJsonObject> assumeRolePolicy;
    /// Seconds.
    std::optional<qint64> maxSessionTtl;
    QJsonObject extra;

    /// What update-iam-role and update-iam-role-policy would refuse in this role's editable
    /// members (description, permissions, labels, max-session-ttl, policy).
    PolicyProblems problems() const;

    friend bool operator==(const IamRole &, const IamRole &) = default;
};

} // namespace Keyport

Q_DECLARE_METATYPE(Keyport::IamRole)
