// SPDX-License-Identifier: GPL-3.0-or-later
#include "RolesPage.h"

#include "api/ExoscaleClient.h"
#include "models/RoleModel.h"
#include "PolicyView.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace Keyport {

RolesPage::RolesPage(QWidget *parent)
    : IamListPage(IamSession::List::Roles,
        {
            .page = QStringLiteral("rolesPage"),
            .problem = QStringLiteral("rolesProblem"),
            .table = QStringLiteral("roleTable"),
            .details = QStringLiteral("roleDetails"),
            .detailsScroll = QStringLiteral("roleDetailsScroll"),
            .detailsTitle = QStringLiteral("roleDetailsName"),
            .policyTitle = QStringLiteral("rolePolicyTitle"),
            .policy = QStringLiteral("rolePolicy"),
        },
        parent)
    , m_model(new RoleModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_description(valueLabel(QStringLiteral("roleDetailsDescription"), details()))
    , m_labels(valueLabel(QStringLiteral("roleDetailsLabels"), details()))
    , m_permissions(valueLabel(QStringLiteral("roleDetailsPermissions"), details()))
    , m_editable(valueLabel(QStringLiteral("roleDetailsEditable"), details()))
    , m_apiKeys(valueLabel(QStringLiteral("roleDetailsApiKeys"), details()))
    , m_people(valueLabel(QStringLiteral("roleDetailsPeople"), details()))
{
    m_proxy->setSortRole(RoleModel::SortRole);
    setModels(m_model, m_proxy);

    table()->setAccessibleName(tr("Roles"));
    table()->setSelectionMode(QAbstractItemView::SingleSelection);
    table()->horizontalHeader()->setSectionResizeMode(
        RoleModel::DescriptionColumn, QHeaderView::Stretch);

    // The name can be selected like the values under it.
    detailsTitle()->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsForm()->addRow(tr("Description:"), m_description);
    detailsForm()->addRow(tr("Labels:"), m_labels);
    detailsForm()->addRow(tr("Permissions:"), m_permissions);
    detailsForm()->addRow(tr("Editable:"), m_editable);
    detailsForm()->addRow(tr("API keys:"), m_apiKeys);
    detailsForm()->addRow(tr("People:"), m_people);
    policyTitle()->setText(tr("Policy:"));
    updateState();
}

RolesPage::~RolesPage() = default;

void RolesPage::followSession(IamSession *session)
{
    m_model->setSession(session);
    if (session) {
        connect(session, &IamSession::rolesChanged, this, &RolesPage::updateState);
        connect(session, &IamSession::apiKeysChanged, this, &RolesPage::updateDetails);
        connect(session, &IamSession::usersChanged, this, &RolesPage::updateDetails);
    }
}

QString RolesPage::loadFailedText(const Error &error) const
{
    return tr("The roles could not be loaded: %1").arg(error.message());
}

QString RolesPage::loadingText() const
{
    return tr("Loading the roles…");
}

std::optional<IamRole> RolesPage::selectedRole() const
{
    const QModelIndexList rows = selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first().data(RoleModel::IamRoleRole).value<IamRole>();
}

bool RolesPage::selectRole(const QString &roleId)
{
    return selectSourceRow(m_model->rowOf(roleId));
}

void RolesPage::updateDetails()
{
    const std::optional<IamRole> role = selectedRole();
    if (!role || !session()) {
        clearDetails(tr("Select a role to see its details."));
        return;
    }
    const QString none = tr("None");
    detailsTitle()->setText(role->name);
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
    for (const ApiKey &key : session()->apiKeysBoundTo(role->id))
        keys.append(QStringLiteral("%1 (%2)").arg(key.name, key.key));
    m_apiKeys->setText(keys.isEmpty() ? none : keys.join(QLatin1Char('\n')));
    QStringList people;
    for (const User &user : session()->usersBoundTo(role->id))
        people.append(user.pending ? tr("%1 (invited)").arg(user.email) : user.email);
    if (!session()->isLoaded(IamSession::List::Users)) {
        const Error error = session()->error(IamSession::List::Users);
        m_people->setText(error.code() != Error::Code::None
                ? tr("Not known: %1").arg(error.message())
                : tr("Not known yet."));
    } else {
        m_people->setText(people.isEmpty() ? none : people.join(QLatin1Char('\n')));
    }
    policyView()->setEmptyText(tr("This role has no policy."));
    policyView()->setPolicy(role->policy);
}

} // namespace Keyport
