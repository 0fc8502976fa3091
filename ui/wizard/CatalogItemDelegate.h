// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Keyport {

/// Draws the operation catalog's rows, marking those the selection holds although the signing
/// key may not grant them (CatalogModel::NotGrantableInSelectionRole): a warning icon and warning
/// text, so that they stand apart from both the grantable rows and the greyed-out ones.
class CatalogItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CatalogItemDelegate(QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Keyport
