// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountDialog.h"

#include "domain/Endpoint.h"
#include "widgets/SecretField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyport {

namespace {

/// The longest zone endpoint URL: what the endpoint field must show whole.
QString longestEndpointUrl()
{
    QString longest = QStringLiteral("https://api-ch-gva-2.exoscale.com/v2");
    for (const QString &zone : Endpoint::zones()) {
        const auto endpoint = Endpoint::forZone(zone);
        if (endpoint && endpoint.value().baseUrl().toString().size() > longest.size())
            longest = endpoint.value().baseUrl().toString();
    }
    return longest;
}

/// A key id made of the widest hexadecimal digit of @p metrics' font.
QString widestKeyId(const QFontMetrics &metrics)
{
    const QString digits = QStringLiteral("0123456789abcdef");
    QChar widest = digits.front();
    for (const QChar digit : digits) {
        if (metrics.horizontalAdvance(digit) > metrics.horizontalAdvance(widest))
            widest = digit;
    }
    return QStringLiteral("EXO") + QString(24, widest);
}

/// The width @p edit needs to show each of @p texts whole: the text, the margins Qt keeps
/// inside a line edit, its frame, and room for the cursor.
int widthShowing(const QLineEdit *edit, const QStringList &texts)
{
    const QFontMetrics metrics = edit->fontMetrics();
    int text = 0;
    for (const QString &each : texts)
        text = std::max(text, metrics.horizontalAdvance(each));
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
    const QMargins margins = edit->textMargins();
    // QLineEdit keeps 2 px on each side of the text, and the cursor needs a character's room.
    return text + margins.left() + margins.right() + 2 * 2 + 2 * frame + metrics.averageCharWidth();
}

} // namespace

AddAccountDialog::AddAccountDialog(const QStringList &existingNames, QWidget *parent)
    : AddAccountDialog(Mode::Add, Account(), existingNames, parent)
{ }

AddAccountDialog *AddAccountDialog::forEdit(
    const Account &account, const QStringList &existingNames, QWidget *parent)
{
    return new AddAccountDialog(Mode::Edit, account, existingNames, parent);
}

AddAccountDialog::AddAccountDialog(
    Mode mode, const Account &original, const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_original(original)
    , m_existingNames(existingNames)
    , m_name(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_secret(new SecretField(this))
    , m_reveal(new QCheckBox(tr("Show the secret"), this))
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
    const bool editing = mode == Mode::Edit;
    // Its own name is not a clash.
    if (editing)
        m_existingNames.removeAll(original.name);
    setWindowTitle(editing ? tr("Edit Account") : tr("Add Account"));
    setObjectName(
        editing ? QStringLiteral("editAccountDialog") : QStringLiteral("addAccountDialog"));
    m_name->setObjectName(QStringLiteral("accountName"));
    m_key->setObjectName(QStringLiteral("accountKey"));
    m_key->setPlaceholderText(QStringLiteral("EXO…"));
    // A typed secret: SecretField keeps it off the PRIMARY selection and wipes it.
    m_secret->setReadOnly(false);
    m_secret->setObjectName(QStringLiteral("accountSecret"));
    m_secret->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    if (editing)
        m_secret->setPlaceholderText(tr("Leave empty to keep the stored secret"));
    m_reveal->setObjectName(QStringLiteral("accountShowSecret"));
    m_reveal->setAccessibleName(tr("Show the secret"));
    connect(m_reveal, &QCheckBox::toggled, m_secret, &SecretField::setRevealed);
    m_zone->setObjectName(QStringLiteral("accountZone"));
    m_zone->addItems(Endpoint::zones());
    m_useZone->setObjectName(QStringLiteral("accountUseZone"));
    m_useZone->setChecked(true);
    m_useEndpoint->setObjectName(QStringLiteral("accountUseEndpoint"));
    m_endpoint->setObjectName(QStringLiteral("accountEndpoint"));
    // Their row labels are radio buttons, which name nothing for assistive technology.
    m_zone->setAccessibleName(tr("Zone"));
    m_endpoint->setAccessibleName(tr("Custom endpoint URL"));
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
    if (editing) {
        m_accept = m_buttons->addButton(tr("Sa&ve Changes"), QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("accountSave"));
    } else {
        m_accept = m_buttons->addButton(tr("&Add Account"), QDialogButtonBox::AcceptRole);
        m_accept->setObjectName(QStringLiteral("accountAdd"));
    }
    m_accept->setDefault(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("API &key:"), m_key);
    auto *secretLabel = new QLabel(tr("API &secret:"), this);
    secretLabel->setBuddy(m_secret);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_reveal);
    form->addRow(secretLabel, secretRow);
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

    if (editing) {
        setAccount(original);
        m_key->setReadOnly(true);
    }
    updateMinimumWidths();

    for (QLineEdit *edit : {m_name, m_key, static_cast<QLineEdit *>(m_secret), m_endpoint})
        connect(edit, &QLineEdit::textChanged, this, &AddAccountDialog::updateState);
    connect(m_useZone, &QRadioButton::toggled, this, &AddAccountDialog::updateState);
    connect(m_zone, &QComboBox::currentIndexChanged, this, &AddAccountDialog::updateState);
    connect(m_trustHost, &QCheckBox::toggled, this, &AddAccountDialog::updateState);
    connect(m_test, &QPushButton::clicked, this, &AddAccountDialog::testRequested);
    // Accepting is a request: the caller closes the dialog once the account is really stored.
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem())
            return;
        if (m_mode == Mode::Edit)
            Q_EMIT saveRequested();
        else
            Q_EMIT addRequested();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

AddAccountDialog::~AddAccountDialog()
{
    // Wiped now, while the fields updateState() reads still exist (the field would wipe itself
    // later, among the children being deleted).
    disconnect(m_secret, nullptr, this, nullptr);
    m_secret->wipe();
}

void AddAccountDialog::updateMinimumWidths()
{
    // Whole key ids and URLs, in every language: QLineEdit's own size hint is 17 characters.
    m_key->setMinimumWidth(
        widthShowing(m_key, {widestKeyId(m_key->fontMetrics()), m_key->placeholderText()}));
    m_endpoint->setMinimumWidth(
        widthShowing(m_endpoint, {longestEndpointUrl(), m_endpoint->placeholderText()}));
    m_secret->setMinimumWidth(widthShowing(m_secret, {m_secret->placeholderText()}));
    m_name->setMinimumWidth(m_key->minimumWidth());
}

Account AddAccountDialog::account() const
{
    Account account = m_original;
    account.name = m_name->text().trimmed();
    account.apiKey = m_key->text().trimmed();
    if (m_useEndpoint->isChecked()) {
        account.customEndpoint = m_endpoint->text().trimmed();
    } else {
        account.customEndpoint.clear();
        account.zone = m_zone->currentText();
    }
    return account;
}

Secret AddAccountDialog::secret() const
{
    return Secret::fromString(m_secret->text().trimmed());
}

std::optional<Secret> AddAccountDialog::newSecret() const
{
    if (keepsStoredSecret())
        return std::nullopt;
    return secret();
}

bool AddAccountDialog::keepsStoredSecret() const
{
    return m_mode == Mode::Edit && m_secret->text().trimmed().isEmpty();
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
    m_secret->setSecret(secret);
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
    if (m_mode == Mode::Add && m_secret->text().trimmed().isEmpty())
        return Error::invalidInput(tr("Enter the API secret."));
    if (keepsStoredSecret() && candidate.apiKey != m_original.apiKey)
        return Error::invalidInput(tr("Enter the secret of the new API key."));
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
    if (m_mode == Mode::Edit) {
        // Another key needs its secret: the key id opens once a secret is typed, and stays
        // open while it differs from the stored one, so that the problem can be shown.
        const bool keyChanged = m_key->text().trimmed() != m_original.apiKey;
        m_key->setReadOnly(keepsStoredSecret() && !keyChanged);
        m_key->setToolTip(m_key->isReadOnly()
                ? tr("To sign with another key, first enter that key's secret.")
                : QString());
    }
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
    m_accept->setEnabled(!error && !m_busy);
    // Edit mode without a new secret tests the stored one, which belongs to the stored key.
    const bool haveSecret = !m_secret->text().isEmpty()
        || (keepsStoredSecret() && account().apiKey == m_original.apiKey);
    m_test->setEnabled(!m_busy && !Account::validateApiKey(account().apiKey) && haveSecret
        && endpoint.isOk() && hostConfirmed(endpoint.value()));
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
