// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/EnvironmentCredentials.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace Keyport {

/// The exo CLI's environment variables (API.md §7): EXOSCALE_API_KEY and EXOSCALE_API_SECRET,
/// optionally EXOSCALE_ZONE and EXOSCALE_API_ENDPOINT, give a transient account that is never
/// saved; EXOSCALE_ACCOUNT selects a saved account by name. Empty variables count as unset.
class EnvironmentAccount
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::EnvironmentAccount)

public:
    /// "Environment": the name of the transient account. Not translated, because it is an
    /// identifier (for --account, the log and keychain-free lookups), not a sentence.
    static QString accountName() { return QStringLiteral("Environment"); }

    /// std::nullopt when EXOSCALE_API_KEY is unset or empty. Otherwise the account, or an Error:
    /// InvalidInput when EXOSCALE_API_KEY is not a key id (Account::validateApiKey) or
    /// EXOSCALE_API_SECRET is missing, the Endpoint's error (with its code, such as
    /// InsecureEndpoint) when EXOSCALE_ZONE or EXOSCALE_API_ENDPOINT is unusable, and
    /// InvalidEndpoint when EXOSCALE_API_ENDPOINT names a host that needs a person's
    /// confirmation (Endpoint::needsHostConfirmation): there is nobody to ask here.
    static std::optional<Result<EnvironmentCredentials>> fromEnvironment(
        const QProcessEnvironment &env);

    /// EXOSCALE_ACCOUNT, or an empty string.
    static QString selectedAccountName(const QProcessEnvironment &env);
};

} // namespace Keyport
