// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "KeyMatch.h"

#include <QCoreApplication>
#include <QStringList>

namespace Keyport {

/// Why one key is in the filtered list: for each word of the query, what it matched.
/// Empty when there is no query (or the key does not match it).
class MatchReason
{
    Q_DECLARE_TR_FUNCTIONS(Keyport::MatchReason)

public:
    QString keyId; ///< the key this reason is about
    QString query; ///< the query as typed
    KeyMatches matches; ///< every match, grouped by word in the order of the query

    bool isEmpty() const { return matches.isEmpty(); }
    /// The words of the query that matched, in order, without repeats.
    QStringList words() const;
    /// The best match of @p word: an exact tag, operation or resource first, then the name, the
    /// id, a part of a tag, operation or resource, and the power of the key last.
    KeyMatch bestMatch(const QString &word) const;
    /// The matched tags, operations or resources (by kind), for highlighting.
    QStringList subjects(KeyMatch::Kind kind) const;

    /// One line: Matches "delete-dns": operation delete-dns-domain (tag dns)
    QString text() const;
    /// The reason of one match: "operation delete-dns-domain (tag dns)".
    static QString describe(const KeyMatch &match);

    friend bool operator==(const MatchReason &, const MatchReason &) = default;
};

} // namespace Keyport
