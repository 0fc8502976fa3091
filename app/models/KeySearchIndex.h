// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"

#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace Keyport {

/// What a text search over access keys looks at, laid out so that one word is matched against
/// every key at once: the keys' names and ids, lower case, in one text (one scan finds every
/// key holding the word), and their tags, operations and resource names as distinct terms, each
/// with the rows that hold it (a few hundred terms, however many keys hold them).
///
/// A value: built from a list of keys on any thread, read-only afterwards.
class KeySearchIndex
{
public:
    KeySearchIndex() = default;
    explicit KeySearchIndex(const AccessKeys &keys);

    /// How many keys (rows) it was built from.
    int size() const { return int(m_starts.size()); }
    /// Sets rows[row] = 1 for each key whose name, id, tags, operations or resource names
    /// contain @p word (lower case). @p rows has size() entries.
    void markTextMatches(const QString &word, std::vector<quint8> &rows) const;
    /// The keys' operations, each once, as the keys spell them.
    const QSet<QString> &operations() const { return m_operations; }
    /// The keys' resources, each once, in the order first met.
    const AccessKeyResources &resources() const { return m_resources; }

private:
    /// Per key: lower-case name, '\n', lower-case id, '\n'. A word never holds a line break.
    QString m_text;
    QList<qsizetype> m_starts; ///< where each key's part of m_text starts
    /// The distinct tags, operations and resource names, lower case, each followed by '\n'.
    QString m_termText;
    QList<qsizetype> m_termStarts; ///< where each term starts in m_termText
    QList<QList<int>> m_termRows; ///< per term, the rows holding it, ascending
    QSet<QString> m_operations;
    AccessKeyResources m_resources;
};

} // namespace Keyport
