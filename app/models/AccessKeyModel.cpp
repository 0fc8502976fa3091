// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccessKeyModel.h"

#include <algorithm>
#include <limits>

namespace Keyport {

namespace {

/// The Secret column: where the secret is ("The system keychain", "This session only").
QString storedText(const QHash<QString, QString> &places, const QString &keyId)
{
    const auto found = places.constFind(keyId);
    if (found == places.cend())
        return {};
    if (found.value().isEmpty())
        return AccessKeyModel::tr("Stored");
    QString text = found.value();
    text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

AccessKeyModel::AccessKeyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AccessKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AccessKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const AccessKey *AccessKeyModel::keyAt(int row) const
{
    return row >= 0 && row < m_keys.size() ? &m_keys.at(row) : nullptr;
}

QString AccessKeyModel::typeText(const AccessKey &key)
{
    switch (key.type) {
    case AccessKey::Type::Restricted:
        return tr("Restricted");
    case AccessKey::Type::Unrestricted:
        return tr("Unrestricted");
    case AccessKey::Type::Unknown:
        break;
    }
    return key.typeText.isEmpty() ? tr("Unknown") : key.typeText;
}

QString AccessKeyModel::restrictionSummary(const AccessKey &key)
{
    if (key.type == AccessKey::Type::Unrestricted)
        return tr("Every right of the signing key");
    QStringList parts;
    if (!key.tags.isEmpty())
        parts.append(key.tags.join(u", "));
    if (!key.operations.isEmpty())
        parts.append(tr("%n operation(s)", nullptr, int(key.operations.size())));
    if (key.resources.size() == 1) {
        const AccessKeyResource &resource = key.resources.constFirst();
        parts.append(resource.type() + u' ' + resource.name());
    } else if (key.resources.size() > 1) {
        parts.append(tr("%n resource(s)", nullptr, int(key.resources.size())));
    }
    return parts.isEmpty() ? tr("No restrictions listed") : parts.join(u" · ");
}

QString AccessKeyModel::compactRestrictionSummary(const AccessKey &key)
{
    if (key.type == AccessKey::Type::Unrestricted)
        return tr("Every right");
    QStringList parts;
    if (key.tags.size() == 1)
        parts.append(key.tags.constFirst());
    else if (key.tags.size() > 1)
        parts.append(tr("%n tag(s)", "compact", int(key.tags.size())));
    if (!key.operations.isEmpty())
        parts.append(tr("%n op(s)", "compact: operations", int(key.operations.size())));
    if (!key.resources.isEmpty())
        parts.append(tr("%n res.", "compact: resources", int(key.resources.size())));
    return parts.isEmpty() ? tr("None listed") : parts.join(u" · ");
}

qint64 AccessKeyModel::power(const AccessKey &key)
{
    constexpr qint64 resourceSlots = 1'000'000;
    constexpr qint64 unknown = std::numeric_limits<qint64>::max() - 1;
    switch (key.type) {
    case AccessKey::Type::Unrestricted:
        return std::numeric_limits<qint64>::max();
    case AccessKey::Type::Unknown:
        return unknown;
    case AccessKey::Type::Restricted:
        break;
    }
    // No resource restriction reaches every resource: above any list of resources.
    const qint64 reach = key.resources.isEmpty()
        ? resourceSlots - 1
        : std::min<qint64>(key.resources.size(), resourceSlots - 2);
    return qint64(key.operations.size()) * resourceSlots + reach;
}

QString AccessKeyModel::searchText(const AccessKey &key)
{
    // Operation and tag names are lower-case kebab-case on the wire; lowering them again would
    // cost more than checking.
    const auto appendLower = [](QString &text, const QString &part) {
        text += u'\n';
        const bool lower
            = std::none_of(part.cbegin(), part.cend(), [](QChar c) { return c.isUpper(); });
        text += lower ? part : part.toLower();
    };
    qsizetype size = key.name.size() + key.key.size() + 2;
    for (const QString &part : key.tags)
        size += part.size() + 1;
    for (const QString &part : key.operations)
        size += part.size() + 1;
    QString text;
    text.reserve(size + 32 * key.resources.size());
    text += key.name.toLower();
    appendLower(text, key.key);
    for (const QString &part : key.tags)
        appendLower(text, part);
    for (const QString &part : key.operations)
        appendLower(text, part);
    for (const AccessKeyResource &resource : key.resources)
        appendLower(text, resource.name());
    return text;
}

QString AccessKeyModel::sortNameOf(const AccessKey &key)
{
    const bool lower
        = std::none_of(key.name.cbegin(), key.name.cend(), [](QChar c) { return c.isUpper(); });
    return lower ? key.name : key.name.toLower();
}

QVariant AccessKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccessKey &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return key.name;
        case KeyColumn:
            return key.key;
        case TypeColumn:
            return typeText(key);
        case RestrictionsColumn:
            return restrictionSummary(key);
        case SecretColumn:
            return storedText(m_storedSecrets, key.key);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SecretColumn) {
            if (!m_storedSecrets.contains(key.key))
                return tr("Keyport does not hold this key's secret.");
            const QString place = m_storedSecrets.value(key.key);
            return place.isEmpty() ? tr("Keyport holds this key's secret.")
                                   : tr("Keyport holds this key's secret in %1.").arg(place);
        }
        if (index.column() == RestrictionsColumn)
            return restrictionSummary(key);
        if (index.column() == KeyColumn)
            return key.key; // the cell may elide the middle
        if (index.column() == NameColumn && key.key == m_signingKey)
            return tr("%1 (signing key)").arg(key.name);
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == KeyColumn)
            return key.key;
        if (index.column() == NameColumn && key.key == m_signingKey)
            return tr("%1 (signing key)").arg(key.name);
        if (index.column() == RestrictionsColumn)
            return restrictionSummary(key);
        break;
    case PowerRole:
        return power(key);
    case IsSigningKeyRole:
        return !m_signingKey.isEmpty() && key.key == m_signingKey;
    case CompactTextRole:
        if (index.column() == RestrictionsColumn)
            return compactRestrictionSummary(key);
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return m_sortNames.at(index.row());
        case KeyColumn:
            return key.key;
        case TypeColumn:
            return int(key.type);
        case RestrictionsColumn:
            return power(key);
        case SecretColumn:
            return m_storedSecrets.contains(key.key);
        }
        break;
    case KeyIdRole:
        return key.key;
    case AccessKeyRole:
        return QVariant::fromValue(key);
    case SearchTextRole:
        return searchText(key);
    case TypeRole:
        return int(key.type);
    case HasStoredSecretRole:
        return m_storedSecrets.contains(key.key);
    default:
        break;
    }
    return {};
}

QVariant AccessKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // The first click on Restrictions puts the most powerful keys on top: the auditor's order.
    if (orientation == Qt::Horizontal && role == Qt::InitialSortOrderRole
        && section == RestrictionsColumn)
        return int(Qt::DescendingOrder);
    if (orientation == Qt::Horizontal && role == ColumnTextsRole)
        return columnTexts(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyColumn:
        return tr("Key");
    case TypeColumn:
        return tr("Type");
    case RestrictionsColumn:
        return tr("Restrictions");
    case SecretColumn:
        return tr("Secret");
    }
    return {};
}

QStringList AccessKeyModel::columnTexts(int column) const
{
    QSet<QString> texts;
    switch (column) {
    case RestrictionsColumn: {
        // The compact form depends on the type, the tag (or the number of tags) and the counts
        // only: one text per distinct combination, not per key.
        QSet<QString> seen;
        for (const AccessKey &key : m_keys) {
            const QString shape = key.type == AccessKey::Type::Restricted
                ? (key.tags.size() == 1 ? key.tags.constFirst() : QString()) + u'\n'
                    + QString::number(key.tags.size()) + u'/'
                    + QString::number(key.operations.size()) + u'/'
                    + QString::number(key.resources.size())
                : QString::number(int(key.type));
            if (!seen.contains(shape)) {
                seen.insert(shape);
                texts.insert(compactRestrictionSummary(key));
            }
        }
        break;
    }
    case SecretColumn:
        for (auto it = m_storedSecrets.cbegin(); it != m_storedSecrets.cend(); ++it) {
            if (m_rowById.contains(it.key()))
                texts.insert(storedText(m_storedSecrets, it.key()));
        }
        break;
    case TypeColumn:
        for (const AccessKey &key : m_keys)
            texts.insert(typeText(key));
        break;
    default:
        // Names and ids are as many as the keys.
        for (int row = 0; row < rowCount(); ++row)
            texts.insert(data(index(row, column)).toString());
        break;
    }
    QStringList list(texts.cbegin(), texts.cend());
    list.sort();
    return list;
}

void AccessKeyModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_keys.size(); ++row)
        m_rowById.insert(m_keys.at(row).key, row);
}

void AccessKeyModel::setKeys(const AccessKeys &keys)
{
    if (m_keys.isEmpty() || keys.isEmpty()) {
        // Nothing to keep: one reset is much cheaper than row-by-row work.
        beginResetModel();
        m_keys = keys;
        m_sortNames.clear();
        m_sortNames.reserve(keys.size());
        for (const AccessKey &key : keys)
            m_sortNames.append(sortNameOf(key));
        m_rowById.clear();
        m_rowById.reserve(keys.size());
        rebuildIndex();
        endResetModel();
        return;
    }

    // 1. Remove the rows whose key is gone, in runs from the bottom.
    QSet<QString> incoming;
    incoming.reserve(keys.size());
    for (const AccessKey &key : keys)
        incoming.insert(key.key);
    for (int row = int(m_keys.size()) - 1; row >= 0;) {
        if (incoming.contains(m_keys.at(row).key)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_keys.at(first - 1).key))
            --first;
        beginRemoveRows({}, first, row);
        for (int i = row; i >= first; --i)
            m_rowById.remove(m_keys.at(i).key);
        m_keys.remove(first, row - first + 1);
        m_sortNames.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }
    rebuildIndex();

    // 2. Update the rows that stay; 3. append the new keys, in the order they came.
    AccessKeys added;
    for (const AccessKey &key : keys) {
        const int row = m_rowById.value(key.key, -1);
        if (row < 0) {
            added.append(key);
        } else if (!(m_keys.at(row) == key)) {
            m_keys[row] = key;
            m_sortNames[row] = sortNameOf(key);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (!added.isEmpty()) {
        const int first = int(m_keys.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const AccessKey &key : added) {
            m_keys.append(key);
            m_sortNames.append(sortNameOf(key));
        }
        rebuildIndex(first);
        endInsertRows();
    }
}

void AccessKeyModel::removeKey(const QString &keyId)
{
    const int row = rowOf(keyId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_sortNames.removeAt(row);
    m_rowById.remove(keyId);
    for (auto it = m_rowById.begin(); it != m_rowById.end(); ++it) {
        if (it.value() > row)
            --it.value();
    }
    endRemoveRows();
}

void AccessKeyModel::setSigningKey(const QString &keyId)
{
    if (keyId == m_signingKey)
        return;
    const int before = rowOf(m_signingKey);
    m_signingKey = keyId;
    const int after = rowOf(keyId);
    for (const int row : {before, after}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn));
    }
}

void AccessKeyModel::setStoredSecrets(const QHash<QString, QString> &places)
{
    m_storedSecrets = places;
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, SecretColumn), index(rowCount() - 1, SecretColumn));
}

void AccessKeyModel::setHasStoredSecret(const QString &keyId, bool stored, const QString &place)
{
    const auto found = m_storedSecrets.constFind(keyId);
    if (stored == (found != m_storedSecrets.cend()) && (!stored || found.value() == place))
        return;
    if (stored)
        m_storedSecrets.insert(keyId, place);
    else
        m_storedSecrets.remove(keyId);
    const int row = rowOf(keyId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, SecretColumn), index(row, SecretColumn));
}

} // namespace Keyport
