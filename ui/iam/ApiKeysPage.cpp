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
#include <QTableView>
#include <QVBoxLayout>

namespace Keyport {

ApiKeysPage::ApiKeysPage(QWidget *parent)
    : IamListPage(IamSession::List::ApiKeys,
        {
            .page = QStringLiteral("apiKeysPage"),
            .problem = QStringLiteral("apiKeysProblem"),
            .table = QStringLiteral("apiKeyTable"),
            .details = QStringLiteral("apiKeyDetails"),
            .detailsScroll = QStringLiteral("apiKeyDetailsScroll"),
            .detailsTitle = QStringLiteral("apiKeyDetailsTitle"),
            .policyTitle = QStringLiteral("apiKeyPolicyTitle"),
            .policy = QStringLiteral("apiKeyPolicy"),
        },
        parent)
    , m_model(new ApiKeyModel(this))
    , m_proxy(new ApiKeyFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_keyValue(valueLabel(QStringLiteral("apiKeyDetailsKey"), details()))
    , m_roleValue(valueLabel(QStringLiteral("apiKeyDetailsRole"), details()))
    , m_signingNote(valueLabel(QStringLiteral("apiKeyDetailsSigning"), details()))
{
    setModels(m_model, m_proxy);

    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);
    m_filter->setObjectName(QStringLiteral("apiKeyFilter"));
    m_filter->setPlaceholderText(tr("Name, key or role"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ApiKeyFilterModel::setFilterText);

    table()->setAccessibleName(tr("API keys"));
    table()->setItemDelegate(new ApiKeyItemDelegate(table()));
    table()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table()->horizontalHeader()->setStretchLastSection(true);

    detailsForm()->addRow(tr("Key:"), m_keyValue);
    detailsForm()->addRow(tr("Role:"), m_roleValue);
    // Between the form and the policy.
    detailsLayout()->insertWidget(detailsLayout()->indexOf(policyTitle()), m_signingNote);
    policyTitle()->setText(tr("What the role allows:"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    pageLayout()->insertLayout(0, filterRow);
    setTabOrder(m_filter, table());

    connect(table()->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ApiKeysPage::updateDetails);
    updateState();
}

ApiKeysPage::~ApiKeysPage() = default;

void ApiKeysPage::followSession(IamSession *session)
{
    m_model->setSession(session);
    if (session) {
        connect(session, &IamSession::apiKeysChanged, this, &ApiKeysPage::updateState);
        connect(session, &IamSession::rolesChanged, this, &ApiKeysPage::updateDetails);
    }
}

QString ApiKeysPage::loadFailedText(const Error &error) const
{
    return tr("The API keys could not be loaded: %1").arg(error.message());
}

QString ApiKeysPage::loadingText() const
{
    return tr("Loading the API keys…");
}

void ApiKeysPage::showAllRows()
{
    m_filter->clear();
}

QList<ApiKey> ApiKeysPage::selectedApiKeys() const
{
    QList<ApiKey> keys;
    for (const QModelIndex &index : selectedRows())
        keys.append(index.data(ApiKeyModel::ApiKeyRole).value<ApiKey>());
    return keys;
}

bool ApiKeysPage::selectApiKey(const QString &key)
{
    return selectSourceRow(m_model->rowOf(key));
}

void ApiKeysPage::updateDetails()
{
    QModelIndex current = table()->selectionModel()->currentIndex();
    if (!current.isValid() || !table()->selectionModel()->isRowSelected(current.row(), {})) {
        const QModelIndexList rows = table()->selectionModel()->selectedRows();
        current = rows.isEmpty() ? QModelIndex() : rows.first();
    }
    if (!current.isValid() || !session()) {
        clearDetails(tr("Select an API key to see its details."));
        m_signingNote->hide();
        return;
    }
    const ApiKey key = current.data(ApiKeyModel::ApiKeyRole).value<ApiKey>();
    detailsTitle()->setText(key.name);
    m_keyValue->setText(key.key);
    const std::optional<IamRole> role = session()->role(key.roleId);
    m_roleValue->setText(role ? role->name : key.roleId);
    const bool signing = current.data(ApiKeyModel::IsSigningKeyRole).toBool();
    m_signingNote->setText(tr("This account signs its requests with this key."));
    m_signingNote->setVisible(signing);
    if (!role) {
        policyView()->setEmptyText(
            tr("The role of this key is not listed: what it allows is not known."));
        policyView()->setPolicy(std::nullopt);
    } else {
        policyView()->setEmptyText(tr("The role %1 has no policy.").arg(role->name));
        policyView()->setPolicy(role->policy);
    }
}

} // namespace Keyport
