// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyCreatingPage.h"

#include "accounts/AccountStore.h"
#include "ApiKeyWizard.h"
#include "secrets/SecretStore.h"
#include "services/CreateApiKeyFlow.h"
#include "services/IamSession.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Keyport {

ApiKeyCreatingPage::ApiKeyCreatingPage(ApiKeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_goBack(new QPushButton(this))
    , m_deleteOrphan(new QPushButton(tr("&Delete This Key"), this))
{
    setTitle(tr("Creating the API Key"));
    m_status->setObjectName(QStringLiteral("apiKeyCreatingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Creating"));
    m_goBack->setObjectName(QStringLiteral("apiKeyCreatingBack"));
    m_deleteOrphan->setObjectName(QStringLiteral("apiKeyDeleteOrphan"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_goBack, 0, Qt::AlignLeft);
    layout->addWidget(m_deleteOrphan, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_goBack, &QPushButton::clicked, this, [this] {
        m_wizard->showProblemOn(ApiKeyWizard::ApiKeyPageId(m_backTo), m_status->text());
    });
    connect(m_deleteOrphan, &QPushButton::clicked, this, [this] {
        if (m_orphan.key.isEmpty())
            return;
        // The one Delete API Keys command asks and deletes; this page only sees the key go.
        clearProblem();
        Q_EMIT m_wizard->deleteRequested(m_orphan);
    });
    if (IamSession *iam = wizard->iam())
        connect(iam, &IamSession::apiKeysChanged, this, &ApiKeyCreatingPage::onApiKeysChanged);
}

void ApiKeyCreatingPage::initializePage()
{
    m_created = false;
    m_orphan = {};
    m_goBack->hide();
    m_deleteOrphan->hide();
    m_busy->show();
    m_status->clear();
    m_wizard->setCreating(true);
    m_flow = new CreateApiKeyFlow(
        m_wizard->session(), m_wizard->accounts(), m_wizard->name(), m_wizard->roleId(), this);
    connect(m_flow, &CreateApiKeyFlow::progress, m_status, &QLabel::setText);
    connect(m_flow, &Job::finished, this, &ApiKeyCreatingPage::onFlowFinished);
}

void ApiKeyCreatingPage::stop(const QString &message, int page)
{
    m_busy->hide();
    m_status->setText(message);
    m_backTo = page;
    m_goBack->setText(
        page == ApiKeyWizard::ApiKeyNamePageId ? tr("&Back to Edit") : tr("&Back to Review"));
    m_goBack->show();
    m_goBack->setFocus();
}

void ApiKeyCreatingPage::onFlowFinished()
{
    m_wizard->setCreating(false);
    // Read here, in finished(): the flow deletes itself afterwards.
    CreateApiKeyFlow *flow = m_flow;
    const QString roleName
        = m_wizard->role(flow->roleId()) ? m_wizard->role(flow->roleId())->name : flow->roleId();
    switch (flow->outcome()) {
    case CreateApiKeyFlow::Outcome::Created: {
        const ApiKey key = flow->createdKey();
        AccessKey shown;
        shown.name = key.name;
        shown.key = key.key;
        m_wizard->setCreatedApiKey(key);
        m_wizard->setResult(shown, flow->takeSecret(), flow->secretStore(), flow->storeError());
        m_created = true;
        Q_EMIT completeChanged();
        Q_EMIT m_wizard->apiKeyCreated(key);
        QTimer::singleShot(0, m_wizard, &QWizard::next);
        return;
    }
    case CreateApiKeyFlow::Outcome::Refused:
        stop(tr("The API key was not created.\n%1").arg(flow->error().message()),
            ApiKeyWizard::ApiKeyNamePageId);
        return;
    case CreateApiKeyFlow::Outcome::NotCreated:
        stop(tr("Exoscale did not answer (%1), and its list of API keys shows no new key named "
                "%2 on the role %3: nothing was created. You can try again.")
                 .arg(flow->error().message(), flow->name(), roleName),
            ApiKeyWizard::ApiKeyReviewPageId);
        return;
    case CreateApiKeyFlow::Outcome::Orphaned:
        m_orphan = flow->orphan();
        stop(tr("Exoscale created the API key %1 (%2), but its answer was lost, and with it the "
                "key's secret: it cannot be shown again. Delete this key, then create it anew.")
                 .arg(m_orphan.name, m_orphan.key),
            ApiKeyWizard::ApiKeyReviewPageId);
        m_deleteOrphan->show();
        m_deleteOrphan->setFocus();
        return;
    case CreateApiKeyFlow::Outcome::Unknown:
        stop(tr("Exoscale did not answer, and Keyport could not check whether the API key was "
                "created: %1\nLook for an API key named %2 in the list before trying again.")
                 .arg(flow->error().message(), flow->name()),
            ApiKeyWizard::ApiKeyReviewPageId);
        return;
    case CreateApiKeyFlow::Outcome::Running:
        break;
    }
}

void ApiKeyCreatingPage::onApiKeysChanged()
{
    IamSession *iam = m_wizard->iam();
    if (m_orphan.key.isEmpty() || m_deleteOrphan->isHidden() || !iam || iam->apiKey(m_orphan.key))
        return;
    clearProblem();
    m_deleteOrphan->hide();
    m_status->setText(
        tr("The API key %1 was deleted. You can create the key again.").arg(m_orphan.key));
    m_goBack->setFocus();
}

} // namespace Keyport
