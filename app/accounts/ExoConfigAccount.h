// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Secret.h"

#include <QStringList>

namespace Keyport {

/// One [[accounts]] entry of the exo CLI's exoscale.toml, as ExoConfig read it. Move-only,
/// because it may carry the account's secret.
///
/// An entry may have a secret, a secretCommand, both, or neither (then Keyport asks for the
/// secret). When it has both, the exo CLI uses the secret and never runs the command, so
/// importers should do the same: the secret wins, and the command is kept only to be shown.
struct ExoConfigAccount
{
    /// name, key, defaultZone, endpoint and environment; origin is Account::Origin::Saved.
    Account account;
    /// The "secret" field, empty when the file has none.
    Secret secret;
    /// The "secretCommand" field: a program and its arguments (no shell), empty when absent.
    /// Run it only after the user agreed, with SecretCommandJob.
    QStringList secretCommand;
    /// Whether the file's defaultAccount names this account.
    bool isDefault = false;
};

} // namespace Keyport
