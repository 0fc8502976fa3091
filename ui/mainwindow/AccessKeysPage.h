// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AccessKey.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QStackedWidget;
class QTableView;

namespace Keyport {

class AccessKeyFilterModel;
class AccessKeyItemDelegate;
class AccessKeyModel;
class AccountSession;
class AccountStore;
class ErrorBanner;

/// The "Access keys" section of an account: search and type filter, how many keys match, the
/// key table (or "No key matches" with a way out), and what the last load left: the window's
/// banner for what failed, a line when the list is stale.
class AccessKeysPage : public QWidget
{
    Q_OBJECT

public:
    /// @p accounts tells which secrets Keyport keeps. @p banner is the window's: the page
    /// reports its session's load problems there. @p settings (may be null) keeps the column
    /// widths across runs.
    AccessKeysPage(AccountStore *accounts, ErrorBanner *banner, QSettings *settings,
        QWidget *parent = nullptr);
    ~AccessKeysPage() override;

    AccessKeyModel *keyModel() const { return m_model; }
    AccessKeyFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }

    /// The account whose keys are listed; null for none. The page follows its load, marks the
    /// key it signs with, and selects the first key when nothing is selected.
    void setSession(AccountSession *session);

    std::optional<AccessKey> selectedKey() const;
    AccessKeys selectedKeys() const;
    /// Selects the key's row, clearing the filter if it hides it. False when not listed.
    bool selectKey(const QString &keyId);
    /// Ctrl+F: the search field, its text selected.
    void focusSearch();
    /// Empties the search and shows every type again.
    void clearFilter();
    /// The search text, as typed.
    QString searchText() const;

Q_SIGNALS:
    void selectionChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpColumns();
    /// Gives the Restrictions column the room left, never less than its summaries need:
    /// the Name and Key columns give way first, then the table scrolls sideways.
    void fitColumns();
    void updateCount();
    void showLoadState();
    /// What could not be loaded, one whole sentence per list; empty when all is well.
    QString loadProblems() const;
    void showStaleState();
    /// An IAM v3 API key cannot manage legacy keys: the page says so rather than show a refusal.
    void showGenerationNote();
    void reloadKeys();

    QPointer<AccountStore> m_accounts;
    AccessKeyModel *m_model;
    AccessKeyFilterModel *m_filter;
    QPointer<ErrorBanner> m_banner;
    QSettings *m_settings;
    QPointer<AccountSession> m_session;
    /// The banner speaks of loading (not of a secret or an account): a good load hides it.
    bool m_bannerShowsLoad = false;
    bool m_fitting = false;
    QLabel *m_generationNote = nullptr;
    /// The width the Restrictions column needs; 0 when to be measured again.
    int m_restrictionsMinimum = 0;
    /// The Name and Key widths the person chose (or the defaults): fitColumns() narrows them
    /// only while the window lacks room.
    int m_nameWidth = 0;
    int m_keyWidth = 0;

    QLabel *m_staleLabel;
    QLineEdit *m_search;
    QComboBox *m_typeFilter;
    QLabel *m_count;
    QStackedWidget *m_listStack;
    QTableView *m_table;
    AccessKeyItemDelegate *m_delegate;
    QWidget *m_noMatch;
    QLabel *m_noMatchLabel;
    QPushButton *m_clear;
};

} // namespace Keyport
