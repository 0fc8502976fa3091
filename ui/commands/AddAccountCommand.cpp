// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddAccountCommand.h"

#include "accounts/AccountStore.h"
#include "dialogs/AddAccountDialog.h"

namespace Keyport {

void AddAccountCommand::doStart()
{
    if (!accounts()) {
        cancel();
        return;
    }
    QStringList names;
    for (const Account &account : accounts()->accounts())
        names.append(account.name);
    openDialog(new AddAccountDialog(names, parentWidget()));
}

void AddAccountCommand::save()
{
    AddAccountDialog *shown = dialog();
    shown->setBusy(true);
    Job *job = accounts()->addAccount(shown->account(), shown->secret());
    connect(job, &Job::finished, shown, [this, shown, job, name = shown->account().name] {
        if (job->error()) {
            shown->showError(tr("The account was not added: %1").arg(job->error().message()));
            return;
        }
        saved(name, tr("Added the account %1.").arg(name));
    });
}

} // namespace Keyport
