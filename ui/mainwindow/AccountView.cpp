// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountView.h"

#include <QSplitter>

namespace Keyport {

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
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("accessKeysSplitter"));
    splitter->addWidget(keys);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({780, 250});
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

void AccountView::showSection(AccountTreeModel::Section section)
{
    m_current = section;
    if (QWidget *shown = m_pages.value(section))
        setCurrentWidget(shown);
    Q_EMIT sectionShown(section);
}

} // namespace Keyport
