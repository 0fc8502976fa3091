// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/ExoConfigAccount.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <vector>

namespace Keyport {

/// The exo CLI's configuration file (exoscale.toml), read to import its accounts. Keys are
/// case-insensitive, as in the exo CLI. Every account read is checked: a name Keyport accepts,
/// an API key, and a usable zone or endpoint; anything wrong makes the whole file an Error,
/// because importing half a file silently would be worse than saying what to fix.
class ExoConfig
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::ExoConfig)

public:
    /// Where the exo CLI looks, in order: only EXOSCALE_CONFIG when it is set (and not empty);
    /// otherwise $XDG_CONFIG_HOME/exoscale/exoscale.toml (XDG_CONFIG_HOME defaulting to
    /// $HOME/.config), then $HOME/.exoscale/exoscale.toml. Reads nothing but @p env.
    static QStringList candidatePaths(const QProcessEnvironment &env);
    /// The first of candidatePaths() that is an existing file, or an empty string.
    static QString locate(const QProcessEnvironment &env);

    /// Reads and parses the file at @p path. A missing, unreadable or oversized file gives an
    /// Error (InvalidInput) naming the file; otherwise as parse().
    static Result<ExoConfig> load(const QString &path);
    /// Parses @p toml; @p fileName names the file in error messages, such as
    /// "exoscale.toml, line 4, column 9: …" for a syntax error. Bytes that are not valid UTF-8
    /// are refused (with their line and offset) before the TOML parser sees them, and so is an
    /// API key that is not a key id (Account::validateApiKey). Errors are InvalidInput, except
    /// an unusable endpoint or zone, which keeps the Endpoint's code (InvalidEndpoint or
    /// InsecureEndpoint), and an endpoint whose host would need a person's confirmation
    /// (Endpoint::needsHostConfirmation), which is InvalidEndpoint: the import asks nobody.
    /// No error message ever contains a secret.
    static Result<ExoConfig> parse(const QByteArray &toml, const QString &fileName);

    /// The account named @p name, or nullptr.
    const ExoConfigAccount *account(const QString &name) const;

    /// The file's defaultAccount, as written (it may name no account of the file).
    QString defaultAccount;
    /// The accounts, in the file's order.
    std::vector<ExoConfigAccount> accounts;
};

} // namespace Keyport
