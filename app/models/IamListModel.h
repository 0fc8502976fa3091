// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/IamSession.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>

namespace Keyport {

/// What ApiKeyModel and RoleModel share: one of an IamSession's lists, one @p Item a row, told
/// apart by their ids. It follows the session's changes row by row (removals, changes, additions
/// at the end), so that views keep their selection. No Q_OBJECT (a template cannot have one):
/// each model declares its own, and with it its own tr() context.
template <typename Item> class IamListModel : public QAbstractTableModel
{
public:
    /// Follows @p session (null: empty).
    void setSession(IamSession *session)
    {
        if (m_session == session)
            return;
        if (m_session)
            disconnect(m_session, nullptr, this, nullptr);
        m_session = session;
        if (session) {
            followSession(session);
            connect(session, &QObject::destroyed, this, [this] { resetTo(nullptr); });
        }
        resetTo(session);
    }
    IamSession *session() const { return m_session; }

    const QList<Item> &items() const { return m_items; }
    /// -1 when absent.
    int rowOf(const QString &id) const
    {
        if (id.isEmpty())
            return -1;
        for (int row = 0; row < m_items.size(); ++row) {
            if (idOf(m_items.at(row)) == id)
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_items.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columnCount;
    }
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        return columnTitle(section);
    }

protected:
    IamListModel(int columnCount, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columnCount(columnCount)
    { }

    virtual QString idOf(const Item &item) const = 0;
    /// The list of @p session the rows show.
    virtual QList<Item> itemsOf(const IamSession &session) const = 0;
    /// Connects the signals of @p session the model follows (its destruction is followed here).
    virtual void followSession(IamSession *session) = 0;
    /// The header of @p column; invalid for a column the model does not have.
    virtual QVariant columnTitle(int column) const = 0;

    /// For what a subclass keeps beside the rows, called inside the model's signals: every row
    /// was replaced (@p session: the one the rows come from, or null).
    virtual void itemsReset(IamSession *session) { Q_UNUSED(session) }
    /// Row @p row is new or its item changed.
    virtual void rowStored(int row) { Q_UNUSED(row) }
    /// Row @p row was removed.
    virtual void rowRemoved(int row) { Q_UNUSED(row) }

    /// The item of @p index; null when @p index is not one of this model's cells.
    const Item *itemAt(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_items.at(index.row());
    }

    /// Tells the views that every column of @p row changed.
    void rowChanged(int row) { Q_EMIT dataChanged(index(row, 0), index(row, m_columnCount - 1)); }

    /// Shows @p items row by row: the rows whose item is gone are removed, those whose item
    /// changed updated, and the new items appended in the order they came.
    void mergeItems(const QList<Item> &items)
    {
        // 1. Remove the rows whose item is gone, from the bottom.
        QSet<QString> incoming;
        for (const Item &item : items)
            incoming.insert(idOf(item));
        for (int row = int(m_items.size()) - 1; row >= 0; --row) {
            if (incoming.contains(idOf(m_items.at(row))))
                continue;
            beginRemoveRows({}, row, row);
            m_items.removeAt(row);
            rowRemoved(row);
            endRemoveRows();
        }
        // 2. Update the rows that stay; 3. append the new items, in the order they came. Rows
        // are found by id through a hash: a list of thousands stays linear.
        QHash<QString, int> rows;
        rows.reserve(m_items.size());
        for (int row = 0; row < m_items.size(); ++row)
            rows.insert(idOf(m_items.at(row)), row);
        QList<Item> added;
        for (const Item &item : items) {
            const int row = rows.value(idOf(item), -1);
            if (row < 0) {
                added.append(item);
            } else if (!(m_items.at(row) == item)) {
                m_items[row] = item;
                rowStored(row);
                rowChanged(row);
            }
        }
        if (!added.isEmpty()) {
            const int first = int(m_items.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            for (const Item &item : std::as_const(added)) {
                m_items.append(item);
                rowStored(int(m_items.size()) - 1);
            }
            endInsertRows();
        }
    }

private:
    void resetTo(IamSession *session)
    {
        beginResetModel();
        m_items = session ? itemsOf(*session) : QList<Item>{};
        itemsReset(session);
        endResetModel();
    }

    const int m_columnCount;
    QPointer<IamSession> m_session;
    QList<Item> m_items;
};

} // namespace Keyport
