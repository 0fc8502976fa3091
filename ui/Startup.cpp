// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "accounts/AccountStore.h"
#include "accounts/EnvironmentAccount.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "widgets/SecretClipboard.h"

#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <algorithm>

namespace Keyport {

Startup::Startup(StartupOptions options, std::unique_ptr<QSettings> settings,
    std::unique_ptr<SecretStore> keychain)
    : m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_sessionSecrets(std::make_unique<SessionSecretStore>())
{
    if (!m_options.demo) {
        m_keychain = keychain ? std::move(keychain) : std::make_unique<KeychainSecretStore>();
        m_settings = settings ? std::move(settings) : std::make_unique<QSettings>();
    }
    m_accounts = std::make_unique<AccountStore>(m_settings.get(),
        m_keychain ? m_keychain.get() : m_sessionSecrets.get(), m_sessionSecrets.get());
    m_context.network = m_network.get();
    m_context.accounts = m_accounts.get();
    m_context.keychain = m_keychain.get();
    m_context.sessionSecrets = m_sessionSecrets.get();
}

Startup::~Startup()
{
    m_window.reset(); // before the stores and the network it uses
}

void Startup::warn(const QString &text)
{
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Keyport"), text, QMessageBox::Ok, m_window.get());
    box->setObjectName(QStringLiteral("startupWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Startup::start()
{
    m_window = std::make_unique<MainWindow>(m_context);
    if (m_settings) {
        // Not a secret: how long a copied secret may stay on the clipboard (5 s to 10 min).
        const int seconds = m_settings
                                ->value(QStringLiteral("clipboard/clearAfterSeconds"),
                                    int(SecretClipboard::defaultTimeout.count()))
                                .toInt();
        m_window->clipboard()->setTimeout(std::chrono::seconds(std::clamp(seconds, 5, 600)));
    }
    m_window->show(); // before any answer
    if (m_options.demo) {
        m_window->startDemo();
        return;
    }
    m_window->checkKeychain();
    if (m_options.account.isEmpty())
        m_options.account = EnvironmentAccount::selectedAccountName(m_options.environment);

    auto fromEnvironment = EnvironmentAccount::fromEnvironment(m_options.environment);
    if (!fromEnvironment || !*fromEnvironment) {
        if (fromEnvironment) {
            warn(tr("The EXOSCALE_* environment variables cannot be used: %1")
                     .arg(fromEnvironment->error().message()));
        }
        selectWantedAccount();
        return;
    }
    // Transient: kept in memory for this run, never saved.
    const EnvironmentCredentials &credentials = fromEnvironment->value();
    Job *job = m_accounts->addAccount(credentials.account, credentials.secret);
    connect(job, &Job::finished, this, [this, job, name = credentials.account.name] {
        if (job->error()) {
            warn(tr("The account of the EXOSCALE_* environment variables cannot be opened: %1")
                     .arg(job->error().message()));
        } else if (m_options.account.isEmpty()) {
            m_options.account = name;
        }
        selectWantedAccount();
    });
}

void Startup::selectWantedAccount()
{
    if (!m_options.account.isEmpty() && !m_window->selectAccount(m_options.account))
        warn(tr("There is no account named \"%1\".").arg(m_options.account));
}

} // namespace Keyport
