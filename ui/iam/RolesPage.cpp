// SPDX-License-Identifier: GPL-3.0-or-later
#include "RolesPage.h"

#include "api/ExoscaleClient.h"
#include "models/RoleModel.h"
#include "PolicyView.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
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

RolesPage::RolesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new RoleModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QWidget(this))
    , m_name(valueLabel(QStringLiteral("roleDetailsName"), m_details))
    , m_description(valueLabel(QStringLiteral("roleDetailsDescription"), m_details))
    , m_labels(valueLabel(QStringLiteral("roleDetailsLabels"), m_details))
    , m_permissions(valueLabel(QStringLiteral("roleDetailsPermissions"), m_details))
    , m_editable(valueLabel(QStringLiteral("roleDetailsEditable"), m_details))
    , m_apiKeys(valueLabel(QStringLiteral("roleDetailsApiKeys"), m_details))
    , m_people(valueLabel(QStringLiteral("roleDetailsPeople"), m_details))
    , m_policyView(new PolicyView(m_details))
{
    setObjectName(QStringLiteral("rolesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RoleModel::SortRole);

    m_problem->setObjectName(QStringLiteral("rolesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();

    m_table->setObjectName(QStringLiteral("roleTable"));
    m_table->setAccessibleName(tr("Roles"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RoleModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(
        RoleModel::DescriptionColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_details->setObjectName(QStringLiteral("roleDetails"));
    QFont title = m_name->font();
    title.setBold(true);
    m_name->setFont(title);
    m_policyView->setObjectName(QStringLiteral("rolePolicy"));
    auto *form = new QFormLayout;
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Labels:"), m_labels);
    form->addRow(tr("Permissions:"), m_permissions);
    form->addRow(tr("Editable:"), m_editable);
    form->addRow(tr("API keys:"), m_apiKeys);
    form->addRow(tr("People:"), m_people);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->addWidget(m_name);
    detailsLayout->addLayout(form);
    auto *policyTitle = new QLabel(tr("Policy:"), m_details);
    policyTitle->setObjectName(QStringLiteral("rolePolicyTitle"));
    detailsLayout->addWidget(policyTitle);
    detailsLayout->addWidget(m_policyView);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("roleDetailsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_details);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_table);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetails();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RolesPage::updateDetails);
    updateState();
}

RolesPage::~RolesPage() = default;

IamSession *RolesPage::session() const
{
    return m_session;
}

void RolesPage::setSession(IamSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_model->setSession(session);
    if (session) {
        connect(session, &IamSession::failed, this, &RolesPage::updateState);
        connect(session, &IamSession::refreshed, this, &RolesPage::updateState);
        connect(session, &IamSession::loadingChanged, this, &RolesPage::updateState);
        connect(session, &IamSession::rolesChanged, this, &RolesPage::updateState);
        connect(session, &IamSession::apiKeysChanged, this, &RolesPage::updateDetails);
        connect(session, &IamSession::usersChanged, this, &RolesPage::updateDetails);
    }
    updateState();
    Q_EMIT selectionChanged();
}

void RolesPage::updateState()
{
    QString problem;
    if (m_session && !m_session->isLoaded(IamSession::List::Roles)) {
        const Error error = m_session->error(IamSession::List::Roles);
        if (error.code() != Error::Code::None)
            problem = tr("The roles could not be loaded: %1").arg(error.message());
        else if (m_session->isLoading())
            problem = tr("Loading the roles…");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_table->setVisible(
        !m_session || m_session->isLoaded(IamSession::List::Roles) || !m_model->roles().isEmpty());
    updateDetails();
}

std::optional<IamRole> RolesPage::selectedRole() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(RoleModel::IamRoleRole).value<IamRole>();
}

bool RolesPage::selectRole(const QString &roleId)
{
    const int sourceRow = m_model->rowOf(roleId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void RolesPage::updateDetails()
{
    const std::optional<IamRole> role = selectedRole();
    const QList<QLabel *> values{
        m_description, m_labels, m_permissions, m_editable, m_apiKeys, m_people};
    if (!role || !m_session) {
        m_name->setText(tr("Select a role to see its details."));
        for (QLabel *label : values)
            label->clear();
        m_policyView->setEmptyText(QString());
        m_policyView->setPolicy(std::nullopt);
        return;
    }
    const QString none = tr("None");
    m_name->setText(role->name);
    m_description->setText(role->description.value_or(none));
    QStringList labels;
    if (role->labels) {
        for (auto it = role->labels->cbegin(); it != role->labels->cend(); ++it)
            labels.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
    }
    m_labels->setText(labels.isEmpty() ? none : labels.join(QStringLiteral(", ")));
    m_permissions->setText(
        role->permissions.isEmpty() ? none : role->permissions.join(QStringLiteral(", ")));
    m_editable->setText(role->editable
            ? tr("Yes")
            : tr("No: a built-in or locked role, it cannot be changed or deleted."));
    QStringList keys;
    for (const ApiKey &key : m_session->apiKeysBoundTo(role->id))
        keys.append(QStringLiteral("%1 (%2)").arg(key.name, key.key));
    m_apiKeys->setText(keys.isEmpty() ? none : keys.join(QLatin1Char('\n')));
    QStringList people;
    for (const User &user : m_session->usersBoundTo(role->id))
        people.append(user.pending ? tr("%1 (invited)").arg(user.email) : user.email);
    if (!m_session->isLoaded(IamSession::List::Users)) {
        const Error error = m_session->error(IamSession::List::Users);
        m_people->setText(error.code() != Error::Code::None
                ? tr("Not known: %1").arg(error.message())
                : tr("Not known yet."));
    } else {
        m_people->setText(people.isEmpty() ? none : people.join(QLatin1Char('\n')));
    }
    m_policyView->setEmptyText(tr("This role has no policy."));
    m_policyView->setPolicy(role->policy);
}

} // namespace Keyport
