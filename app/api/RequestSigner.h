// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Endpoint.h"
#include "domain/Secret.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace Keyport {

/// Builds the EXO2-HMAC-SHA256 Authorization header for one request (API.md §3).
/// The caller signs the exact bytes it sends.
class RequestSigner
{
public:
    using QueryItems = QList<std::pair<QString, QString>>;

    /// Requests are valid for ten minutes, as with Exoscale's own clients.
    static constexpr qint64 validitySeconds = Endpoint::signatureValiditySeconds;

    RequestSigner(QString apiKey, Secret apiSecret);

    QString apiKey() const { return m_apiKey; }
    /// Whether apiKey() can go into an Authorization header: see isSignableKeyId().
    bool canSign() const { return isSignableKeyId(m_apiKey); }

    /// The Authorization header's value; empty, and nothing signed, when !canSign().
    QByteArray authorization(QByteArrayView method, const QUrl &url, QByteArrayView body,
        const QDateTime &expires) const;

    /// Non-empty ASCII letters and digits only. Key ids are checked where they enter Keyport
    /// (AccessKey::isValidKeyId); this is the last line: a CR, LF, comma or space in the id
    /// would add headers or header parameters of its own choosing to the request.
    static bool isSignableKeyId(QStringView keyId);

    /// The query parameters that are signed, ordered by name: those that appear once.
    static QueryItems signedQueryItems(const QUrl &url);
    /// Decodes a query string as the API's servers do: percent escapes, and '+' as a space.
    static QueryItems decodeQuery(QByteArrayView encodedQuery);
    /// The five-line message: "METHOD path", body, query values, "" (signed headers), expiry.
    static QByteArray message(QByteArrayView method, QByteArrayView encodedPath,
        QByteArrayView body, const QueryItems &signedQuery, qint64 expires);
    /// Standard Base64 of HMAC-SHA256(secret, message).
    static QByteArray signature(const QByteArray &secret, const QByteArray &message);

private:
    QString m_apiKey;
    Secret m_apiSecret;
};

} // namespace Keyport
