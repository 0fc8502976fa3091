// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemShowingPage.h"

#include "KeyWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Keyport {

ProblemShowingPage::ProblemShowingPage(KeyWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_header(new QWidget(this))
    , m_account(new QLabel(m_header))
    , m_template(new QLabel(m_header))
    , m_problem(new QLabel(m_header))
{
    // Every page says which account the key is created in: the same names exist in several.
    m_account->setObjectName(QStringLiteral("wizardAccount"));
    m_account->setTextFormat(Qt::PlainText);
    m_account->setWordWrap(true);
    m_account->setText(wizard->accountText());
    m_template->setObjectName(QStringLiteral("templateBanner"));
    m_template->setWordWrap(true);
    m_template->hide();
    m_problem->setObjectName(QStringLiteral("pageProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Red that stays readable on a dark palette too.
    QPalette warning = m_problem->palette();
    const bool dark = warning.color(QPalette::Window).lightness() < 128;
    warning.setColor(
        QPalette::WindowText, dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(warning);
    m_problem->hide();
    auto *layout = new QVBoxLayout(m_header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_account);
    layout->addWidget(m_template);
    layout->addWidget(m_problem);
}

void ProblemShowingPage::initializePage()
{
    if (m_wizard->hasTemplate()) {
        m_template->setText(tr("Based on %1 (%2)")
                                .arg(m_wizard->templateDraft().templateKeyName,
                                    m_wizard->templateDraft().templateKeyId));
        m_template->show();
    }
}

void ProblemShowingPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

void ProblemShowingPage::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
}

} // namespace Keyport
