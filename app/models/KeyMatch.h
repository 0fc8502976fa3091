// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Keyport {

/// One reason why an access key matched one word of a search: the tag, operation, resource,
/// name or id the word was found in, or the power that lets the key do what the word names.
struct KeyMatch
{
    enum class Kind {
        Name,
        KeyId,
        Tag,
        Operation,
        Resource,
        /// An unrestricted key and a word that names operations: it may call every operation.
        Unrestricted,
        /// A word that names a resource (a bucket) and a key with no resource restriction that
        /// may call operations of that resource's domain: it may reach that resource.
        AnyResource,
    };

    QString word; ///< the word of the query, lower case
    Kind kind = Kind::Name;
    QString subject; ///< the name, id, tag, operation or resource ("sos/bucket:x") matched
    QString tag; ///< for Operation: the key's tag that brings it; empty when picked alone
    bool exact = false; ///< the word is the whole subject, not a part of it

    friend bool operator==(const KeyMatch &, const KeyMatch &) = default;
};

using KeyMatches = QList<KeyMatch>;

} // namespace Keyport
