// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowHarness.h"

#include "mainwindow/MainWindow.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"

#include <QTest>

namespace Keyport::Test {

WindowHarness::WindowHarness()
    : WindowHarness(Options())
{ }

WindowHarness::WindowHarness(Options options)
    : m_fixture(std::make_unique<SandboxFixture>())
    , m_dir(std::make_unique<QTemporaryDir>())
    , m_secrets(std::make_unique<SessionSecretStore>())
{
    if (options.demoKeys)
        m_fixture->sandbox().addDemoKeys();
    m_settings = std::make_unique<QSettings>(
        m_dir->filePath(QStringLiteral("keyport.conf")), QSettings::IniFormat);
    SecretStore *store = options.keychain ? options.keychain : m_secrets.get();
    m_accounts = std::make_unique<AccountStore>(m_settings.get(), store, m_secrets.get());
    m_context.network = &m_fixture->network();
    m_context.accounts = m_accounts.get();
    m_context.keychain = options.keychain;
    m_context.sessionSecrets = m_secrets.get();
    m_context.clientOptions = options.clientOptions;
    m_context.settings = m_settings.get();
}

WindowHarness::~WindowHarness()
{
    closeWindow();
}

bool WindowHarness::addAccount(const QString &name, const QString &keyId, Secret secret)
{
    return m_fixture->addAccountTo(*m_accounts, name, keyId, std::move(secret));
}

bool WindowHarness::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_context);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

bool WindowHarness::openWindowOnAccount(const QString &name)
{
    if (!addAccount(name) || !openWindow() || !m_window->selectAccount(name))
        return false;
    return QTest::qWaitFor(
        [this] {
            const AccountSession *session = m_window->session();
            return session && session->hasKeys() && !session->catalog().isEmpty()
                && !session->isLoading();
        },
        10000);
}

void WindowHarness::closeWindow()
{
    m_window.reset();
}

} // namespace Keyport::Test
