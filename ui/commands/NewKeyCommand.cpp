// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewKeyCommand.h"

#include "RevokeKeysCommand.h"

#include "services/AccountSession.h"
#include "wizard/KeyWizard.h"

namespace Keyport {

NewKeyCommand::NewKeyCommand(AccountSession *session, AccountStore *accounts,
    SecretClipboard *clipboard, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
    , m_accounts(accounts)
    , m_clipboard(clipboard)
{ }

void NewKeyCommand::doStart()
{
    if (!m_session || !m_session->client()) {
        cancel();
        return;
    }
    m_wizard = new KeyWizard(m_session, m_accounts, m_clipboard, parentWidget());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (m_template)
        m_wizard->useTemplate(*m_template);
    connect(m_wizard, &KeyWizard::keyCreated, this,
        [this](const AccessKey &key) { Q_EMIT keyCreated(key.key); });
    // "Revoke This Key" (a key created but not usable): the one revoke path, over the wizard.
    connect(m_wizard, &KeyWizard::revokeRequested, this, [this](const AccessKey &key) {
        auto *revoke = new RevokeKeysCommand(m_session, m_accounts, {key}, m_wizard);
        connect(revoke, &Command::error, this, &Command::error);
        revoke->start();
    });
    // The command lives as long as its wizard: a key created meanwhile was announced already.
    connect(m_wizard, &QObject::destroyed, this, &NewKeyCommand::done);
    m_wizard->open();
}

} // namespace Keyport
