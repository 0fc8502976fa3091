// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewApiKeyCommand.h"

#include "DeleteApiKeysCommand.h"
#include "iam/ApiKeyWizard.h"
#include "services/AccountSession.h"
#include "services/IamSession.h"
#include "widgets/SecretClipboard.h"

namespace Keyport {

NewApiKeyCommand::NewApiKeyCommand(AccountSession *session, AccountStore *accounts,
    SecretClipboard *clipboard, QWidget *parentWidget)
    : Command(parentWidget)
    , m_session(session)
    , m_accounts(accounts)
    , m_clipboard(clipboard)
{ }

NewApiKeyCommand::~NewApiKeyCommand() = default;

ApiKeyWizard *NewApiKeyCommand::wizard() const
{
    return m_wizard;
}

void NewApiKeyCommand::doStart()
{
    if (!m_session || !m_session->iam() || !m_session->iam()->client() || !m_accounts) {
        cancel();
        return;
    }
    m_wizard = new ApiKeyWizard(m_session, m_accounts, m_clipboard, parentWidget());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &ApiKeyWizard::apiKeyCreated, this,
        [this](const ApiKey &key) { Q_EMIT apiKeyCreated(key.key); });
    connect(m_wizard, &ApiKeyWizard::newRoleRequested, this, [this] {
        if (m_newRoleHandler && m_wizard)
            m_newRoleHandler(m_wizard);
    });
    // "Delete This Key" (created, but its secret lost): the one delete path, over the wizard.
    connect(m_wizard, &ApiKeyWizard::deleteRequested, this, [this](const ApiKey &key) {
        auto *remove = new DeleteApiKeysCommand(m_session, m_accounts, {key}, m_wizard);
        connect(remove, &Command::error, this, &Command::error);
        remove->start();
    });
    // The command lives as long as its wizard: a key created meanwhile was announced already.
    connect(m_wizard, &QObject::destroyed, this, &NewApiKeyCommand::done);
    m_wizard->open();
}

} // namespace Keyport
