// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionToolBar.h"

#include "widgets/ActionSeparator.h"

namespace Keyport {

SectionToolBar::SectionToolBar(const QString &title, QWidget *parent)
    : QToolBar(title, parent)
    , m_divider(newSeparator(this))
{
    setObjectName(QStringLiteral("mainToolBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

QList<QAction *> SectionToolBar::withSeparators(const QList<QAction *> &actions)
{
    // Separators made once: switching sections adds no action.
    QList<QAction *> result = actions;
    for (QAction *&action : result) {
        if (!action)
            action = newSeparator(this);
    }
    return result;
}

void SectionToolBar::setSectionActions(
    AccountTreeModel::Section section, const QList<QAction *> &actions)
{
    m_sections.insert(section, withSeparators(actions));
    if (section == m_section)
        showSection(section);
}

void SectionToolBar::setSharedActions(const QList<QAction *> &actions)
{
    m_shared = withSeparators(actions);
    showSection(m_section);
}

void SectionToolBar::showSection(AccountTreeModel::Section section)
{
    m_section = section;
    clear();
    const QList<QAction *> own = m_sections.value(section);
    addActions(own);
    if (!own.isEmpty() && !m_shared.isEmpty())
        addAction(m_divider);
    addActions(m_shared);
}

} // namespace Keyport
