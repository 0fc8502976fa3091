// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Endpoint.h"
#include "domain/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Keyport {

/// An Exoscale account as Keyport knows it: which key signs, and where the API is. Never holds
/// the secret: that lives in a SecretStore, under SecretStore::entryName(name, apiKey).
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Account)

public:
    enum class Origin {
        Saved, ///< in Keyport's settings
        Environment, ///< from EXOSCALE_API_KEY and friends; never saved
        Demo, ///< the in-process sandbox; never saved
        Session, ///< added while the keychain could not be used: kept for this session only
    };

    QString name;
    QString apiKey;
    QString zone = Endpoint::defaultZone(); ///< used when customEndpoint is empty
    QString customEndpoint; ///< a full base URL, e.g. http://127.0.0.1:8080/v2
    QString environment = QStringLiteral("api"); ///< host prefix (exo CLI), "api" by default
    Origin origin = Origin::Saved;

    bool isSaved() const { return origin == Origin::Saved; }
    Result<Endpoint> endpoint() const;

    /// 1-64 characters, not blank, no '/' (it is part of keychain entry names), no control
    /// characters, no line or paragraph separators, no bidirectional marks, embeddings,
    /// overrides or isolates (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069: they can
    /// make a name look like another), no leading or trailing space.
    static Error validateName(const QString &name);
    /// An API key id: "EXO" followed by 24 hexadecimal digits (AccessKey::isValidKeyId). The
    /// message never quotes the value, which may be a secret pasted into the wrong field.
    static Error validateApiKey(const QString &apiKey);

    friend bool operator==(const Account &, const Account &) = default;
};

} // namespace Keyport
