// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"

#include <QSet>

#include <algorithm>

namespace Keyport {

namespace {
void sortUnique(QStringList &list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}
} // namespace

Catalog::Catalog(const QList<CatalogOperation> &entries)
{
    m_tagsByOperation.reserve(entries.size());
    for (const CatalogOperation &entry : entries) {
        QStringList &tags = m_tagsByOperation[entry.name];
        tags += entry.tags;
        for (const QString &tag : entry.tags)
            m_operationsByTag[tag].append(entry.name);
    }
    for (auto it = m_tagsByOperation.begin(); it != m_tagsByOperation.end(); ++it) {
        sortUnique(it.value());
        m_operations.append(it.key());
    }
    for (QStringList &operations : m_operationsByTag)
        sortUnique(operations);
    std::sort(m_operations.begin(), m_operations.end());
}

QList<CatalogOperation> Catalog::entries() const
{
    QList<CatalogOperation> result;
    result.reserve(m_operations.size());
    for (const QString &operation : m_operations)
        result.append({operation, m_tagsByOperation.value(operation)});
    return result;
}

bool Catalog::containsOperation(const QString &operation) const
{
    return m_tagsByOperation.contains(operation);
}

bool Catalog::containsTag(const QString &tag) const
{
    return m_operationsByTag.contains(tag);
}

QStringList Catalog::operationsForTag(const QString &tag) const
{
    return m_operationsByTag.value(tag);
}

QStringList Catalog::tagsForOperation(const QString &operation) const
{
    return m_tagsByOperation.value(operation);
}

QStringList Catalog::tagsCovering(const QString &operation, const QStringList &tags) const
{
    const QStringList operationTags = tagsForOperation(operation);
    QStringList result;
    for (const QString &tag : tags) {
        if (operationTags.contains(tag) && !result.contains(tag))
            result.append(tag);
    }
    return result;
}

QStringList Catalog::effectiveOperations(
    const QStringList &tags, const QStringList &operations) const
{
    QStringList result = operations;
    for (const QString &tag : tags)
        result += operationsForTag(tag);
    sortUnique(result);
    return result;
}

} // namespace Keyport
