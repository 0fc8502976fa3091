// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/IamSession.h"

#include <QModelIndexList>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QFormLayout;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QVBoxLayout;

namespace Keyport {

class PolicyView;

/// What ApiKeysPage and RolesPage share: one IamSession list in a sortable table, a banner that
/// says why the list is missing (not loaded, or still loading), and beside the table the current
/// row's details in a scroll area: a bold title, a form of values, a policy title and a
/// PolicyView. A subclass fills the form and the details and follows the session's other lists.
class IamListPage : public QWidget
{
    Q_OBJECT

public:
    ~IamListPage() override;

    /// Shows the session's list; null clears the page.
    void setSession(IamSession *session);
    IamSession *session() const;

    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void selectionChanged();

protected:
    /// The object names of the parts, for tests and for accessibility tools.
    struct ObjectNames
    {
        QString page;
        QString problem;
        QString table;
        QString details;
        QString detailsScroll;
        QString detailsTitle;
        QString policyTitle;
        QString policy;
    };

    IamListPage(IamSession::List list, const ObjectNames &names, QWidget *parent);

    /// Shows @p proxy (whose source is @p source) in the table, sorted by its first column. Call
    /// once, from the subclass's constructor.
    void setModels(QAbstractItemModel *source, QSortFilterProxyModel *proxy);

    /// Follows @p session's other lists (the page follows its own) and hands it to the model.
    virtual void followSession(IamSession *session) = 0;
    /// "The … could not be loaded: %1", with @p error's message.
    virtual QString loadFailedText(const Error &error) const = 0;
    /// "Loading the …".
    virtual QString loadingText() const = 0;
    /// Shows the current row's details.
    virtual void updateDetails() = 0;
    /// Makes every row of the source model visible (a filter cleared); nothing by default.
    virtual void showAllRows() { }

    /// The banner, the table's visibility and the details, after a change of the session.
    void updateState();
    /// The selected rows in the table's order.
    QModelIndexList selectedRows() const;
    /// Selects and shows the source model's row @p sourceRow; false when it is negative.
    bool selectSourceRow(int sourceRow);
    /// The details with no row: @p prompt as title, every value and the policy cleared.
    void clearDetails(const QString &prompt);

    QVBoxLayout *pageLayout() const { return m_layout; }
    QWidget *details() const { return m_details; }
    QLabel *detailsTitle() const { return m_detailsTitle; }
    QFormLayout *detailsForm() const { return m_form; }
    QVBoxLayout *detailsLayout() const { return m_detailsLayout; }
    QLabel *policyTitle() const { return m_policyTitle; }
    PolicyView *policyView() const { return m_policyView; }

    /// A selectable, word-wrapped value of the details, named @p objectName.
    static QLabel *valueLabel(const QString &objectName, QWidget *parent);

private:
    const IamSession::List m_list;
    QPointer<IamSession> m_session;
    QAbstractItemModel *m_source = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_problem;
    QTableView *m_table;
    QWidget *m_details;
    QLabel *m_detailsTitle;
    QFormLayout *m_form;
    QVBoxLayout *m_detailsLayout;
    QLabel *m_policyTitle;
    PolicyView *m_policyView;
    QVBoxLayout *m_layout;
};

} // namespace Keyport
