// SPDX-License-Identifier: GPL-3.0-or-later
#include "Endpoint.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Keyport {

QStringList Endpoint::zones()
{
    return {QStringLiteral("ch-gva-2"), QStringLiteral("ch-dk-2"), QStringLiteral("de-fra-1"),
        QStringLiteral("de-muc-1"), QStringLiteral("at-vie-1"), QStringLiteral("at-vie-2"),
        QStringLiteral("bg-sof-1"), QStringLiteral("hr-zag-1")};
}

Result<Endpoint> Endpoint::forZone(const QString &zone, const QString &environment)
{
    // Unknown but well-formed zones are accepted: Exoscale opens new ones.
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!label.match(zone).hasMatch()) {
        return Error(Error::Code::InvalidEndpoint,
            tr("\"%1\" is not a zone name such as ch-gva-2.").arg(zone));
    }
    if (!label.match(environment).hasMatch()) {
        return Error(Error::Code::InvalidEndpoint,
            tr("\"%1\" is not a valid API environment name.").arg(environment));
    }
    Endpoint endpoint;
    endpoint.m_baseUrl
        = QUrl(QStringLiteral("https://%1-%2.exoscale.com/v2").arg(environment, zone));
    endpoint.m_zone = zone;
    return endpoint;
}

Result<Endpoint> Endpoint::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    QUrl url(trimmed, QUrl::StrictMode);
    if (trimmed.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http")) {
        return Error(Error::Code::InvalidEndpoint,
            tr("\"%1\" is not an API address such as "
               "https://api-ch-gva-2.exoscale.com/v2.")
                .arg(trimmed));
    }
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty()) {
        return Error(Error::Code::InvalidEndpoint,
            tr("An API address has no query, fragment or user name: \"%1\".").arg(trimmed));
    }
    if (url.scheme() == u"http" && !isLoopbackHost(url.host())) {
        return Error(Error::Code::InsecureEndpoint,
            tr("The address %1 uses plain HTTP, which would expose every request. Use "
               "https://; plain HTTP is only accepted on this computer's own (loopback) "
               "addresses.")
                .arg(trimmed));
    }
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/v2");
    url.setPath(path);
    Endpoint endpoint;
    endpoint.m_baseUrl = url;
    return endpoint;
}

QString Endpoint::displayName() const
{
    return isCustom() ? m_baseUrl.toDisplayString() : m_zone;
}

QUrl Endpoint::url(const QString &encodedPath) const
{
    QUrl result = m_baseUrl;
    // A query (list-events' from and to) goes to the query, not into the path.
    const qsizetype query = encodedPath.indexOf(u'?');
    result.setPath(m_baseUrl.path(QUrl::FullyEncoded) + encodedPath.left(query), QUrl::StrictMode);
    if (query >= 0)
        result.setQuery(encodedPath.mid(query + 1), QUrl::StrictMode);
    return result;
}

bool Endpoint::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Endpoint::isExoscaleHost(const QString &host)
{
    // The ACE form ("xn--…") of an internationalised name never ends in the ASCII suffix.
    const QString ascii = QString::fromLatin1(QUrl::toAce(host)).toLower();
    return ascii.endsWith(u".exoscale.com");
}

bool Endpoint::needsHostConfirmation() const
{
    if (!isValid() || !isCustom())
        return false;
    const QString host = m_baseUrl.host();
    return !isExoscaleHost(host) && !isLoopbackHost(host);
}

QString Endpoint::hostWarning() const
{
    return tr("%1 is not an Exoscale API host. Keyport's signature on a request does not cover "
              "the host it is sent to, so %1 could send your requests on to Exoscale and act "
              "with your key for up to %n minute(s) after each one. Use this address only if "
              "you trust whoever runs it.",
        nullptr, int(signatureValiditySeconds / 60))
        .arg(m_baseUrl.host());
}

} // namespace Keyport
