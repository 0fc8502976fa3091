// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IamPolicy.h"
#include "IamRole.h"
#include "IamRoleDraft.h"
#include "KeyDraft.h"

namespace Keyport {

/// The `exo` command line equivalent to an action, for people who script (IAM-V3.md §7).
class ExoCommandLine
{
public:
    /// `exo iam access-key create NAME [--operation …] [--tag …] [--resource …]`.
    static QString forDraft(const KeyDraft &draft);
    /// `exo iam role create NAME [--description D] [--permissions P,Q] [--editable=false]
    /// [--label k=v]… --policy '<json>'`: the policy always, as Exoscale requires one.
    static QString forRoleCreate(const IamRoleDraft &draft);
    /// `exo iam role update NAME [--description D] [--permissions P,Q] [--label k=v]…
    /// --policy '<json>'`: the role's editable members as @p role holds them, and its policy
    /// (none when it has none).
    static QString forRoleUpdate(const IamRole &role);
    /// `exo iam api-key create NAME ROLE`; @p role is the role's name or id (exo takes either).
    static QString forApiKey(const QString &name, const QString &role);
    /// `exo iam org-policy update '<json>'`: @p policy whole, as update-iam-organization-policy
    /// replaces the organisation policy with it.
    static QString forOrganizationPolicyUpdate(const IamPolicy &policy);
    /// POSIX shell quoting: bare when safe, else in single quotes.
    static QString quoted(const QString &word);
};

} // namespace Keyport
