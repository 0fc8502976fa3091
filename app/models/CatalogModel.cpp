// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogModel.h"

#include <algorithm>

namespace Keyport {

CatalogModel::CatalogModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void CatalogModel::setCatalog(const Catalog &catalog, const Catalog &grantable, bool grantableKnown)
{
    beginResetModel();
    m_catalog = catalog;
    m_grantable = grantable;
    m_grantableKnown = grantableKnown;
    m_tags = catalog.tags();
    m_operationsByTag.clear();
    m_tagGrantable.clear();
    for (const QString &tag : std::as_const(m_tags)) {
        const QStringList operations = catalog.operationsForTag(tag);
        m_operationsByTag.append(operations);
        m_tagGrantable.append(std::all_of(operations.begin(), operations.end(),
            [this](const QString &op) { return isGrantable(op); }));
    }
    endResetModel();
}

bool CatalogModel::isGrantable(const QString &operation) const
{
    return !m_grantableKnown || m_grantable.containsOperation(operation);
}

bool CatalogModel::tagGrantable(int tagRow) const
{
    return m_tagGrantable.value(tagRow, false);
}

bool CatalogModel::isTagGrantable(const QString &tag) const
{
    // A tag the catalog does not know is KeyDraft::problems()' business, not the signer's.
    const qsizetype row = m_tags.indexOf(tag);
    return row < 0 || tagGrantable(int(row));
}

QStringList CatalogModel::notGrantableSelection() const
{
    QStringList result;
    for (const QString &tag : selectedTags()) {
        if (!isTagGrantable(tag))
            result.append(tag);
    }
    for (const QString &operation : selectedOperations()) {
        if (!isGrantable(operation))
            result.append(operation);
    }
    return result;
}

void CatalogModel::removeNotGrantable()
{
    const auto tagsRemoved
        = m_selectedTags.removeIf([this](const QString &tag) { return !isTagGrantable(tag); });
    // Also those a removed tag covered: without the tag they would come back as picked alone.
    const auto operationsRemoved = m_selectedOperations.removeIf(
        [this](const QString &operation) { return !isGrantable(operation); });
    if (tagsRemoved == 0 && operationsRemoved == 0)
        return;
    notifyAllChanged();
    Q_EMIT selectionChanged();
}

void CatalogModel::setSelection(const QStringList &tags, const QStringList &operations)
{
    m_selectedTags = QSet<QString>(tags.begin(), tags.end());
    m_selectedOperations = QSet<QString>(operations.begin(), operations.end());
    notifyAllChanged();
    Q_EMIT selectionChanged();
}

QStringList CatalogModel::selectedTags() const
{
    QStringList tags = m_selectedTags.values();
    tags.sort();
    return tags;
}

QString CatalogModel::coveringTag(const QString &operation) const
{
    const QStringList covering = m_catalog.tagsCovering(operation, selectedTags());
    return covering.isEmpty() ? QString() : covering.constFirst();
}

QStringList CatalogModel::selectedOperations() const
{
    QStringList operations;
    for (const QString &operation : m_selectedOperations) {
        if (coveringTag(operation).isEmpty())
            operations.append(operation);
    }
    operations.sort();
    return operations;
}

QStringList CatalogModel::effectiveOperations() const
{
    return m_catalog.effectiveOperations(selectedTags(), selectedOperations());
}

QString CatalogModel::countsText() const
{
    const int tags = int(m_selectedTags.size());
    const int alone = int(selectedOperations().size());
    const int effective = int(effectiveOperations().size());
    return tr("%1, %2 → %3")
        .arg(tr("%n tag(s)", nullptr, tags), tr("%n operation(s)", nullptr, alone),
            tr("%n operation(s) in effect", nullptr, effective));
}

bool CatalogModel::suggestsGetOperation() const
{
    const QStringList effective = effectiveOperations();
    // Never suggest what the signing key may not grant: adding it would only block the page.
    if (effective.contains(u"get-operation") || !isGrantable(QStringLiteral("get-operation")))
        return false;
    // Reads never start a job; everything else may return an Operation to follow.
    static const QStringList readPrefixes{
        QStringLiteral("list-"), QStringLiteral("get-"), QStringLiteral("ping")};
    return std::any_of(effective.begin(), effective.end(), [](const QString &operation) {
        return std::none_of(readPrefixes.begin(), readPrefixes.end(),
            [&operation](const QString &prefix) { return operation.startsWith(prefix); });
    });
}

QModelIndex CatalogModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_tags.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (!isTag(parent) || row >= m_operationsByTag.at(parent.row()).size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex CatalogModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isTag(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_tags.size());
    if (parent.column() != 0 || !isTag(parent))
        return 0;
    return int(m_operationsByTag.at(parent.row()).size());
}

int CatalogModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QString CatalogModel::operationAt(const QModelIndex &index) const
{
    return m_operationsByTag.at(int(index.internalId() - 1)).at(index.row());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (isTag(index)) {
        const QString &tag = m_tags.at(index.row());
        const bool selected = m_selectedTags.contains(tag);
        const int operations = int(m_operationsByTag.at(index.row()).size());
        const bool notGrantable = selected && !tagGrantable(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return notGrantable
                ? tr("%1 — %n operation(s), not grantable by this signing key", nullptr, operations)
                      .arg(tag)
                : tr("%1 — %n operation(s)", nullptr, operations).arg(tag);
        case Qt::CheckStateRole:
            return selected ? Qt::Checked : Qt::Unchecked;
        case Qt::ToolTipRole:
            if (notGrantable) {
                return tr("The signing key may not grant every operation of the tag %1, so it "
                          "cannot grant the tag. Untick it to go on.")
                    .arg(tag);
            }
            return tagGrantable(index.row())
                ? tr("The tag %1: every operation below, and any Exoscale adds to it later.")
                      .arg(tag)
                : tr("The signing key may not grant every operation of the tag %1.").arg(tag);
        case NameRole:
            return tag;
        case IsTagRole:
            return true;
        case InEffectRole:
            return selected;
        case GrantableRole:
            return tagGrantable(index.row());
        case NotGrantableInSelectionRole:
            return notGrantable;
        default:
            return {};
        }
    }
    const QString operation = operationAt(index);
    const QString coveredBy = coveringTag(operation);
    const bool alone = m_selectedOperations.contains(operation);
    const bool inEffect = !coveredBy.isEmpty() || alone;
    const bool grantable = isGrantable(operation);
    switch (role) {
    case Qt::DisplayRole:
        return inEffect && !grantable ? tr("%1 — not grantable by this signing key").arg(operation)
                                      : operation;
    case NameRole:
        return operation;
    case Qt::CheckStateRole:
        return inEffect ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        if (!grantable && !coveredBy.isEmpty()) {
            return tr("Included by the tag %1, which the signing key may not grant: it may not "
                      "use %2.")
                .arg(coveredBy, operation);
        }
        if (!grantable && alone) {
            return tr("The signing key may not use %1, so it cannot grant it. Untick it to go "
                      "on.")
                .arg(operation);
        }
        if (!grantable)
            return tr("The signing key may not use %1, so it cannot grant it.").arg(operation);
        if (!coveredBy.isEmpty())
            return tr("Included by the tag %1.").arg(coveredBy);
        return {};
    case IsTagRole:
        return false;
    case InEffectRole:
        return inEffect;
    case GrantableRole:
        return grantable;
    case NotGrantableInSelectionRole:
        return inEffect && !grantable;
    default:
        return {};
    }
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags checkable
        = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    // What the signing key may not grant cannot be ticked; but once ticked (by a template) it
    // stays enabled, so that it can be unticked.
    if (isTag(index)) {
        return tagGrantable(index.row()) || m_selectedTags.contains(m_tags.at(index.row()))
            ? checkable
            : Qt::ItemIsSelectable;
    }
    const QString operation = operationAt(index);
    if (!coveringTag(operation).isEmpty()) // in effect through its tag: untick the tag instead
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return isGrantable(operation) || m_selectedOperations.contains(operation)
        ? checkable
        : Qt::ItemIsSelectable;
}

bool CatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || !(flags(index) & Qt::ItemIsUserCheckable))
        return false;
    const bool checked = Qt::CheckState(value.toInt()) == Qt::Checked;
    // Unticking is always allowed; ticking what the signing key may not grant never is.
    if (checked && !index.data(GrantableRole).toBool())
        return false;
    if (isTag(index)) {
        const QString &tag = m_tags.at(index.row());
        if (checked)
            m_selectedTags.insert(tag);
        else
            m_selectedTags.remove(tag);
    } else {
        const QString operation = operationAt(index);
        if (checked)
            m_selectedOperations.insert(operation);
        else
            m_selectedOperations.remove(operation);
    }
    // An operation shows under each of its tags, and a tag changes what its operations show.
    notifyAllChanged();
    Q_EMIT selectionChanged();
    return true;
}

void CatalogModel::notifyAllChanged()
{
    if (m_tags.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(int(m_tags.size()) - 1, 0));
    for (int row = 0; row < m_tags.size(); ++row) {
        const QModelIndex tag = index(row, 0);
        const int children = rowCount(tag);
        if (children > 0)
            Q_EMIT dataChanged(index(0, 0, tag), index(children - 1, 0, tag));
    }
}

} // namespace Keyport
