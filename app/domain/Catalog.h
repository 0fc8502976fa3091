// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

namespace Keyport {

/// One entry of the operation catalog: an operation and the tags it belongs to.
struct CatalogOperation
{
    QString name;
    QStringList tags;

    friend bool operator==(const CatalogOperation &, const CatalogOperation &) = default;
};

/// The operations an access key may be restricted to, grouped by tag, as fetched from the API.
/// Never hard-coded: always built from a list-access-key(-known)-operations answer.
class Catalog
{
public:
    Catalog() = default;
    explicit Catalog(const QList<CatalogOperation> &entries);

    bool isEmpty() const { return m_operations.isEmpty(); }
    qsizetype operationCount() const { return m_operations.size(); }

    /// All operations, sorted.
    const QStringList &operations() const { return m_operations; }
    /// All tags, sorted.
    QStringList tags() const { return m_operationsByTag.keys(); }
    /// The entries, sorted by operation name.
    QList<CatalogOperation> entries() const;

    bool containsOperation(const QString &operation) const;
    bool containsTag(const QString &tag) const;
    /// The operations of a tag, sorted; empty for an unknown tag.
    QStringList operationsForTag(const QString &tag) const;
    /// The tags an operation belongs to, sorted.
    QStringList tagsForOperation(const QString &operation) const;
    /// Those of @p tags whose operations include @p operation.
    QStringList tagsCovering(const QString &operation, const QStringList &tags) const;

    /// What a key restricted to @p tags and @p operations may call: the operations, plus every
    /// operation of the tags; sorted, without repeats.
    QStringList effectiveOperations(const QStringList &tags, const QStringList &operations) const;

private:
    QStringList m_operations;
    QHash<QString, QStringList> m_tagsByOperation;
    QMap<QString, QStringList> m_operationsByTag;
};

} // namespace Keyport
