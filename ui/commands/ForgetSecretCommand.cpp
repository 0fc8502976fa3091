// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForgetSecretCommand.h"

#include "accounts/AccountStore.h"

#include <QMessageBox>
#include <QPushButton>

namespace Keyport {

ForgetSecretCommand::ForgetSecretCommand(AccountStore *accounts, const QString &accountName,
    const AccessKey &key, const QString &place, QWidget *parentWidget)
    : Command(parentWidget)
    , m_accounts(accounts)
    , m_accountName(accountName)
    , m_key(key)
    , m_place(place)
{ }

void ForgetSecretCommand::doStart()
{
    if (!m_accounts || m_key.key.isEmpty()) {
        cancel();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Forget Stored Secret"),
        tr("Delete the secret of %1 (%2) from %3?\n\nThe key stays valid at Exoscale; only the "
           "copy Keyport kept is deleted, and it cannot be recovered.")
            .arg(m_key.name, m_key.key, m_place),
        QMessageBox::Cancel, parentWidget());
    box->setObjectName(QStringLiteral("forgetSecretBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *forget = box->addButton(tr("Forget Secret"), QMessageBox::DestructiveRole);
    forget->setObjectName(QStringLiteral("forgetSecretConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this, [this, box, forget] {
        if (box->clickedButton() == forget)
            this->forget();
        else
            cancel();
    });
    box->open();
}

void ForgetSecretCommand::forget()
{
    Job *job = m_accounts ? m_accounts->forgetKeySecret(m_accountName, m_key.key) : nullptr;
    if (!job) {
        cancel();
        return;
    }
    connect(job, &Job::finished, this, [this, job] {
        if (job->error().code() == Error::Code::KeychainDeferred) {
            fail(tr("Keyport no longer offers the secret of %1, but it is still in the system "
                    "keychain: %2")
                     .arg(m_key.name, job->error().message()));
        } else if (job->error()) {
            fail(job->error().message());
        } else {
            Q_EMIT info(tr("Forgot the stored secret of %1.").arg(m_key.name));
            done();
        }
    });
}

} // namespace Keyport
