// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckKeychainCommand.h"

#include "accounts/AccountStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QMessageBox>
#include <QPushButton>

namespace Keyport {

CheckKeychainCommand::CheckKeychainCommand(const AppContext &context, QWidget *parentWidget)
    : Command(parentWidget)
    , m_context(context)
{ }

void CheckKeychainCommand::doStart()
{
    if (!m_context.keychain || !m_context.accounts) {
        cancel();
        return;
    }
    if (!m_knownProblem.isEmpty())
        offerSessionOnly(m_knownProblem);
    else
        probe();
}

void CheckKeychainCommand::probe()
{
    SecretJob *job = m_context.keychain->probe();
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            offerSessionOnly(job->error().message());
            return;
        }
        if (m_context.accounts->isSessionOnly()) {
            // Tried again, and now it works: secrets go to the keychain from here on.
            m_context.accounts->setSessionOnly(false, m_context.keychain);
            Q_EMIT info(tr("The system keychain can be used again."));
        }
        deletePending();
    });
}

void CheckKeychainCommand::offerSessionOnly(const QString &reason)
{
    m_context.accounts->setSessionOnly(true);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("System Keychain Unavailable"),
        tr("Keyport cannot use the system keychain: %1\n\nUntil it can, Keyport keeps secrets in "
           "memory only: they are forgotten when Keyport quits, and accounts added now are kept "
           "for this session only. If you can unlock the keychain, do so and try again.")
            .arg(reason),
        QMessageBox::NoButton, parentWidget());
    box->setObjectName(QStringLiteral("keychainUnavailableBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep
        = box->addButton(tr("Keep Secrets for This Session"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keychainSessionOnly"));
    QPushButton *retry = box->addButton(tr("Try Again"), QMessageBox::ActionRole);
    retry->setObjectName(QStringLiteral("keychainTryAgain"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    connect(box, &QMessageBox::finished, this, [this, box, retry] {
        if (box->clickedButton() == retry)
            probe();
        else
            done();
    });
    box->open();
}

void CheckKeychainCommand::deletePending()
{
    const int count = int(m_context.accounts->pendingDeletions().size());
    if (count == 0) {
        done();
        return;
    }
    Job *job = m_context.accounts->deletePending();
    connect(job, &Job::finished, this, [this, job, count] {
        if (job->error()) {
            fail(job->error().message());
            return;
        }
        Q_EMIT info(
            tr("Deleted %n secret(s) that were left in the system keychain.", nullptr, count));
        done();
    });
}

} // namespace Keyport
