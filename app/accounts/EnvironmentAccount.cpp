// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentAccount.h"

using namespace Qt::StringLiterals;

namespace Keyport {

std::optional<Result<EnvironmentCredentials>> EnvironmentAccount::fromEnvironment(
    const QProcessEnvironment &env)
{
    const QString keyVariable = u"EXOSCALE_API_KEY"_s;
    const QString apiKey = env.value(keyVariable);
    if (apiKey.isEmpty())
        return std::nullopt;
    // Checked first: a key id with a line break would otherwise reach an HTTP header.
    if (const Error invalid = Account::validateApiKey(apiKey)) {
        return Result<EnvironmentCredentials>(
            Error::invalidInput(tr("The environment variable %1 cannot be used. %2")
                                    .arg(keyVariable, invalid.message())));
    }

    const QString secretVariable = u"EXOSCALE_API_SECRET"_s;
    if (env.value(secretVariable).isEmpty()) {
        return Result<EnvironmentCredentials>(Error::invalidInput(
            tr("The environment variable EXOSCALE_API_KEY is set but %1 is not. Set both to use "
               "an account from the environment.")
                .arg(secretVariable)));
    }

    EnvironmentCredentials credentials;
    Account &account = credentials.account;
    account.name = accountName();
    account.apiKey = apiKey;
    account.origin = Account::Origin::Environment;
    const QString zone = env.value(u"EXOSCALE_ZONE"_s);
    if (!zone.isEmpty())
        account.zone = zone;
    const QString endpointVariable = u"EXOSCALE_API_ENDPOINT"_s;
    account.customEndpoint = env.value(endpointVariable).trimmed();

    const Result<Endpoint> endpoint = account.endpoint();
    if (!endpoint) {
        const Error cause = endpoint.error();
        const QString variable
            = account.customEndpoint.isEmpty() ? u"EXOSCALE_ZONE"_s : endpointVariable;
        // The Endpoint's code (InvalidEndpoint, InsecureEndpoint) is kept; the message adds
        // which variable to fix.
        return Result<EnvironmentCredentials>(Error(cause.code(),
            tr("The environment variable %1 cannot be used. %2").arg(variable, cause.message()),
            cause.detail()));
    }
    if (endpoint.value().needsHostConfirmation()) {
        // Nobody can be asked before the first request here, so the host is refused; Add
        // Account asks for the same host and lets a person confirm it.
        return Result<EnvironmentCredentials>(Error(Error::Code::InvalidEndpoint,
            tr("The environment variable %1 cannot be used. %2 To use this address anyway, add "
               "the account with Add Account, which asks you to confirm the host.")
                .arg(endpointVariable, endpoint.value().hostWarning())));
    }
    if (!account.customEndpoint.isEmpty())
        account.customEndpoint = endpoint.value().baseUrl().toString();

    credentials.secret = Secret::fromString(env.value(secretVariable));
    return Result<EnvironmentCredentials>(std::move(credentials));
}

QString EnvironmentAccount::selectedAccountName(const QProcessEnvironment &env)
{
    return env.value(u"EXOSCALE_ACCOUNT"_s);
}

} // namespace Keyport
