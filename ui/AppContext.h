// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExoscaleClient.h"

#include <optional>

class QNetworkAccessManager;
class QSettings;

namespace Keyport {

class AccountStore;
class SecretStore;

/// What main() builds once and the windows share: plain, non-owning pointers, no singletons.
struct AppContext
{
    QNetworkAccessManager *network = nullptr;
    AccountStore *accounts = nullptr;
    /// The system keychain; null in demo mode.
    SecretStore *keychain = nullptr;
    /// Memory only: transient accounts, and everything in session-only mode.
    SecretStore *sessionSecrets = nullptr;
    /// Overrides the clients' timeouts and retry schedule (tests).
    std::optional<ClientOptions> clientOptions;
    /// Keyport's settings (window layout); null in demo mode, which writes nothing.
    QSettings *settings = nullptr;
};

} // namespace Keyport
