// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Secret.h"

namespace Keyport {

/// The transient account given by the EXOSCALE_* environment variables, with its secret.
/// Move-only, because of the Secret.
struct EnvironmentCredentials
{
    /// Named EnvironmentAccount::accountName(), origin Account::Origin::Environment.
    Account account;
    Secret secret;
};

} // namespace Keyport
