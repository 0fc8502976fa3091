// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyReviewPage.h"

#include "ApiKeyWizard.h"
#include "domain/ExoCommandLine.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Keyport {

ApiKeyReviewPage::ApiKeyReviewPage(ApiKeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_roleWarning(new QLabel(this))
    , m_command(new QPlainTextEdit(this))
    , m_copyCommand(new QPushButton(tr("C&opy Command"), this))
{
    setTitle(tr("Review"));
    setSubTitle(
        tr("Check the API key, then create it. Its secret is shown once, on the next page."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create API Key"));
    m_summary->setObjectName(QStringLiteral("apiKeyReviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_roleWarning->setObjectName(QStringLiteral("apiKeyReviewRoleWarning"));
    m_roleWarning->setWordWrap(true);
    m_roleWarning->setTextFormat(Qt::PlainText);
    m_command->setObjectName(QStringLiteral("apiKeyReviewCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_command->setMaximumHeight(80);
    // Tab leaves the field: it holds one line to read and copy, nothing to type.
    m_command->setTabChangesFocus(true);
    auto *commandLabel = new QLabel(tr("The same with the e&xo CLI:"), this);
    commandLabel->setBuddy(m_command);
    m_command->setAccessibleName(tr("The same with the exo CLI:"));
    m_copyCommand->setObjectName(QStringLiteral("apiKeyCopyCommand"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addWidget(m_summary);
    layout->addWidget(m_roleWarning);
    layout->addWidget(commandLabel);
    layout->addWidget(m_command);
    layout->addWidget(m_copyCommand, 0, Qt::AlignLeft);
    layout->addStretch();

    connect(m_copyCommand, &QPushButton::clicked, this, [this] {
        // A command line holds no secret: the ordinary clipboard.
        QGuiApplication::clipboard()->setText(m_command->toPlainText());
    });
}

void ApiKeyReviewPage::initializePage()
{
    ProblemShowingPage::initializePage();
    const QString roleId = m_wizard->roleId();
    const auto role = m_wizard->role(roleId);
    const QString roleName = role ? role->name : roleId;
    m_summary->setText(
        tr("Name: %1\nRole: %2").arg(m_wizard->name(), roleName.isEmpty() ? roleId : roleName));
    const bool everything = role && ApiKeyWizard::grantsEverything(*role);
    m_roleWarning->setText(everything
            ? tr("The role %1 grants everything: this key may do all that the organization "
                 "policy allows.")
                  .arg(roleName)
            : QString());
    m_roleWarning->setVisible(everything);
    m_command->setPlainText(
        ExoCommandLine::forApiKey(m_wizard->name(), m_wizard->roleArgument(roleId)));
}

} // namespace Keyport
