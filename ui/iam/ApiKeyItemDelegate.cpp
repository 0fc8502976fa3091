// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyItemDelegate.h"

#include "models/ApiKeyModel.h"
#include "widgets/AccessKeyItemDelegate.h"

#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace Keyport {

ApiKeyItemDelegate::ApiKeyItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void ApiKeyItemDelegate::initStyleOption(
    QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ApiKeyModel::NameColumn
        && index.data(ApiKeyModel::IsSigningKeyRole).toBool()) {
        option->icon = AccessKeyItemDelegate::signingKeyIcon();
        option->features |= QStyleOptionViewItem::HasDecoration;
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        const int size = style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, option->widget);
        option->decorationSize = QSize(size, size);
        option->font.setBold(true);
    }
}

} // namespace Keyport
