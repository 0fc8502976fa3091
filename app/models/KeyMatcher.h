// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"
#include "domain/Catalog.h"
#include "MatchReason.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <vector>

namespace Keyport {

class KeySearchIndex;

/// Decides whether an access key matches a search, and says why: a capability search.
///
/// Every word of the query must match. A word matches a key when it is a part of the key's
/// name, id, tags, operations or resource names (as the list has always searched), and also:
/// - when the word names operations (it is a tag, or it is found in an operation name at the
///   start of a dash-separated part: "delete-dns", "dns", "sos-object"), an unrestricted key
///   matches it, since it may call every operation;
/// - when the word is the whole name of a resource some key is restricted to (a bucket), a key
///   with no resource restriction matches it if it may call an operation of that resource's
///   domain (any operation when the catalog does not know the domain), since it may reach
///   every resource of that domain.
/// Restricted keys list their tags' operations already (the server expands tags).
class KeyMatcher
{
public:
    KeyMatcher() = default;
    /// @p knownOperations: operation names besides the catalog's (those of the keys listed),
    /// @p resources: every resource the keys listed are restricted to.
    KeyMatcher(const QString &query, const Catalog &catalog, const QSet<QString> &knownOperations,
        const AccessKeyResources &resources);

    bool isEmpty() const { return m_words.isEmpty(); }
    QString query() const { return m_query; }

    bool matches(const AccessKey &key) const;
    /// matches() for every key at once: clears pass[row] for each of @p keys that does not
    /// match. @p index is built from @p keys; @p pass has one entry per key.
    void filter(
        const AccessKeys &keys, const KeySearchIndex &index, std::vector<quint8> &pass) const;
    /// The same answer as matches(), with every match of every word; empty when the key does
    /// not match or the query is empty.
    MatchReason explain(const AccessKey &key) const;

    /// Whether @p word (lower case) is found in @p operation at the start of a dash-separated
    /// part.
    static bool namesOperation(const QString &operation, const QString &word);

private:
    struct Word
    {
        QString text;
        bool namesOperations = false;
        AccessKeyResources resources; ///< the resources the word is the name of
        /// The operations that act on those resources; empty when not known.
        QSet<QString> resourceOperations;
        bool anyOperationReachesResources = false;
    };

    bool reachesResources(const AccessKey &key, const Word &word) const;
    /// Whether @p key may do what @p word names without holding the word in its text.
    bool hasPowerOf(const AccessKey &key, const Word &word) const;

    QString m_query;
    QList<Word> m_words;
    Catalog m_catalog;
};

} // namespace Keyport
