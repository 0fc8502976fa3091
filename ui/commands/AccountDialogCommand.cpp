// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDialogCommand.h"

#include "accounts/AccountStore.h"
#include "dialogs/AddAccountDialog.h"
#include "secrets/SecretJob.h"
#include "services/CheckCredentialsJob.h"

#include <QNetworkAccessManager>

namespace Keyport {

AccountDialogCommand::AccountDialogCommand(QNetworkAccessManager *network, AccountStore *accounts,
    std::optional<ClientOptions> options, QWidget *parentWidget)
    : Command(parentWidget)
    , m_network(network)
    , m_accounts(accounts)
    , m_options(std::move(options))
{ }

AddAccountDialog *AccountDialogCommand::dialog() const
{
    return qobject_cast<AddAccountDialog *>(m_dialog.data());
}

void AccountDialogCommand::openDialog(AddAccountDialog *dialog)
{
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddAccountDialog::testRequested, this, &AccountDialogCommand::test);
    connect(dialog, &AddAccountDialog::addRequested, this, &AccountDialogCommand::save);
    connect(dialog, &AddAccountDialog::saveRequested, this, &AccountDialogCommand::save);
    // Closed without saving: the person backed out.
    connect(dialog, &QObject::destroyed, this, &AccountDialogCommand::cancel);
    dialog->open();
}

void AccountDialogCommand::saved(const QString &name, const QString &message)
{
    Q_EMIT accountSaved(name);
    Q_EMIT info(message);
    done();
    if (AddAccountDialog *shown = dialog())
        shown->accept();
}

void AccountDialogCommand::test()
{
    AddAccountDialog *shown = dialog();
    if (!shown)
        return;
    if (!shown->keepsStoredSecret()) {
        testWith(shown->account(), shown->secret());
        return;
    }
    // Edit without a new secret: the test uses the one Keyport keeps.
    SecretJob *job = m_accounts ? m_accounts->readAccountSecret(shown->originalName()) : nullptr;
    if (!job)
        return;
    shown->setBusy(true);
    connect(job, &Job::finished, shown, [this, shown, job] {
        if (job->error()) {
            shown->setTestResult(job->error().message(), false);
            return;
        }
        testWith(shown->account(), job->takeSecret());
    });
}

void AccountDialogCommand::testWith(const Account &account, Secret secret)
{
    AddAccountDialog *shown = dialog();
    // Parented to the dialog: closing the dialog ends the test.
    auto *check = new CheckCredentialsJob(m_network, account, std::move(secret), m_options, shown);
    shown->setBusy(true);
    connect(check, &Job::finished, shown, [shown, check] {
        const CheckCredentialsJob::Outcome &outcome = check->outcome();
        shown->setTestResult(CheckCredentialsJob::summary(outcome), !outcome.error);
    });
}

} // namespace Keyport
