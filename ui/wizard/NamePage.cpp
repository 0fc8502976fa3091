// SPDX-License-Identifier: GPL-3.0-or-later
#include "NamePage.h"

#include "KeyWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Keyport {

NamePage::NamePage(KeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_name(new QLineEdit(this))
    , m_restricted(new QRadioButton(tr("&Restricted: only the operations, tags and resources "
                                       "chosen next"),
          this))
    , m_unrestricted(new QRadioButton(tr("&Unrestricted"), this))
    , m_unrestrictedWarning(new QLabel(this))
    , m_nameProblem(new QLabel(this))
{
    setTitle(tr("Name and Kind"));
    setSubTitle(tr("Name the key after the program that will use it."));
    m_name->setObjectName(QStringLiteral("keyName"));
    m_name->setMaxLength(KeyDraft::maximumNameLength);
    m_restricted->setObjectName(QStringLiteral("kindRestricted"));
    m_unrestricted->setObjectName(QStringLiteral("kindUnrestricted"));
    m_unrestrictedWarning->setObjectName(QStringLiteral("unrestrictedWarning"));
    m_unrestrictedWarning->setWordWrap(true);
    m_unrestrictedWarning->setText(
        tr("An unrestricted key gets every right of the key this account signs with, including "
           "creating and revoking other keys. Prefer a restricted key for programs."));
    m_nameProblem->setObjectName(QStringLiteral("nameProblem"));
    m_nameProblem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(QString(), m_nameProblem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addLayout(form);
    layout->addWidget(m_restricted);
    layout->addWidget(m_unrestricted);
    layout->addWidget(m_unrestrictedWarning);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, [this] {
        store();
        const Error problem = KeyDraft::validateName(m_name->text());
        m_nameProblem->setText(
            problem && !m_name->text().isEmpty() ? problem.message() : QString());
        clearProblem();
        Q_EMIT completeChanged();
    });
    connect(m_unrestricted, &QRadioButton::toggled, this, [this](bool on) {
        m_unrestrictedWarning->setVisible(on);
        store();
    });
}

void NamePage::store()
{
    KeyDraft &draft = keyWizard()->draft();
    draft.name = m_name->text();
    draft.kind
        = m_unrestricted->isChecked() ? KeyDraft::Kind::Unrestricted : KeyDraft::Kind::Restricted;
}

void NamePage::initializePage()
{
    ProblemShowingPage::initializePage();
    const KeyDraft &draft = keyWizard()->draft();
    m_name->setText(draft.name);
    m_restricted->setChecked(draft.isRestricted());
    m_unrestricted->setChecked(!draft.isRestricted());
    m_unrestrictedWarning->setVisible(!draft.isRestricted());
    // After QWizard, which gives the focus to the page's first widget once this returns.
    QMetaObject::invokeMethod(
        m_name, [edit = m_name] { edit->setFocus(); }, Qt::QueuedConnection);
}

bool NamePage::isComplete() const
{
    return !KeyDraft::validateName(m_name->text());
}

bool NamePage::validatePage()
{
    store();
    return true;
}

int NamePage::nextId() const
{
    return m_unrestricted->isChecked() ? KeyWizard::ReviewPageId : KeyWizard::OperationsPageId;
}

} // namespace Keyport
