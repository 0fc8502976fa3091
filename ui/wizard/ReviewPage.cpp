// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPage.h"

#include "api/ApiJson.h"
#include "domain/ExoCommandLine.h"
#include "KeyWizard.h"
#include "services/AccountSession.h"

#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Keyport {

ReviewPage::ReviewPage(KeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_summary(new QLabel(this))
    , m_differences(new QLabel(this))
    , m_body(new QPlainTextEdit(this))
    , m_command(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
{
    setTitle(tr("Review"));
    setSubTitle(tr("Check the key, then create it. Its secret is shown once, on the next page."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Create Key"));
    m_summary->setObjectName(QStringLiteral("reviewSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_differences->setObjectName(QStringLiteral("reviewDifferences"));
    m_differences->setWordWrap(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *edit : {m_body, m_command}) {
        edit->setReadOnly(true);
        edit->setFont(fixed);
        edit->setMaximumHeight(110);
    }
    m_body->setObjectName(QStringLiteral("reviewBody"));
    m_body->setAccessibleName(tr("Request body"));
    m_command->setObjectName(QStringLiteral("reviewCommand"));
    m_command->setAccessibleName(tr("Equivalent exo command"));
    m_problems->setObjectName(QStringLiteral("reviewProblems"));
    m_problems->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addWidget(m_summary);
    layout->addWidget(m_differences);
    layout->addWidget(m_problems);
    auto *bodyLabel = new QLabel(tr("Request b&ody:"), this);
    bodyLabel->setBuddy(m_body);
    layout->addWidget(bodyLabel);
    layout->addWidget(m_body);
    auto *commandLabel = new QLabel(tr("The same with the e&xo CLI:"), this);
    commandLabel->setBuddy(m_command);
    layout->addWidget(commandLabel);
    layout->addWidget(m_command);
    layout->addStretch();
}

void ReviewPage::initializePage()
{
    ProblemShowingPage::initializePage();
    const KeyDraft &draft = keyWizard()->draft();
    const Catalog catalog = keyWizard()->session() ? keyWizard()->session()->catalog() : Catalog();

    QStringList lines{tr("Name: %1").arg(draft.name)};
    if (!draft.isRestricted()) {
        lines.append(tr("Unrestricted: every right of the signing key."));
    } else {
        const int effective = int(catalog.effectiveOperations(draft.tags, draft.operations).size());
        lines.append(
            draft.tags.isEmpty() ? tr("Tags: none") : tr("Tags: %1").arg(draft.tags.join(u", ")));
        lines.append(draft.operations.isEmpty()
                ? tr("Operations picked alone: none")
                : tr("Operations picked alone: %1").arg(draft.operations.join(u", ")));
        lines.append(tr("In effect: %n operation(s)", nullptr, effective));
        QStringList resources;
        for (const AccessKeyResource &resource : draft.resources)
            resources.append(resource.toString());
        lines.append(resources.isEmpty() ? tr("Resources: any")
                                         : tr("Resources: %1").arg(resources.join(u", ")));
    }
    m_summary->setText(lines.join(u'\n'));

    if (keyWizard()->hasTemplate()) {
        const QStringList differences = KeyDraft::differences(keyWizard()->templateDraft(), draft);
        m_differences->setText(differences.isEmpty()
                ? tr("Same restrictions as %1.").arg(keyWizard()->templateDraft().templateKeyName)
                : tr("Compared with %1:\n%2")
                      .arg(keyWizard()->templateDraft().templateKeyName, differences.join(u'\n')));
        m_differences->show();
    } else {
        m_differences->hide();
    }

    const QByteArray body = ApiJson::createRequestBody(draft);
    m_body->setPlainText(
        QString::fromUtf8(QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented)));
    m_command->setPlainText(ExoCommandLine::forDraft(draft));

    QStringList problems;
    for (const KeyDraft::Problem &problem : draft.problems(catalog))
        problems.append(problem.message);
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    Q_EMIT completeChanged();
}

bool ReviewPage::isComplete() const
{
    const Catalog catalog = keyWizard()->session() ? keyWizard()->session()->catalog() : Catalog();
    return keyWizard()->draft().isValid(catalog);
}

} // namespace Keyport
