// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountStatusBar.h"

#include "accounts/AccountStore.h"
#include "models/AccountTreeModel.h"
#include "secrets/SecretStore.h"
#include "services/AccountSession.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStatusBar>

namespace Keyport {

AccountStatusBar::AccountStatusBar(const AppContext &context, QStatusBar *statusBar)
    : QObject(statusBar)
    , m_context(context)
    , m_statusBar(statusBar)
    , m_account(new QLabel(statusBar))
    , m_signer(new QLabel(statusBar))
    , m_secrets(new QLabel(statusBar))
    , m_refresh(new QLabel(statusBar))
    , m_busy(new QProgressBar(statusBar))
{
    m_account->setObjectName(QStringLiteral("accountStatus"));
    m_signer->setObjectName(QStringLiteral("signerStatus"));
    m_secrets->setObjectName(QStringLiteral("secretsStatus"));
    m_refresh->setObjectName(QStringLiteral("refreshStatus"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(100);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();
    statusBar->addWidget(m_account);
    statusBar->addWidget(m_signer, 1);
    statusBar->addPermanentWidget(m_secrets);
    statusBar->addPermanentWidget(m_refresh);
    statusBar->addPermanentWidget(m_busy);
    if (m_context.accounts) {
        connect(m_context.accounts, &AccountStore::pendingDeletionsChanged, this,
            &AccountStatusBar::update);
        connect(
            m_context.accounts, &AccountStore::sessionOnlyChanged, this, &AccountStatusBar::update);
    }
}

void AccountStatusBar::setSession(AccountSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_busy->setVisible(session && session->isLoading());
    if (session) {
        connect(session, &AccountSession::loadingChanged, m_busy, &QWidget::setVisible);
        for (const auto signal : {&AccountSession::catalogChanged, &AccountSession::keysChanged,
                 &AccountSession::refreshed})
            connect(session, signal, this, &AccountStatusBar::update);
        connect(session, &AccountSession::signerGenerationKnown, this, &AccountStatusBar::update);
    }
    update();
}

void AccountStatusBar::showMessage(const QString &text)
{
    m_statusBar->showMessage(text, 8000);
}

void AccountStatusBar::update()
{
    if (!m_session) {
        m_account->setText(tr("No account"));
        m_signer->clear();
        m_refresh->clear();
    } else {
        const Account &account = m_session->account();
        m_account->setText(
            tr("%1 · %2").arg(account.name, AccountTreeModel::endpointText(account)));
        updateSigner();
        m_refresh->setText(m_session->lastRefresh().isValid()
                ? tr("Refreshed at %1")
                      .arg(
                          QLocale().toString(m_session->lastRefresh().time(), QLocale::ShortFormat))
                : QString());
    }
    updateSecrets();
}

void AccountStatusBar::updateSigner()
{
    const qsizetype known = m_session->catalog().operationCount();
    const Error catalogError = m_session->error(AccountSession::List::KnownOperations);
    const Error ownError = m_session->ownOperationsError();
    QString text;
    QString tip;
    if (m_session->signerGeneration() == KeyGeneration::IamApiKey) {
        text = tr("Signing key: an IAM API key (it cannot manage legacy access keys)");
    } else if (m_session->catalog().isEmpty()) {
        // Without the catalog, "restricted" or a count would be a guess.
        if (catalogError) {
            text = tr("Signing key: rights unknown (the list of operations could not be loaded)");
            tip = catalogError.message();
        }
    } else if (m_session->signsUnrestricted()) {
        text = tr("Signing key: unrestricted, may grant all %n operation(s)", nullptr, int(known));
    } else if (m_session->ownOperationsKnown()) {
        text = tr("Signing key: restricted, may grant %n operation(s)", nullptr,
            int(m_session->ownOperations().operationCount()));
    } else if (ownError.code() == Error::Code::AccessDenied) {
        text = tr("Signing key: cannot list its own rights; every operation is offered");
        tip = ownError.message();
    } else if (ownError) {
        text = tr("Signing key: unknown (the list could not be loaded); every operation is "
                  "offered");
        tip = ownError.message();
    }
    m_signer->setText(text);
    m_signer->setToolTip(tip);
}

void AccountStatusBar::updateSecrets()
{
    if (!m_context.accounts)
        return;
    // Where a secret created now would go: the demo's keys and every secret in session-only
    // mode stay in memory.
    const SecretStore *newSecrets = m_session
        ? m_context.accounts->newKeySecretStore(m_session->account().name)
        : m_context.accounts->secretStore();
    const bool persistent = newSecrets && newSecrets->isPersistent();
    m_secrets->setText(
        persistent ? tr("Secrets: system keychain") : tr("Secrets: this session only"));
    QString tip;
    if (!m_context.keychain) {
        tip = tr("Demo mode: Keyport touches neither the system keychain nor its settings; "
                 "secrets are kept in memory.");
    } else if (m_session && m_session->account().origin == Account::Origin::Demo) {
        tip = tr("The demo's keys exist only in its simulated server: their secrets are kept in "
                 "memory and forgotten when Keyport quits.");
    } else if (!persistent) {
        tip = tr("The system keychain cannot be used: secrets are kept in memory and forgotten "
                 "when Keyport quits.");
    } else {
        tip = tr("Secrets are kept in the system keychain.");
    }
    const int pending = int(m_context.accounts->pendingDeletions().size());
    if (pending > 0) {
        tip += u'\n'
            + tr("%n secret(s) wait to be deleted from the system keychain once it can be used.",
                nullptr, pending);
    }
    m_secrets->setToolTip(tip);
}

} // namespace Keyport
