// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessKeyResource.h"

#include <QMetaType>
#include <QStringList>

namespace Keyport {

/// A legacy IAM access key as the API describes it. Never holds a secret (see CreatedKey).
class AccessKey
{
public:
    enum class Type { Unknown, Restricted, Unrestricted };

    QString name;
    QString key; ///< The id: "EXO" followed by 24 hex digits.
    Type type = Type::Unknown;
    QString typeText; ///< As on the wire, kept when the value is one Keyport does not know.
    QString version; ///< "v1" or "v2".
    QStringList tags;
    QStringList operations; ///< As read back: includes the operations of the tags.
    AccessKeyResources resources;

    bool isRestricted() const { return type == Type::Restricted; }

    /// "EXO" followed by 24 hexadecimal digits.
    static bool isValidKeyId(QStringView id);
    /// The type a wire value names ("restricted", "unrestricted"); Unknown for anything newer.
    static Type typeFromText(QStringView text);

    friend bool operator==(const AccessKey &, const AccessKey &) = default;
};

using AccessKeys = QList<AccessKey>;

} // namespace Keyport

Q_DECLARE_METATYPE(Keyport::AccessKey)
