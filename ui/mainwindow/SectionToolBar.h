// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/AccountTreeModel.h"

#include <QHash>
#include <QList>
#include <QToolBar>

namespace Keyport {

/// The main toolbar (objectName "mainToolBar"): the actions of the section on show (Access
/// keys, API keys, Roles, Organization policy), then those every section shares (Refresh). It
/// follows AccountView::sectionShown(), so the legacy key actions leave it on the IAM sections.
class SectionToolBar : public QToolBar
{
    Q_OBJECT

public:
    explicit SectionToolBar(const QString &title, QWidget *parent = nullptr);

    /// The actions shown for @p section; a null entry is a separator.
    void setSectionActions(AccountTreeModel::Section section, const QList<QAction *> &actions);
    /// The actions shown after those of every section.
    void setSharedActions(const QList<QAction *> &actions);
    void showSection(AccountTreeModel::Section section);
    AccountTreeModel::Section section() const { return m_section; }

private:
    QList<QAction *> withSeparators(const QList<QAction *> &actions);

    QHash<AccountTreeModel::Section, QList<QAction *>> m_sections;
    QList<QAction *> m_shared;
    QAction *m_divider;
    AccountTreeModel::Section m_section = AccountTreeModel::Section::LegacyKeys;
};

} // namespace Keyport
