// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemModel;

namespace Keyport {

/// Draws the cells of the key list (AccessKeyModel, through any proxy): the Key column elides
/// the middle of the id (EXO12…ab34), the Name of the signing key carries a mark, and the
/// Restrictions column falls back to its compact form (CompactTextRole) rather than cutting
/// the summary short. The whole text stays in the tooltip and the accessible text.
///
/// The view sets it with setItemDelegate(), and gives the Restrictions section at least
/// minimumSectionWidth() (header->resizeSection or setMinimumSectionSize on that header).
class AccessKeyItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AccessKeyItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

    /// The text the cell shows in @p option's rectangle before eliding: the compact form of the
    /// Restrictions when the summary does not fit, else the display text.
    QString shownText(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    /// The mark of the signing key: a theme icon, or the style's when the theme has none.
    static QIcon signingKeyIcon();
    /// The width @p column needs so that no cell is cut: the widest compact text of its rows
    /// (Restrictions) or the widest text (other columns), and the header, with margins.
    /// Measures each distinct text the model lists (AccessKeyModel::ColumnTextsRole) when it
    /// lists them, else walks every row: call it when the keys change, not on every paint.
    int minimumSectionWidth(
        const QAbstractItemModel *model, int column, const QStyleOptionViewItem &option) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Keyport
