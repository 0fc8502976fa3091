// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Account.h"
#include "domain/Secret.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Keyport {

/// Collects a new account: name, API key, secret, zone or custom endpoint. Does no I/O: Test
/// and Add are requests that the window carries out, and answers with setTestResult() /
/// showError() or accept(). A custom endpoint whose host is neither Exoscale's nor loopback
/// (Endpoint::needsHostConfirmation) shows a warning, and Test and Add stay disabled until the
/// person ticks "I trust this host".
class AddAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(const QStringList &existingNames, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

    Account account() const;
    Secret secret() const;
    void setAccount(const Account &account);
    void setSecret(const Secret &secret);

    void setBusy(bool busy);
    void setTestResult(const QString &text, bool ok);
    void showError(const QString &text);

Q_SIGNALS:
    void testRequested();
    void addRequested();

private:
    void updateState();
    Error problem() const;
    bool hostConfirmed(const Endpoint &endpoint) const;

    QStringList m_existingNames;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QLineEdit *m_secret;
    QRadioButton *m_useZone;
    QComboBox *m_zone;
    QRadioButton *m_useEndpoint;
    QLineEdit *m_endpoint;
    QLabel *m_hostWarning;
    QCheckBox *m_trustHost;
    QPushButton *m_test;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QPushButton *m_add;
    bool m_busy = false;
};

} // namespace Keyport
