// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ApiKey.h"
#include "domain/IamPolicy.h"
#include "domain/IamRole.h"
#include "domain/User.h"
#include "policy/ServiceMap.h"

#include <QList>
#include <QString>

namespace Keyport {

/// What an account's IAM v3 looks like at one moment, as listed: the organisation policy, the
/// roles, the API keys, the people and the key the account signs with. Plain data, no I/O.
struct IamSnapshot
{
    IamPolicy organizationPolicy = IamPolicy::allowAll();
    QList<IamRole> roles;
    QList<ApiKey> apiKeys;
    /// Each bound to its role (User::role).
    QList<User> users;
    /// The key ("EXO…") this account signs with; it may be a legacy key, then it is not among
    /// apiKeys.
    QString signingKey;
    /// Operation -> service class; must outlive whatever reads the snapshot.
    const ServiceMap *services = &ServiceMap::builtIn();
};

} // namespace Keyport
