// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Catalog.h"

#include <QAbstractItemModel>
#include <QSet>

namespace Keyport {

/// The operation catalog as a checkable tree for the creation wizard: each tag is a group with
/// its operations inside. Checking a tag selects the tag (the server expands it); checking an
/// operation picks it alone. An operation that a selected tag brings shows as checked and cannot
/// be unticked on its own. Operations the signing key may not grant are disabled, with the
/// reason in their tooltip; but when the selection already holds such a tag or operation (a
/// template from a key the signing key could not have made), it shows as ticked and not
/// grantable, and can be unticked: only ticking what the signing key may not grant is refused.
class CatalogModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        IsTagRole,
        InEffectRole,
        GrantableRole,
        /// Ticked (or in effect through a ticked tag) although the signing key may not grant
        /// it: Exoscale would refuse the key.
        NotGrantableInSelectionRole,
    };

    explicit CatalogModel(QObject *parent = nullptr);

    /// @p grantable: what the signing key may use; ignored when @p grantableKnown is false (the
    /// key may not list its own operations, so everything is offered).
    void setCatalog(const Catalog &catalog, const Catalog &grantable, bool grantableKnown);
    const Catalog &catalog() const { return m_catalog; }

    void setSelection(const QStringList &tags, const QStringList &operations);
    QStringList selectedTags() const;
    /// The operations picked alone that no selected tag brings.
    QStringList selectedOperations() const;
    /// Every operation the selection grants.
    QStringList effectiveOperations() const;
    bool isGrantable(const QString &operation) const;

    /// The selected tags, and the operations picked alone, that the signing key may not grant;
    /// sorted, tags first.
    QStringList notGrantableSelection() const;
    bool hasNotGrantableSelection() const { return !notGrantableSelection().isEmpty(); }
    /// Unticks every tag and operation of the selection that the signing key may not grant.
    void removeNotGrantable();

    /// "2 tags, 5 operations → 57 operations in effect"
    QString countsText() const;
    /// True when the selection may start asynchronous jobs (an operation that is not a list-,
    /// get- or similar read) without get-operation, which is needed to follow them, and the
    /// signing key may grant get-operation.
    bool suggestsGetOperation() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void selectionChanged();

private:
    bool isTag(const QModelIndex &index) const { return index.internalId() == 0; }
    QString operationAt(const QModelIndex &index) const;
    QString coveringTag(const QString &operation) const;
    bool tagGrantable(int tagRow) const;
    bool isTagGrantable(const QString &tag) const;
    void notifyAllChanged();

    Catalog m_catalog;
    Catalog m_grantable;
    bool m_grantableKnown = false;
    QStringList m_tags;
    QList<QStringList> m_operationsByTag;
    QList<bool> m_tagGrantable;
    QSet<QString> m_selectedTags;
    QSet<QString> m_selectedOperations;
};

} // namespace Keyport
