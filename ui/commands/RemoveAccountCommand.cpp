// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemoveAccountCommand.h"

#include "accounts/AccountStore.h"

#include <QMessageBox>
#include <QPushButton>

namespace Keyport {

RemoveAccountCommand::RemoveAccountCommand(
    AccountStore *accounts, const Account &account, QWidget *parentWidget)
    : Command(parentWidget)
    , m_accounts(accounts)
    , m_account(account)
{ }

void RemoveAccountCommand::doStart()
{
    if (!m_accounts || m_account.name.isEmpty()) {
        cancel();
        return;
    }
    const int stored = int(m_accounts->storedKeySecrets(m_account.name).size());
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
        tr("Remove the account %1 from Keyport?\n\nKeyport deletes the %n secret(s) it keeps for "
           "this account. The keys themselves stay valid at Exoscale.",
            nullptr, stored)
            .arg(m_account.name),
        QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("removeAccountBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *remove = box->addButton(tr("Remove Account"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("removeAccountConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, remove] {
        if (box->clickedButton() == remove)
            this->remove();
        else
            cancel();
    });
    box->open();
}

void RemoveAccountCommand::remove()
{
    Job *job = m_accounts ? m_accounts->removeAccount(m_account.name) : nullptr;
    if (!job) {
        cancel();
        return;
    }
    connect(job, &Job::finished, this, [this, job] {
        const QString &name = m_account.name;
        if (job->error().code() == Error::Code::KeychainDeferred) {
            fail(tr("The account %1 was removed, but not all of its secrets: %2")
                     .arg(name, job->error().message()));
        } else if (job->error()) {
            fail(tr("The account %1 was not removed: %2").arg(name, job->error().message()));
        } else {
            Q_EMIT info(tr("Removed the account %1.").arg(name));
            done();
        }
    });
}

} // namespace Keyport
