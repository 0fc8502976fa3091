// SPDX-License-Identifier: GPL-3.0-or-later
#include "CelMap.h"

namespace Keyport::Cel {

bool Map::isValidKey(const Value &key)
{
    switch (key.kind()) {
    case Value::Kind::Int:
    case Value::Kind::Uint:
    case Value::Kind::Bool:
    case Value::Kind::String:
        return true;
    default:
        return false;
    }
}

bool Map::insert(Value key, Value value)
{
    if (!isValidKey(key) || find(key))
        return false;
    if (key.kind() == Value::Kind::String)
        m_stringIndex.insert(key.toString(), m_entries.size());
    m_entries.append({std::move(key), std::move(value)});
    return true;
}

void Map::insertOrAssign(const QString &key, Value value)
{
    const auto it = m_stringIndex.constFind(key);
    if (it != m_stringIndex.constEnd()) {
        m_entries[*it].second = std::move(value);
        return;
    }
    m_stringIndex.insert(key, m_entries.size());
    m_entries.append({Value::fromString(key), std::move(value)});
}

const Value *Map::find(QStringView key) const
{
    // Small maps (request parameters) are searched in place: no string copy for the hash.
    if (m_entries.size() <= 8) {
        for (const Entry &entry : m_entries) {
            if (entry.first.kind() == Value::Kind::String && entry.first.toString() == key)
                return &entry.second;
        }
        return nullptr;
    }
    const auto it = m_stringIndex.constFind(key.toString());
    return it == m_stringIndex.constEnd() ? nullptr : &m_entries.at(*it).second;
}

const Value *Map::find(const Value &key) const
{
    switch (key.kind()) {
    case Value::Kind::String: {
        const auto it = m_stringIndex.constFind(key.toString());
        return it == m_stringIndex.constEnd() ? nullptr : &m_entries.at(*it).second;
    }
    case Value::Kind::Bool:
        for (const Entry &entry : m_entries) {
            if (entry.first.kind() == Value::Kind::Bool && entry.first.toBool() == key.toBool())
                return &entry.second;
        }
        return nullptr;
    case Value::Kind::Int:
    case Value::Kind::Uint:
    case Value::Kind::Double:
        // Numeric keys are found by value across int, uint and double.
        for (const Entry &entry : m_entries) {
            if (Value::compareNumbers(entry.first, key) == 0)
                return &entry.second;
        }
        return nullptr;
    default:
        return nullptr;
    }
}

} // namespace Keyport::Cel
