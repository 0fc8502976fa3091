// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountDialog.h"

#include "domain/Endpoint.h"
#include "widgets/SecretField.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Keyport {

AddAccountDialog::AddAccountDialog(const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_useZone(new QRadioButton(tr("&Zone:"), this))
    , m_zone(new QComboBox(this))
    , m_useEndpoint(new QRadioButton(tr("C&ustom endpoint:"), this))
    , m_endpoint(new QLineEdit(this))
    , m_hostWarning(new QLabel(this))
    , m_trustHost(new QCheckBox(tr("I t&rust this host with my requests"), this))
    , m_test(new QPushButton(tr("&Test"), this))
    , m_result(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Account"));
    setObjectName(QStringLiteral("addAccountDialog"));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_key->setObjectName(QStringLiteral("accountKey"));
    m_key->setPlaceholderText(QStringLiteral("EXO…"));
    m_secret->setObjectName(QStringLiteral("accountSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *reveal = m_secret->addAction(
        QIcon::fromTheme(QStringLiteral("view-visible")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the secret"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_zone->setObjectName(QStringLiteral("accountZone"));
    m_zone->addItems(Endpoint::zones());
    m_useZone->setObjectName(QStringLiteral("accountUseZone"));
    m_useZone->setChecked(true);
    m_useEndpoint->setObjectName(QStringLiteral("accountUseEndpoint"));
    m_endpoint->setObjectName(QStringLiteral("accountEndpoint"));
    m_endpoint->setPlaceholderText(QStringLiteral("https://api-ch-gva-2.exoscale.com/v2"));
    m_hostWarning->setObjectName(QStringLiteral("accountHostWarning"));
    m_hostWarning->setWordWrap(true);
    m_hostWarning->setTextFormat(Qt::PlainText);
    m_hostWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hostWarning->hide();
    m_trustHost->setObjectName(QStringLiteral("accountTrustHost"));
    m_trustHost->hide();
    m_test->setObjectName(QStringLiteral("accountTest"));
    m_result->setObjectName(QStringLiteral("accountTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_add = m_buttons->addButton(tr("&Add Account"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(QStringLiteral("accountAdd"));
    m_add->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &key:"), m_key);
    form->addRow(tr("API &secret:"), m_secret);
    form->addRow(m_useZone, m_zone);
    form->addRow(m_useEndpoint, m_endpoint);
    form->addRow(m_hostWarning);
    form->addRow(m_trustHost);
    auto *note
        = new QLabel(tr("The secret is kept in the system keychain, never in a file."), this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_test, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_key, m_secret, m_endpoint})
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::updateState);
    connect(m_useZone, &QRadioButton::toggled, this, &AddAccountDialog::updateState);
    connect(m_trustHost, &QCheckBox::toggled, this, &AddAccountDialog::updateState);
    connect(m_test, &QPushButton::clicked, this, &AddAccountDialog::testRequested);
    // Add is a request: the window closes the dialog once the account is really stored.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!problem())
            Q_EMIT addRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

AddAccountDialog::~AddAccountDialog()
{
    // The secret was typed into a line edit: its text is overwritten where it is, and setText()
    // drops the undo history, which holds every character typed (clear() would add to it).
    QString typed = m_secret->text();
    SecretField::wipeString(typed);
    m_secret->setText(QString());
}

Account AddAccountDialog::account() const
{
    Account account;
    account.name = m_name->text().trimmed();
    account.apiKey = m_key->text().trimmed();
    if (m_useEndpoint->isChecked())
        account.customEndpoint = m_endpoint->text().trimmed();
    else
        account.zone = m_zone->currentText();
    return account;
}

Secret AddAccountDialog::secret() const
{
    return Secret::fromString(m_secret->text().trimmed());
}

void AddAccountDialog::setAccount(const Account &account)
{
    m_name->setText(account.name);
    m_key->setText(account.apiKey);
    m_useEndpoint->setChecked(!account.customEndpoint.isEmpty());
    m_useZone->setChecked(account.customEndpoint.isEmpty());
    m_endpoint->setText(account.customEndpoint);
    m_zone->setCurrentText(account.zone);
}

void AddAccountDialog::setSecret(const Secret &secret)
{
    m_secret->setText(secret.reveal());
}

Error AddAccountDialog::problem() const
{
    const Account candidate = account();
    if (const Error error = Account::validateName(candidate.name))
        return error;
    if (m_existingNames.contains(candidate.name))
        return Error::invalidInput(
            tr("There is already an account named \"%1\".").arg(candidate.name));
    if (const Error error = Account::validateApiKey(candidate.apiKey))
        return error;
    if (m_secret->text().trimmed().isEmpty())
        return Error::invalidInput(tr("Enter the API secret."));
    const auto endpoint = candidate.endpoint();
    if (!endpoint)
        return endpoint.error();
    if (!hostConfirmed(endpoint.value())) {
        return Error::invalidInput(
            tr("Confirm that you trust %1 before Keyport sends it a request.")
                .arg(endpoint.value().baseUrl().host()));
    }
    return {};
}

bool AddAccountDialog::hostConfirmed(const Endpoint &endpoint) const
{
    return !endpoint.needsHostConfirmation() || m_trustHost->isChecked();
}

void AddAccountDialog::updateState()
{
    m_zone->setEnabled(m_useZone->isChecked());
    m_endpoint->setEnabled(m_useEndpoint->isChecked());
    const auto endpoint = account().endpoint();
    // Before anything is sent: the signature does not cover the host (Endpoint::hostWarning).
    const bool askTrust = endpoint.isOk() && endpoint.value().needsHostConfirmation();
    const QString warning = askTrust ? endpoint.value().hostWarning() : QString();
    if (m_hostWarning->text() != warning) {
        // Trust is given to one host: another host asks again.
        m_hostWarning->setText(warning);
        m_trustHost->setChecked(false);
    }
    m_hostWarning->setVisible(askTrust);
    m_trustHost->setVisible(askTrust);
    const Error error = problem();
    m_add->setEnabled(!error && !m_busy);
    m_test->setEnabled(!m_busy && !Account::validateApiKey(account().apiKey)
        && !m_secret->text().isEmpty() && endpoint.isOk() && hostConfirmed(endpoint.value()));
    // Only complain about what has been typed, not about empty fields of a fresh dialog.
    const bool started = !m_name->text().isEmpty() || !m_key->text().isEmpty();
    if (!m_busy)
        m_result->setText(error && started ? error.message() : QString());
}

void AddAccountDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_result->setText(tr("Checking…"));
    updateState();
}

void AddAccountDialog::setTestResult(const QString &text, bool ok)
{
    m_busy = false;
    updateState();
    m_result->setText(ok ? text : tr("Test failed: %1").arg(text));
}

void AddAccountDialog::showError(const QString &text)
{
    m_busy = false;
    updateState();
    m_result->setText(text);
}

} // namespace Keyport
