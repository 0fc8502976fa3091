// SPDX-License-Identifier: GPL-3.0-or-later
#include "Startup.h"

#include "accounts/AccountStore.h"
#include "accounts/EnvironmentAccount.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "widgets/SecretClipboard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>

#include <algorithm>

namespace Keyport {

namespace {

Q_LOGGING_CATEGORY(lcStartup, "keyport.startup")

/// Makes the settings file 0600 in a 0700 folder, creating both if needed, before anything is
/// written: it names the accounts, their key ids and endpoints. QSettings writes through
/// QSaveFile, which keeps the permissions of the file it replaces.
void makePrivate(const QString &fileName)
{
    if (fileName.isEmpty())
        return;
    const QString folder = QFileInfo(fileName).absolutePath();
    constexpr auto folderMode
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    constexpr auto fileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, folderMode)) {
        qCWarning(lcStartup) << "cannot make the settings folder private:" << folder;
        return;
    }
    QFile file(fileName);
    if (!file.exists() && !file.open(QIODevice::WriteOnly | QIODevice::NewOnly, fileMode)) {
        qCWarning(lcStartup) << "cannot create the settings file:" << fileName;
        return;
    }
    file.close();
    if (!QFile::setPermissions(fileName, fileMode))
        qCWarning(lcStartup) << "cannot make the settings file private:" << fileName;
}

} // namespace

Startup::Startup(StartupOptions options, std::unique_ptr<QSettings> settings,
    std::unique_ptr<SecretStore> keychain)
    : m_options(std::move(options))
    , m_network(std::make_unique<QNetworkAccessManager>())
    , m_sessionSecrets(std::make_unique<SessionSecretStore>())
{
    if (!m_options.demo) {
        m_keychain = keychain ? std::move(keychain) : std::make_unique<KeychainSecretStore>();
        m_settings = settings ? std::move(settings) : std::make_unique<QSettings>();
        makePrivate(m_settings->fileName());
    }
    m_accounts = std::make_unique<AccountStore>(m_settings.get(),
        m_keychain ? m_keychain.get() : m_sessionSecrets.get(), m_sessionSecrets.get());
    m_context.network = m_network.get();
    m_context.accounts = m_accounts.get();
    m_context.keychain = m_keychain.get();
    m_context.sessionSecrets = m_sessionSecrets.get();
    m_context.settings = m_settings.get();
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
