// SPDX-License-Identifier: GPL-3.0-or-later
#include "IamListPage.h"

#include "PolicyView.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyport {

IamListPage::IamListPage(IamSession::List list, const ObjectNames &names, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QWidget(this))
    , m_detailsTitle(new QLabel(m_details))
    , m_form(new QFormLayout)
    , m_detailsLayout(new QVBoxLayout(m_details))
    , m_policyTitle(new QLabel(m_details))
    , m_policyView(new PolicyView(m_details))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(names.page);

    m_problem->setObjectName(names.problem);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_table->setObjectName(names.table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_details->setObjectName(names.details);
    m_detailsTitle->setObjectName(names.detailsTitle);
    m_detailsTitle->setWordWrap(true);
    QFont title = m_detailsTitle->font();
    title.setBold(true);
    m_detailsTitle->setFont(title);
    m_policyTitle->setObjectName(names.policyTitle);
    m_policyView->setObjectName(names.policy);
    m_detailsLayout->addWidget(m_detailsTitle);
    m_detailsLayout->addLayout(m_form);
    m_detailsLayout->addWidget(m_policyTitle);
    m_detailsLayout->addWidget(m_policyView);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(names.detailsScroll);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_layout->addWidget(m_problem);
    m_layout->addWidget(splitter, 1);
}

IamListPage::~IamListPage() = default;

void IamListPage::setModels(QAbstractItemModel *source, QSortFilterProxyModel *proxy)
{
    m_source = source;
    m_proxy = proxy;
    m_proxy->setSourceModel(source);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    // A row changed on the server (or what it refers to) shows at once.
    connect(source, &QAbstractItemModel::dataChanged, this, &IamListPage::updateDetails);
}

IamSession *IamListPage::session() const
{
    return m_session;
}

void IamListPage::setSession(IamSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    followSession(session);
    if (session) {
        connect(session, &IamSession::failed, this, &IamListPage::updateState);
        connect(session, &IamSession::refreshed, this, &IamListPage::updateState);
        connect(session, &IamSession::loadingChanged, this, &IamListPage::updateState);
    }
    updateState();
    Q_EMIT selectionChanged();
}

void IamListPage::updateState()
{
    QString problem;
    if (m_session && !m_session->isLoaded(m_list)) {
        const Error error = m_session->error(m_list);
        if (error.code() != Error::Code::None)
            problem = loadFailedText(error);
        else if (m_session->isLoading())
            problem = loadingText();
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // A list that could not be read is not an empty list.
    m_table->setVisible(
        !m_session || m_session->isLoaded(m_list) || (m_source && m_source->rowCount() > 0));
    updateDetails();
}

QModelIndexList IamListPage::selectedRows() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    return rows;
}

bool IamListPage::selectSourceRow(int sourceRow)
{
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_source->index(sourceRow, 0));
    if (!index.isValid()) {
        showAllRows();
        index = m_proxy->mapFromSource(m_source->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void IamListPage::clearDetails(const QString &prompt)
{
    m_detailsTitle->setText(prompt);
    for (int row = 0; row < m_form->rowCount(); ++row) {
        if (QLayoutItem *item = m_form->itemAt(row, QFormLayout::FieldRole)) {
            if (auto *value = qobject_cast<QLabel *>(item->widget()))
                value->clear();
        }
    }
    m_policyView->setEmptyText(QString());
    m_policyView->setPolicy(std::nullopt);
}

QLabel *IamListPage::valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace Keyport
