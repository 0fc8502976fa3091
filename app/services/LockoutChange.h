// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/IamPolicy.h"

#include <QString>

namespace Keyport {

/// A change to IAM v3 that can take access away from API keys and people: what LockoutAnalysis
/// judges before it is sent.
struct LockoutChange
{
    enum class Kind {
        RolePolicy, ///< the policy of role roleId replaced by policy
        RoleDeletion, ///< role roleId deleted
        OrganizationPolicy, ///< the organisation policy replaced by policy
        OrganizationReset, ///< the organisation policy reset to allow-all
    };

    Kind kind = Kind::RolePolicy;
    QString roleId;
    IamPolicy policy;

    static LockoutChange rolePolicy(const QString &roleId, const IamPolicy &policy)
    {
        return {Kind::RolePolicy, roleId, policy};
    }
    static LockoutChange roleDeletion(const QString &roleId)
    {
        return {Kind::RoleDeletion, roleId, IamPolicy::denyAll()};
    }
    static LockoutChange organizationPolicy(const IamPolicy &policy)
    {
        return {Kind::OrganizationPolicy, {}, policy};
    }
    /// `{"default-service-strategy": "allow", "services": {}}`.
    static LockoutChange organizationReset()
    {
        return {Kind::OrganizationReset, {}, IamPolicy::allowAll()};
    }

    /// Whether the change is to the organisation policy (everyone is concerned), not to a role.
    bool concernsOrganization() const
    {
        return kind == Kind::OrganizationPolicy || kind == Kind::OrganizationReset;
    }
};

} // namespace Keyport
