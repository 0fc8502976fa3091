// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace Keyport {

/// Where an account's API lives: a zone's endpoint (https://api-<zone>.exoscale.com/v2) or a
/// custom base URL. Plain HTTP is accepted only for loopback addresses (the sandbox).
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::Endpoint)

public:
    /// How long a signed request stays valid, so how long a host could replay it (API.md §3);
    /// RequestSigner signs for this long.
    static constexpr qint64 signatureValiditySeconds = 600;

    Endpoint() = default;

    /// The zones of Exoscale, the default first.
    static QStringList zones();
    static QString defaultZone() { return QStringLiteral("ch-gva-2"); }

    /// @p environment is the host prefix of the exo CLI's config ("api" by default).
    static Result<Endpoint> forZone(
        const QString &zone, const QString &environment = QStringLiteral("api"));
    /// A base URL typed by a person or read from a config: with or without "/v2", with or
    /// without a trailing slash.
    static Result<Endpoint> fromUrl(const QString &text);

    bool isValid() const { return m_baseUrl.isValid(); }
    /// The base URL, ending in "/v2" without a slash.
    QUrl baseUrl() const { return m_baseUrl; }
    /// Empty for a custom endpoint.
    QString zone() const { return m_zone; }
    bool isCustom() const { return m_zone.isEmpty(); }
    /// The zone, or the custom URL.
    QString displayName() const;

    /// The URL of an API path such as "/access-key/EXO…" (already escaped).
    QUrl url(const QString &encodedPath) const;

    static bool isLoopbackHost(const QString &host);
    /// A host under exoscale.com (compared in its ASCII form, so look-alike letters do not
    /// pass), such as api-ch-gva-2.exoscale.com.
    static bool isExoscaleHost(const QString &host);

    /// Whether a person must confirm the host before Keyport sends it a signed request: a
    /// custom endpoint that is neither an Exoscale host nor loopback. The signature does not
    /// cover the host, so such a host could replay the signed requests to Exoscale.
    bool needsHostConfirmation() const;
    /// Why needsHostConfirmation(): a translated warning that names the host.
    QString hostWarning() const;

    friend bool operator==(const Endpoint &, const Endpoint &) = default;

private:
    QUrl m_baseUrl;
    QString m_zone;
};

} // namespace Keyport
