// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/AccountTreeModel.h"

#include <QHash>
#include <QStackedWidget>

#include <functional>

class QSplitter;

namespace Keyport {

/// @p left and @p right side by side, the right one taking the room left; @p right never
/// collapses.
QSplitter *sideBySide(QWidget *left, QWidget *right, const QList<int> &sizes,
    const QString &objectName, QWidget *parent);

/// The centre of the window while an account is open: one page per section of the account
/// (Access keys, API keys, Roles, Organization policy), one of them shown.
class AccountView : public QStackedWidget
{
    Q_OBJECT

public:
    explicit AccountView(QWidget *parent = nullptr);

    /// Access keys: the key table with the chosen key's details beside it.
    void setAccessKeysPage(QWidget *keys, QWidget *details);
    /// @p page shows @p section; the view takes it over.
    void setPage(AccountTreeModel::Section section, QWidget *page);
    /// @p factory builds the page of @p section when it is first needed (shown or asked for).
    void setPageFactory(AccountTreeModel::Section section, std::function<QWidget *()> factory);
    /// The page of @p section, built now if it was not yet (null: none).
    QWidget *ensurePage(AccountTreeModel::Section section);
    /// The page of @p section if it is built (null: not yet, or none).
    QWidget *page(AccountTreeModel::Section section) const { return m_pages.value(section); }
    void showSection(AccountTreeModel::Section section);
    AccountTreeModel::Section currentSection() const { return m_current; }

Q_SIGNALS:
    void sectionShown(Keyport::AccountTreeModel::Section section);

private:
    QHash<AccountTreeModel::Section, QWidget *> m_pages;
    QHash<AccountTreeModel::Section, std::function<QWidget *()>> m_factories;
    AccountTreeModel::Section m_current = AccountTreeModel::Section::LegacyKeys;
};

} // namespace Keyport
