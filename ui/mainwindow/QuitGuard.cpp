// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuitGuard.h"

#include "secrets/SecretStore.h"
#include "wizard/KeyWizard.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace Keyport {

QuitGuard::QuitGuard(const AppContext &context, QWidget *window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
{ }

int QuitGuard::pendingWrites() const
{
    int count = 0;
    for (SecretStore *store : {m_context.keychain, m_context.sessionSecrets}) {
        if (store)
            count += store->pendingJobs();
    }
    return count;
}

bool QuitGuard::mayClose()
{
    // A secret on screen that nothing persistent holds: quitting would lose it for good.
    if (!m_confirmed) {
        for (KeyWizard *wizard : m_window->findChildren<KeyWizard *>()) {
            if (wizard->isSecretAtRisk()) {
                confirmSecretAtRisk(wizard);
                return false;
            }
        }
    }
    // A secret being written must not be lost by quitting: wait for the stores to finish.
    if (pendingWrites() == 0)
        return true;
    if (m_waiting)
        return false;
    m_waiting = true;
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(tr("Saving secrets before quitting…"));
    for (SecretStore *store : {m_context.keychain, m_context.sessionSecrets}) {
        if (store)
            connect(store, &SecretStore::idle, this, [this] {
                if (pendingWrites() == 0)
                    m_window->close();
            });
    }
    return false;
}

void QuitGuard::confirmSecretAtRisk(KeyWizard *wizard)
{
    if (m_window->findChild<QMessageBox *>(QStringLiteral("quitGuard")))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Quit Without Storing the Secret?"),
        tr("The secret of the new key %1 is not saved anywhere that outlives Keyport. Once "
           "Keyport has quit, nobody can see it again, and the key will need to be revoked and "
           "created anew.")
            .arg(wizard->createdKey().name),
        QMessageBox::Cancel, wizard);
    box->setObjectName(QStringLiteral("quitGuard"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *quit
        = box->addButton(tr("Quit and Lose the Secret"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitGuardConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    connect(quit, &QPushButton::clicked, this, [this] {
        m_confirmed = true;
        m_window->close();
    });
    box->open();
}

} // namespace Keyport
