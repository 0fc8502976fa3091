// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiKeyNamePage.h"

#include "ApiKeyWizard.h"
#include "domain/IamLimits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace Keyport {

namespace {

/// The data of the last entry, "New Role…": no role id looks like this.
const QString newRoleEntry = QStringLiteral("new-role");

} // namespace

ApiKeyNamePage::ApiKeyNamePage(ApiKeyWizard *wizard)
    : ProblemShowingPage(wizard)
    , m_wizard(wizard)
    , m_name(new QLineEdit(this))
    , m_nameProblem(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_roleWarning(new QLabel(this))
{
    setTitle(tr("Name and Role"));
    setSubTitle(tr("Name the key after the program that will use it; its role says what it may "
                   "do."));
    m_name->setObjectName(QStringLiteral("apiKeyName"));
    m_nameProblem->setObjectName(QStringLiteral("apiKeyNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_nameProblem->setTextFormat(Qt::PlainText);
    m_role->setObjectName(QStringLiteral("apiKeyRole"));
    m_roleWarning->setObjectName(QStringLiteral("apiKeyRoleWarning"));
    m_roleWarning->setWordWrap(true);
    m_roleWarning->setTextFormat(Qt::PlainText);

    auto *nameLabel = new QLabel(tr("Na&me:"), this);
    nameLabel->setBuddy(m_name);
    m_name->setAccessibleName(tr("Name:"));
    auto *roleLabel = new QLabel(tr("&Role:"), this);
    roleLabel->setBuddy(m_role);
    m_role->setAccessibleName(tr("Role:"));
    auto *form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(roleLabel, m_role);
    form->addRow(QString(), m_roleWarning);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header());
    layout->addLayout(form);
    layout->addStretch();

    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_wizard->setName(text);
        m_nameProblem->setText(nameProblem(text));
        clearProblem();
        Q_EMIT completeChanged();
    });
    connect(m_role, &QComboBox::activated, this, &ApiKeyNamePage::onRoleActivated);
    connect(m_wizard, &ApiKeyWizard::rolesChanged, this, &ApiKeyNamePage::fillRoles);
    fillRoles({});
}

QString ApiKeyNamePage::nameProblem(const QString &name)
{
    const qsizetype count = IamLimits::characterCount(name);
    if (count <= IamLimits::maximumApiKeyNameLength)
        return {};
    return tr("The name has %1 characters; at most %n are allowed.", nullptr,
        IamLimits::maximumApiKeyNameLength)
        .arg(count);
}

void ApiKeyNamePage::fillRoles(const QString &selectId)
{
    const QString current = selectId.isEmpty() ? m_wizard->roleId() : selectId;
    const QSignalBlocker blocker(m_role);
    m_role->clear();
    for (const IamRole &role : m_wizard->roles())
        m_role->addItem(role.name, role.id);
    m_role->addItem(tr("New Role…"), newRoleEntry);
    const int index = current.isEmpty() ? -1 : m_role->findData(current);
    // Nothing chosen yet: no role is taken for the person, the combo says so.
    m_role->setCurrentIndex(index);
    m_wizard->setRoleId(index >= 0 ? current : QString());
    m_lastRoleId = m_wizard->roleId();
    showRoleWarning();
    Q_EMIT completeChanged();
}

void ApiKeyNamePage::onRoleActivated(int index)
{
    const QString id = m_role->itemData(index).toString();
    if (id == newRoleEntry) {
        // The editor opens over the wizard; the new role arrives through addRole().
        const QSignalBlocker blocker(m_role);
        m_role->setCurrentIndex(m_lastRoleId.isEmpty() ? -1 : m_role->findData(m_lastRoleId));
        Q_EMIT m_wizard->newRoleRequested();
        return;
    }
    m_wizard->setRoleId(id);
    m_lastRoleId = id;
    clearProblem();
    showRoleWarning();
    Q_EMIT completeChanged();
}

void ApiKeyNamePage::showRoleWarning()
{
    const auto role = m_wizard->role(m_wizard->roleId());
    if (role && ApiKeyWizard::grantsEverything(*role)) {
        m_roleWarning->setText(tr("The role %1 grants everything: a key on it may do all that "
                                  "the organization policy allows, including creating and "
                                  "deleting other keys. Prefer a narrower role for programs.")
                                   .arg(role->name));
        m_roleWarning->show();
    } else {
        m_roleWarning->clear();
        m_roleWarning->hide();
    }
}

void ApiKeyNamePage::initializePage()
{
    ProblemShowingPage::initializePage();
    m_name->setText(m_wizard->name());
    fillRoles({});
    // After QWizard, which gives the focus to the page's first widget once this returns.
    QMetaObject::invokeMethod(
        m_name, [edit = m_name] { edit->setFocus(); }, Qt::QueuedConnection);
}

bool ApiKeyNamePage::isComplete() const
{
    const qsizetype count = IamLimits::characterCount(m_name->text());
    return count > 0 && count <= IamLimits::maximumApiKeyNameLength
        && !m_wizard->roleId().isEmpty();
}

bool ApiKeyNamePage::validatePage()
{
    m_wizard->setName(m_name->text());
    return isComplete();
}

} // namespace Keyport
