// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamRoleDraft.h"

#include "IamLimits.h"

namespace Keyport {

using namespace Qt::StringLiterals;

PolicyProblems IamRoleDraft::problems() const
{
    PolicyProblems result;
    IamLimits::checkLength(name, IamLimits::maximumRoleNameLength, u"name"_s, &result);
    if (description)
        IamLimits::checkLength(
            *description, IamLimits::maximumDescriptionLength, u"description"_s, &result);
    IamLimits::checkPermissions(permissions, u"permissions"_s, &result);
    IamLimits::checkLabels(labels, u"labels"_s, &result);
    IamLimits::checkMaxSessionTtl(maxSessionTtl, u"max-session-ttl"_s, &result);
    IamLimits::checkPolicy(policy, u"policy"_s, &result);
    return result;
}

std::optional<IamRoleDraft> IamRoleDraft::fromRole(const IamRole &role, const QString &name)
{
    if (!role.policy)
        return std::nullopt;
    IamRoleDraft draft;
    draft.name = name;
    draft.description = role.description;
    draft.permissions = role.permissions;
    draft.editable = role.editable;
    draft.labels = role.labels.value_or(QMap<QString, QString>());
    draft.policy = *role.policy;
    draft.assumeRolePolicy = role.assumeRolePolicy;
    draft.maxSessionTtl = role.maxSessionTtl;
    draft.extra = role.extra;
    return draft;
}

} // namespace Keyport
