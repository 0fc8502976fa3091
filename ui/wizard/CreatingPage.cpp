// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreatingPage.h"

#include "KeyWizard.h"
#include "services/AccountSession.h"
#include "services/CreateKeyFlow.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyport {

CreatingPage::CreatingPage(KeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_back(new QPushButton(tr("&Back to Edit"), this))
    , m_revoke(new QPushButton(tr("&Revoke This Key"), this))
{
    setTitle(tr("Creating the Key"));
    m_status->setObjectName(QStringLiteral("creatingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setRange(0, 0);
    m_busy->setAccessibleName(tr("Creating"));
    m_back->setObjectName(QStringLiteral("creatingBack"));
    m_revoke->setObjectName(QStringLiteral("revokeOrphan"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_back, 0, Qt::AlignLeft);
    layout->addWidget(m_revoke, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_back, &QPushButton::clicked, this, [this] {
        if (m_field)
            keyWizard()->showProblem(*m_field, m_status->text());
        else
            keyWizard()->showProblemOnPage(KeyWizard::ReviewPageId, m_status->text());
    });
    connect(m_revoke, &QPushButton::clicked, this, &CreatingPage::revokeOrphan);
    if (AccountSession *session = wizard->session())
        connect(session, &AccountSession::keysChanged, this, &CreatingPage::onKeysChanged);
}

void CreatingPage::initializePage()
{
    m_done = false;
    m_orphan = {};
    m_back->hide();
    m_revoke->hide();
    m_busy->show();
    m_status->clear();
    keyWizard()->setCreating(true);
    m_flow = new CreateKeyFlow(
        keyWizard()->session(), keyWizard()->accounts(), keyWizard()->draft(), this);
    connect(m_flow, &CreateKeyFlow::progress, m_status, &QLabel::setText);
    connect(m_flow, &Job::finished, this, &CreatingPage::onFinished);
}

void CreatingPage::fail(const QString &message, std::optional<KeyDraft::Field> field)
{
    m_busy->hide();
    m_status->setText(message);
    m_field = field;
    m_back->setText(field ? tr("&Back to Edit") : tr("&Back to Review"));
    m_back->show();
    m_back->setFocus();
}

void CreatingPage::onFinished()
{
    keyWizard()->setCreating(false);
    // Read here, in finished(): the flow deletes itself afterwards.
    CreateKeyFlow *flow = m_flow;
    const QString name = keyWizard()->draft().name;
    switch (flow->outcome()) {
    case CreateKeyFlow::Outcome::Created:
        keyWizard()->setResult(
            flow->createdKey(), flow->takeSecret(), flow->secretStore(), flow->storeError());
        m_done = true;
        Q_EMIT completeChanged();
        Q_EMIT keyWizard()->keyCreated(flow->createdKey());
        QTimer::singleShot(0, keyWizard(), &QWizard::next);
        return;
    case CreateKeyFlow::Outcome::Refused: {
        const Error error = flow->error();
        if (error.code() == Error::Code::GenerationMismatch) {
            fail(error.message(), std::nullopt);
            return;
        }
        fail(tr("The key was not created.\n%1").arg(error.message()), flow->errorField());
        return;
    }
    case CreateKeyFlow::Outcome::NotCreated:
        fail(tr("Exoscale did not answer (%1), and its key list shows no new key named %2: "
                "nothing was created. You can try again.")
                 .arg(flow->error().message(), name),
            std::nullopt);
        return;
    case CreateKeyFlow::Outcome::Orphaned:
        m_orphan = flow->orphan();
        fail(tr("Exoscale created the key %1 (%2), but its answer was lost, and with it the "
                "key's secret: it cannot be shown again. Revoke this key, then create it anew.")
                 .arg(m_orphan.name, m_orphan.key),
            std::nullopt);
        m_revoke->show();
        m_revoke->setFocus();
        return;
    case CreateKeyFlow::Outcome::Unknown:
        fail(tr("Exoscale did not answer, and Keyport could not check whether the key was "
                "created: %1\nLook for a key named %2 in the list before trying again.")
                 .arg(flow->error().message(), name),
            std::nullopt);
        return;
    case CreateKeyFlow::Outcome::Running:
        break;
    }
}

void CreatingPage::revokeOrphan()
{
    if (m_orphan.key.isEmpty())
        return;
    // The one Revoke command asks and revokes; this page only sees the key go.
    clearProblem();
    Q_EMIT keyWizard()->revokeRequested(m_orphan);
}

void CreatingPage::onKeysChanged()
{
    AccountSession *session = keyWizard()->session();
    if (m_orphan.key.isEmpty() || m_revoke->isHidden() || !session)
        return;
    const AccessKeys &keys = session->keys();
    const bool listed = std::any_of(keys.cbegin(), keys.cend(),
        [this](const AccessKey &key) { return key.key == m_orphan.key; });
    if (listed)
        return;
    clearProblem();
    m_revoke->hide();
    m_status->setText(
        tr("The key %1 was revoked. You can create the key again.").arg(m_orphan.key));
    m_back->setFocus();
}

} // namespace Keyport
