// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormKit.h"

#include "iam/ExpressionEdit.h"

#include <QApplication>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Keyport::FormKit {

using namespace Qt::StringLiterals;

namespace {

void collectFocusable(QLayout *layout, QList<QWidget *> *out);
void collectFocusable(QWidget *widget, QList<QWidget *> *out)
{
    if (auto *area = qobject_cast<QScrollArea *>(widget)) {
        if (area->widget())
            collectFocusable(area->widget(), out);
        return;
    }
    if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        collectFocusable(tabs->tabBar(), out);
        if (tabs->currentWidget())
            collectFocusable(tabs->currentWidget(), out);
        return;
    }
    if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
        out->append(widget);
    if (widget->layout())
        collectFocusable(widget->layout(), out);
}
void collectFocusable(QLayout *layout, QList<QWidget *> *out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget())
            collectFocusable(item->widget(), out);
        else if (item->layout())
            collectFocusable(item->layout(), out);
    }
}

} // namespace

QString withoutMnemonic(QString text)
{
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text;
}

QString escapeMnemonic(QString text)
{
    return text.replace(u'&', QStringLiteral("&&"));
}

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = noteLabel(QString(), parent);
    label->setObjectName(objectName);
    return label;
}

QLabel *labelFor(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    buddy->setAccessibleName(withoutMnemonic(text));
    return label;
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

void replaceBox(QVBoxLayout *layout, QPointer<QWidget> &old, QWidget *replacement)
{
    if (old) {
        layout->removeWidget(old);
        old->hide();
        old->setParent(nullptr);
        old->deleteLater();
    }
    layout->addWidget(replacement);
    // Now, not when the event loop next runs (as a layout would), so that it takes the focus.
    replacement->show();
    old = replacement;
}

void focusByName(QWidget *root, const QString &name)
{
    if (name.isEmpty())
        return;
    if (auto *expression = root->findChild<ExpressionEdit *>(name))
        expression->textEdit()->setFocus(Qt::TabFocusReason);
    else if (auto *target = root->findChild<QWidget *>(name))
        target->setFocus(Qt::TabFocusReason);
}

bool focusNextInLayout(QWidget *window, bool next, QScrollArea *area)
{
    QList<QWidget *> order;
    collectFocusable(window, &order);
    order.removeIf(
        [window](QWidget *widget) { return !widget->isVisibleTo(window) || !widget->isEnabled(); });
    const qsizetype current = order.indexOf(QApplication::focusWidget());
    if (current < 0 || order.size() < 2)
        return false;
    QWidget *target = order.at((current + (next ? 1 : order.size() - 1)) % order.size());
    target->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    if (area && area->isAncestorOf(target))
        area->ensureWidgetVisible(target);
    return true;
}

} // namespace Keyport::FormKit
