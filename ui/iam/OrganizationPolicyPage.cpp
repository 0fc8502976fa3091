// SPDX-License-Identifier: GPL-3.0-or-later
#include "OrganizationPolicyPage.h"

#include "api/ExoscaleClient.h"
#include "PolicyView.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace Keyport {

OrganizationPolicyPage::OrganizationPolicyPage(QWidget *parent)
    : QWidget(parent)
    , m_problem(new QLabel(this))
    , m_policyView(new PolicyView)
    , m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("organizationPolicyPage"));
    auto *title = new QLabel(tr("The organization policy judges every request of every API key, "
                                "before the key's role policy does; both must allow it."),
        this);
    title->setObjectName(QStringLiteral("organizationPolicyIntro"));
    title->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("organizationPolicyProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_policyView->setObjectName(QStringLiteral("organizationPolicyView"));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("organizationPolicyScroll"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_policyView);
    scroll->setFocusPolicy(Qt::NoFocus);
    m_buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_problem);
    layout->addWidget(scroll, 1);
    layout->addLayout(m_buttons);
    updateState();
}

IamSession *OrganizationPolicyPage::session() const
{
    return m_session;
}

void OrganizationPolicyPage::setSession(IamSession *session)
{
    if (m_session == session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session, &IamSession::failed, this, &OrganizationPolicyPage::updateState);
        connect(session, &IamSession::refreshed, this, &OrganizationPolicyPage::updateState);
        connect(session, &IamSession::loadingChanged, this, &OrganizationPolicyPage::updateState);
        connect(session, &IamSession::organizationPolicyChanged, this,
            &OrganizationPolicyPage::updateState);
    }
    updateState();
}

void OrganizationPolicyPage::addAction(QAction *action)
{
    QWidget::addAction(action);
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("organizationPolicyButton_%1").arg(action->objectName()));
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setFocusPolicy(Qt::StrongFocus);
    // Before the stretch that keeps the buttons to the left.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void OrganizationPolicyPage::updateState()
{
    const std::optional<IamPolicy> policy
        = m_session ? m_session->organizationPolicy() : std::nullopt;
    QString problem;
    if (m_session && !policy) {
        const Error error = m_session->error(IamSession::List::OrganizationPolicy);
        if (error.code() != Error::Code::None)
            problem = tr("The organization policy could not be read: %1").arg(error.message());
        else if (m_session->isLoading())
            problem = tr("Loading the organization policy…");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_policyView->setEmptyText(m_session ? tr("The organization policy is not known.") : QString());
    if (m_policyView->policy() != policy) {
        m_policyView->setPolicy(policy);
        Q_EMIT selectionChanged();
    }
}

} // namespace Keyport
