// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ExoscaleClient.h"
#include "Command.h"
#include "domain/Account.h"

#include <optional>

class QNetworkAccessManager;

namespace Keyport {

class AccountStore;
class AddAccountDialog;

/// What Add Account and Edit Account share: the account dialog, whose Test checks the
/// credentials (typed, or the stored secret when Edit keeps it) without saving anything. Ends
/// when the dialog closes.
class AccountDialogCommand : public Command
{
    Q_OBJECT

public:
    AccountDialogCommand(QNetworkAccessManager *network, AccountStore *accounts,
        std::optional<ClientOptions> options, QWidget *parentWidget);

Q_SIGNALS:
    /// The account was saved under @p name: the window opens it.
    void accountSaved(const QString &name);

protected:
    AccountStore *accounts() const { return m_accounts; }
    AddAccountDialog *dialog() const;
    /// Opens @p dialog (the command owns it from now on).
    void openDialog(AddAccountDialog *dialog);
    /// The dialog asked to save (Add Account or Save Changes) on valid input.
    virtual void save() = 0;
    /// Reports a save that went well, closes the dialog and ends the command.
    void saved(const QString &name, const QString &message);

private:
    void test();
    void testWith(const Account &account, Secret secret);

    QPointer<QNetworkAccessManager> m_network;
    QPointer<AccountStore> m_accounts;
    std::optional<ClientOptions> m_options;
    QPointer<QObject> m_dialog;
};

} // namespace Keyport
