// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopySecretCommand.h"

#include "accounts/AccountStore.h"
#include "secrets/SecretJob.h"
#include "widgets/SecretClipboard.h"

#include <chrono>

namespace Keyport {

CopySecretCommand::CopySecretCommand(AccountStore *accounts, const QString &accountName,
    const AccessKey &key, SecretClipboard *clipboard, QWidget *parentWidget)
    : Command(parentWidget)
    , m_accounts(accounts)
    , m_accountName(accountName)
    , m_key(key)
    , m_clipboard(clipboard)
{ }

void CopySecretCommand::doStart()
{
    SecretJob *job = m_accounts ? m_accounts->readKeySecret(m_accountName, m_key.key) : nullptr;
    if (!job || !m_clipboard) {
        cancel();
        return;
    }
    connect(job, &Job::finished, this, [this, job] {
        if (job->error()) {
            fail(tr("The secret of %1 cannot be read: %2").arg(m_key.name, job->error().message()));
            return;
        }
        if (!m_clipboard) {
            cancel();
            return;
        }
        m_clipboard->copy(job->takeSecret());
        const auto seconds
            = std::chrono::duration_cast<std::chrono::seconds>(m_clipboard->timeout()).count();
        Q_EMIT info(tr("Copied the secret of %1; the clipboard will be cleared in %n second(s).",
            nullptr, int(seconds))
                        .arg(m_key.name));
        done();
    });
}

} // namespace Keyport
