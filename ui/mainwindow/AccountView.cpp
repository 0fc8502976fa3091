// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountView.h"

#include <QSplitter>

namespace Keyport {

QSplitter *sideBySide(QWidget *left, QWidget *right, const QList<int> &sizes,
    const QString &objectName, QWidget *parent)
{
    auto *splitter = new QSplitter(parent);
    splitter->setObjectName(objectName);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes(sizes);
    return splitter;
}

AccountView::AccountView(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("accountView"));
}

void AccountView::setAccessKeysPage(QWidget *keys, QWidget *details)
{
    // The details keep their width whatever the chosen key says.
    details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    details->setMinimumWidth(200);
    QSplitter *splitter
        = sideBySide(keys, details, {780, 250}, QStringLiteral("accessKeysSplitter"), this);
    // The table takes the room; the details keep theirs.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, true);
    setPage(AccountTreeModel::Section::LegacyKeys, splitter);
}

void AccountView::setPage(AccountTreeModel::Section section, QWidget *page)
{
    if (QWidget *old = m_pages.value(section)) {
        removeWidget(old);
        old->deleteLater();
    }
    m_pages.insert(section, page);
    addWidget(page);
    if (section == m_current)
        setCurrentWidget(page);
}

void AccountView::setPageFactory(
    AccountTreeModel::Section section, std::function<QWidget *()> factory)
{
    m_factories.insert(section, std::move(factory));
}

QWidget *AccountView::ensurePage(AccountTreeModel::Section section)
{
    if (QWidget *built = m_pages.value(section))
        return built;
    const auto factory = m_factories.take(section);
    if (!factory)
        return nullptr;
    QWidget *built = factory();
    setPage(section, built);
    return built;
}

void AccountView::showSection(AccountTreeModel::Section section)
{
    m_current = section;
    if (QWidget *shown = ensurePage(section))
        setCurrentWidget(shown);
    Q_EMIT sectionShown(section);
}

} // namespace Keyport
