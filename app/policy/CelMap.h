// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CelValue.h"

#include <QHash>
#include <QList>
#include <QStringView>

#include <utility>

namespace Keyport::Cel {

/// A CEL map: keys are int, uint, bool or string values; entries keep their insertion order.
/// Lookups treat numeric keys by value across int, uint and double, as CEL does.
class Map
{
public:
    using Entry = std::pair<Value, Value>;

    /// Whether @p key may be a map key (int, uint, bool, string).
    static bool isValidKey(const Value &key);

    /// Adds an entry; false (and nothing changes) when the key is already present or invalid.
    bool insert(Value key, Value value);
    /// Adds or replaces the entry of a string key (for building contexts).
    void insertOrAssign(const QString &key, Value value);

    const Value *find(const Value &key) const;
    const Value *find(QStringView key) const;
    bool contains(const Value &key) const { return find(key) != nullptr; }

    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_stringIndex; ///< string keys -> index in m_entries
};

} // namespace Keyport::Cel
