// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyResource.h"

#include <QRegularExpression>

namespace Keyport {

namespace {
const QString sosDomain = QStringLiteral("sos");
const QString partnerDomain = QStringLiteral("partner");
const QString bucketType = QStringLiteral("bucket");
const QString productType = QStringLiteral("product");
} // namespace

AccessKeyResource::AccessKeyResource(QString domain, QString type, QString name)
    : m_domain(std::move(domain))
    , m_type(std::move(type))
    , m_name(std::move(name))
{ }

QString AccessKeyResource::toString() const
{
    return m_domain + u'/' + m_type + u':' + m_name;
}

Result<AccessKeyResource> AccessKeyResource::parse(QStringView text)
{
    const auto trimmed = text.trimmed();
    const auto colon = trimmed.indexOf(u':');
    const auto slash = colon < 0 ? -1 : trimmed.left(colon).indexOf(u'/');
    if (colon < 0 || slash < 0) {
        return Error::invalidInput(
            tr("\"%1\" is not a resource: write it as DOMAIN/TYPE:NAME, e.g. sos/bucket:my-bucket.")
                .arg(trimmed));
    }
    AccessKeyResource resource(trimmed.left(slash).toString(),
        trimmed.mid(slash + 1, colon - slash - 1).toString(), trimmed.mid(colon + 1).toString());
    if (resource.m_domain.isEmpty() || resource.m_type.isEmpty() || resource.m_name.isEmpty()) {
        return Error::invalidInput(
            tr("\"%1\" is not a resource: domain, type and name must all be given, as in "
               "sos/bucket:my-bucket.")
                .arg(trimmed));
    }
    return resource;
}

QStringList AccessKeyResource::knownDomains()
{
    return {sosDomain, partnerDomain};
}

QString AccessKeyResource::typeForDomain(const QString &domain)
{
    if (domain == sosDomain)
        return bucketType;
    if (domain == partnerDomain)
        return productType;
    return {};
}

Error AccessKeyResource::validate() const
{
    const QString expectedType = typeForDomain(m_domain);
    if (expectedType.isEmpty()) {
        return Error::invalidInput(
            tr("Unknown resource domain \"%1\": use \"sos\" (buckets) or \"partner\" (products).")
                .arg(m_domain));
    }
    if (m_type != expectedType) {
        return Error::invalidInput(tr("Resources of the domain \"%1\" are of the type \"%2\", not "
                                      "\"%3\".")
                                       .arg(m_domain, expectedType, m_type));
    }
    if (m_name.isEmpty())
        return Error::invalidInput(tr("The resource needs a name."));
    if (m_domain == sosDomain)
        return validateBucketName(m_name);
    for (const QChar c : m_name) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Error::invalidInput(tr("A product name cannot contain spaces or control "
                                          "characters."));
    }
    return {};
}

Error AccessKeyResource::validateBucketName(const QString &name)
{
    if (name.size() < 3 || name.size() > 63) {
        return Error::invalidInput(
            tr("A bucket name has 3 to 63 characters; \"%1\" has %n.", nullptr, int(name.size()))
                .arg(name));
    }
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9.-]+$"));
    if (!allowed.match(name).hasMatch()) {
        return Error::invalidInput(
            tr("A bucket name may hold only lower-case letters, digits, dots "
               "and hyphens."));
    }
    const auto isAlnum
        = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'); };
    if (!isAlnum(name.front()) || !isAlnum(name.back())) {
        return Error::invalidInput(tr("A bucket name starts and ends with a letter or a digit."));
    }
    static const QRegularExpression ipv4(
        QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    if (ipv4.match(name).hasMatch())
        return Error::invalidInput(tr("A bucket name cannot look like an IP address."));
    return {};
}

} // namespace Keyport
