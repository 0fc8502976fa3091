// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditAccountCommand.h"

#include "accounts/AccountStore.h"
#include "dialogs/AddAccountDialog.h"

namespace Keyport {

EditAccountCommand::EditAccountCommand(QNetworkAccessManager *network, AccountStore *accounts,
    std::optional<ClientOptions> options, const Account &account, QWidget *parentWidget)
    : AccountDialogCommand(network, accounts, std::move(options), parentWidget)
    , m_account(account)
{ }

void EditAccountCommand::doStart()
{
    if (!accounts() || !accounts()->isEditable(m_account.name)) {
        cancel();
        return;
    }
    QStringList names;
    for (const Account &account : accounts()->accounts())
        names.append(account.name);
    openDialog(AddAccountDialog::forEdit(m_account, names, parentWidget()));
}

void EditAccountCommand::save()
{
    AddAccountDialog *shown = dialog();
    shown->setBusy(true);
    const Account edited = shown->account();
    Job *job = accounts()->updateAccount(shown->originalName(), edited, shown->newSecret());
    connect(job, &Job::finished, shown, [this, shown, job, name = edited.name] {
        if (job->error().code() == Error::Code::KeychainDeferred) {
            // Changed, but an old entry waits to be deleted: the banner says so.
            Q_EMIT error(tr("The account %1 was changed, but not all of its old entries could "
                            "be deleted from the system keychain yet: %2")
                             .arg(name, job->error().message()));
        } else if (job->error()) {
            shown->showError(tr("The account was not changed: %1").arg(job->error().message()));
            return;
        }
        saved(name, tr("Saved the changes to the account %1.").arg(name));
    });
}

} // namespace Keyport
