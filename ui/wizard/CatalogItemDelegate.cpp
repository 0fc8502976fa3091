// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogItemDelegate.h"

#include "models/CatalogModel.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Keyport {

CatalogItemDelegate::CatalogItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void CatalogItemDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.data(CatalogModel::NotGrantableInSelectionRole).toBool())
        return;
    const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
    option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning, option, option->widget);
    option->features |= QStyleOptionViewItem::HasDecoration;
    const int extent = style->pixelMetric(QStyle::PM_SmallIconSize, option, option->widget);
    option->decorationSize = QSize(extent, extent);
    // The same warning red as a page's problem, readable on a dark palette too.
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    const QColor warning = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
    option->palette.setColor(QPalette::Text, warning);
}

} // namespace Keyport
