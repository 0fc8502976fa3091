// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace Keyport {

/// One resource an access key is restricted to, e.g. the SOS bucket "my-bucket".
/// Text form (as in the exo CLI and Terraform): DOMAIN/TYPE:NAME, e.g. "sos/bucket:my-bucket".
class AccessKeyResource
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::AccessKeyResource)

public:
    AccessKeyResource() = default;
    AccessKeyResource(QString domain, QString type, QString name);

    QString domain() const { return m_domain; }
    QString type() const { return m_type; }
    QString name() const { return m_name; }

    /// "sos/bucket:my-bucket"
    QString toString() const;
    /// Splits at the first ':' (names may hold colons), then the left part at the first '/'.
    /// Checks only the shape; validate() checks the meaning.
    static Result<AccessKeyResource> parse(QStringView text);

    /// Known domain/type pairs and, for SOS buckets, the bucket naming rules.
    Error validate() const;

    /// The domains Keyport knows, and the one resource type that goes with each.
    static QStringList knownDomains();
    static QString typeForDomain(const QString &domain);

    /// SOS bucket names: 3-63 characters of a-z, 0-9, '.', '-', starting and ending with a letter
    /// or digit, not shaped like an IPv4 address. Returns an empty Error when the name is valid.
    static Error validateBucketName(const QString &name);

    friend bool operator==(const AccessKeyResource &, const AccessKeyResource &) = default;

private:
    QString m_domain;
    QString m_type;
    QString m_name;
};

using AccessKeyResources = QList<AccessKeyResource>;

} // namespace Keyport
