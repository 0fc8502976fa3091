// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestSigner.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <cstring>

namespace Keyport {

RequestSigner::RequestSigner(QString apiKey, Secret apiSecret)
    : m_apiKey(std::move(apiKey))
    , m_apiSecret(std::move(apiSecret))
{ }

RequestSigner::QueryItems RequestSigner::decodeQuery(QByteArrayView encodedQuery)
{
    QueryItems items;
    if (encodedQuery.isEmpty())
        return items;
    const auto decode = [](QByteArrayView part) {
        return QUrl::fromPercentEncoding(part.toByteArray().replace('+', ' '));
    };
    for (const QByteArray &pair : encodedQuery.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const auto equals = pair.indexOf('=');
        items.append({decode(pair.left(equals < 0 ? pair.size() : equals)),
            equals < 0 ? QString() : decode(pair.mid(equals + 1))});
    }
    return items;
}

RequestSigner::QueryItems RequestSigner::signedQueryItems(const QUrl &url)
{
    const auto items = decodeQuery(url.query(QUrl::FullyEncoded).toUtf8());
    QueryItems result;
    for (const auto &[name, value] : items) {
        const auto sameName = [&name](const auto &item) { return item.first == name; };
        if (!name.isEmpty() && std::count_if(items.begin(), items.end(), sameName) == 1)
            result.append({name, value});
    }
    // Byte order of the UTF-8 names, as the servers compare them.
    std::sort(result.begin(), result.end(),
        [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    return result;
}

QByteArray RequestSigner::message(QByteArrayView method, QByteArrayView encodedPath,
    QByteArrayView body, const QueryItems &signedQuery, qint64 expires)
{
    QByteArray values;
    for (const auto &item : signedQuery)
        values += item.second.toUtf8();

    QByteArray result;
    result.reserve(method.size() + encodedPath.size() + body.size() + values.size() + 32);
    result.append(method).append(' ').append(encodedPath).append('\n');
    result.append(body).append('\n');
    result.append(values).append('\n');
    result.append('\n'); // signed headers: none today
    result.append(QByteArray::number(expires));
    return result;
}

QByteArray RequestSigner::signature(const QByteArray &secret, const QByteArray &message)
{
    // HMAC-SHA256 (RFC 2104) over buffers of our own, wiped when done:
    // QMessageAuthenticationCode would keep an unwiped, padded copy of the secret on the heap.
    constexpr qsizetype blockSize = 64;
    std::array<char, blockSize> key{};
    if (secret.size() > blockSize) {
        const QByteArray digest = QCryptographicHash::hash(secret, QCryptographicHash::Sha256);
        std::memcpy(key.data(), digest.constData(), size_t(digest.size()));
    } else {
        std::memcpy(key.data(), secret.constData(), size_t(secret.size()));
    }
    std::array<char, blockSize> pad{};
    const auto padWith = [&key, &pad](char value) {
        for (qsizetype i = 0; i < blockSize; ++i)
            pad[size_t(i)] = char(key[size_t(i)] ^ value);
        return QByteArrayView(pad.data(), blockSize);
    };
    QCryptographicHash inner(QCryptographicHash::Sha256);
    inner.addData(padWith(0x36));
    inner.addData(message);
    const QByteArray innerDigest = inner.result();
    QCryptographicHash outer(QCryptographicHash::Sha256);
    outer.addData(padWith(0x5c));
    outer.addData(innerDigest);
    const QByteArray result = outer.result().toBase64();
    explicit_bzero(key.data(), key.size());
    explicit_bzero(pad.data(), pad.size());
    return result;
}

bool RequestSigner::isSignableKeyId(QStringView keyId)
{
    if (keyId.isEmpty())
        return false;
    return std::all_of(keyId.begin(), keyId.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    });
}

QByteArray RequestSigner::authorization(
    QByteArrayView method, const QUrl &url, QByteArrayView body, const QDateTime &expires) const
{
    if (!canSign())
        return {};
    const qint64 expiry = expires.toSecsSinceEpoch();
    const QueryItems query = signedQueryItems(url);
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    const QByteArray toSign = message(method.toByteArray().toUpper(), path, body, query, expiry);

    QByteArray header = "EXO2-HMAC-SHA256 credential=" + m_apiKey.toUtf8();
    if (!query.isEmpty()) {
        QByteArrayList names;
        for (const auto &item : query)
            names.append(item.first.toUtf8());
        header += ",signed-query-args=" + names.join(';');
    }
    header += ",expires=" + QByteArray::number(expiry);
    header += ",signature=" + signature(m_apiSecret.utf8(), toSign);
    return header;
}

} // namespace Keyport
