// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeysPage.h"

#include "api/ExoscaleClient.h"
#include "ApiKeyItemDelegate.h"
#include "models/ApiKeyFilterModel.h"
#include "models/ApiKeyModel.h"
#include "PolicyView.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Keyport {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ApiKeysPage::ApiKeysPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ApiKeyModel(this))
    , m_proxy(new ApiKeyFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QWidget(this))
    , m_detailsTitle(new QLabel(m_details))
    , m_keyValue(valueLabel(QStringLiteral("apiKeyDetailsKey"), m_details))
    , m_roleValue(valueLabel(QStringLiteral("apiKeyDetailsRole"), m_details))
    , m_signingNote(valueLabel(QStringLiteral("apiKeyDetailsSigning"), m_details))
    , m_policyView(new PolicyView(m_details))
{
    setObjectName(QStringLiteral("apiKeysPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(ApiKeyModel::NameColumn);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("apiKeyFilter"));
    m_filter->setPlaceholderText(tr("Name, key or role"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ApiKeyFilterModel::setFilterText);

    m_problem->setObjectName(QStringLiteral("apiKeysProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("apiKeyTable"));
    m_table->setAccessibleName(tr("API keys"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ApiKeyItemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApiKeyModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_details->setObjectName(QStringLiteral("apiKeyDetails"));
    m_detailsTitle->setObjectName(QStringLiteral("apiKeyDetailsTitle"));
    m_detailsTitle->setWordWrap(true);
    QFont title = m_detailsTitle->font();
    title.setBold(true);
    m_detailsTitle->setFont(title);
    m_policyView->setObjectName(QStringLiteral("apiKeyPolicy"));
    auto *form = new QFormLayout;
    form->addRow(tr("Key:"), m_keyValue);
    form->addRow(tr("Role:"), m_roleValue);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(m_signingNote);
    auto *policyTitle = new QLabel(tr("What the role allows:"), m_details);
    policyTitle->setObjectName(QStringLiteral("apiKeyPolicyTitle"));
    detailsLayout->addWidget(policyTitle);
    detailsLayout->addWidget(m_policyView);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("apiKeyDetailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    setTabOrder(m_filter, m_table);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ApiKeysPage::updateDetails);
    // A key changed on the server (or its role) shows at once.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ApiKeysPage::updateDetails);
    updateState();
}

ApiKeysPage::~ApiKeysPage() = default;

IamSession *ApiKeysPage::session() const
{
    return m_session;
}

void ApiKeysPage::setSession(IamSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    if (session) {
        connect(session, &IamSession::failed, this, &ApiKeysPage::updateState);
        connect(session, &IamSession::refreshed, this, &ApiKeysPage::updateState);
        connect(session, &IamSession::loadingChanged, this, &ApiKeysPage::updateState);
        connect(session, &IamSession::apiKeysChanged, this, &ApiKeysPage::updateState);
        connect(session, &IamSession::rolesChanged, this, &ApiKeysPage::updateDetails);
    }
    updateState();
    Q_EMIT selectionChanged();
}

void ApiKeysPage::updateState()
{
    QString problem;
    if (m_session && !m_session->isLoaded(IamSession::List::ApiKeys)) {
        const Error error = m_session->error(IamSession::List::ApiKeys);
        if (error.code() != Error::Code::None)
            problem = tr("The API keys could not be loaded: %1").arg(error.message());
        else if (m_session->isLoading())
            problem = tr("Loading the API keys…");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // A list that could not be read is not an empty list.
    m_table->setVisible(!m_session || m_session->isLoaded(IamSession::List::ApiKeys)
        || !m_model->apiKeys().isEmpty());
    updateDetails();
}

QList<ApiKey> ApiKeysPage::selectedApiKeys() const
{
    QList<ApiKey> keys;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
        [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows))
        keys.append(index.data(ApiKeyModel::ApiKeyRole).value<ApiKey>());
    return keys;
}

bool ApiKeysPage::selectApiKey(const QString &key)
{
    const int sourceRow = m_model->rowOf(key);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ApiKeysPage::updateDetails()
{
    QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        current = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    if (!current.isValid() || !m_session) {
        m_detailsTitle->setText(tr("Select an API key to see its details."));
        m_keyValue->clear();
        m_roleValue->clear();
        m_signingNote->hide();
        m_policyView->setEmptyText(QString());
        m_policyView->setPolicy(std::nullopt);
        return;
    }
    const ApiKey key = current.data(ApiKeyModel::ApiKeyRole).value<ApiKey>();
    m_detailsTitle->setText(key.name);
    m_keyValue->setText(key.key);
    const std::optional<IamRole> role = m_session->role(key.roleId);
    m_roleValue->setText(role ? role->name : key.roleId);
    const bool signing = current.data(ApiKeyModel::IsSigningKeyRole).toBool();
    m_signingNote->setText(tr("This account signs its requests with this key."));
    m_signingNote->setVisible(signing);
    if (!role) {
        m_policyView->setEmptyText(
            tr("The role of this key is not listed: what it allows is not known."));
        m_policyView->setPolicy(std::nullopt);
    } else {
        m_policyView->setEmptyText(tr("The role %1 has no policy.").arg(role->name));
        m_policyView->setPolicy(role->policy);
    }
}

} // namespace Keyport
