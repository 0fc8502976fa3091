// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Secret.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Keyport {

class SecretField;

/// Collects a new account (name, API key, secret, zone or custom endpoint), or the changes to an
/// existing one (forEdit()). Does no I/O: Test, Add Account and Save Changes are requests that
/// the caller carries out, and answers with setTestResult() / showError() or accept(). A custom
/// endpoint whose host is neither Exoscale's nor loopback (Endpoint::needsHostConfirmation)
/// shows a warning, and Test and the accepting button stay disabled until the person ticks "I
/// trust this host".
///
/// Edit mode: the name, the zone or endpoint can be changed; the secret field starts empty and
/// stays so to keep the stored secret (its placeholder says so); typing a secret replaces it,
/// and only then may the key id change too (a new key needs its secret). Test with an empty
/// secret field means "test the stored secret": the caller reads it.
///
/// The line edits are wide enough for a whole key id and an endpoint URL, and for their
/// placeholders in the current language.
class AddAccountDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    /// Add mode. @p existingNames: the names already taken.
    explicit AddAccountDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    /// Edit mode on @p account. @p existingNames: the names of the accounts (the account's own
    /// name among them or not).
    static AddAccountDialog *forEdit(
        const Account &account, const QStringList &existingNames, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    Mode mode() const { return m_mode; }
    /// Edit mode: the name of the account being edited (empty in Add mode).
    QString originalName() const { return m_original.name; }
    /// The account as filled in; in Edit mode, the edited account (its origin and other fields
    /// kept).
    Account account() const;
    /// The secret typed (empty in Edit mode when the stored one is kept).
    Secret secret() const;
    /// What AccountStore::updateAccount() takes: the secret typed, or nullopt to keep the
    /// stored one.
    std::optional<Secret> newSecret() const;
    /// Edit mode, nothing typed in the secret field: the stored secret stays.
    bool keepsStoredSecret() const;
    void setAccount(const Account &account);
    void setSecret(const Secret &secret);

    void setBusy(bool busy);
    void setTestResult(const QString &text, bool ok);
    void showError(const QString &text);

Q_SIGNALS:
    void testRequested();
    /// Add mode: "Add Account" was pressed on valid input.
    void addRequested();
    /// Edit mode: "Save Changes" was pressed on valid input.
    void saveRequested();

private:
    AddAccountDialog(
        Mode mode, const Account &original, const QStringList &existingNames, QWidget *parent);
    void updateState();
    void updateMinimumWidths();
    Error problem() const;
    bool hostConfirmed(const Endpoint &endpoint) const;

    Mode m_mode;
    Account m_original;
    QStringList m_existingNames;
    QLineEdit *m_name;
    QLineEdit *m_key;
    SecretField *m_secret;
    QCheckBox *m_reveal;
    QRadioButton *m_useZone;
    QComboBox *m_zone;
    QRadioButton *m_useEndpoint;
    QLineEdit *m_endpoint;
    QLabel *m_hostWarning;
    QCheckBox *m_trustHost;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_accept;
    bool m_busy = false;
};

} // namespace Keyport
