// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "SandboxFixture.h"

#include <QObject>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace Keyport {

class MainWindow;
class SecretStore;
class SessionSecretStore;

namespace Test {

/// The one set-up of the UI tests: a sandbox on loopback (with the demo keys unless asked
/// otherwise), private settings in a temporary folder, an account store whose secrets live in
/// memory (or in a keychain the test passes), and the real main window on top.
///
/// Finding widgets: use KEYPORT_FIND, which fails the test (instead of crashing the run) when a
/// widget is missing.
class WindowHarness
{
public:
    struct Options
    {
        bool demoKeys = true;
        /// The system keychain for the context (not owned); null: memory only.
        SecretStore *keychain = nullptr;
        std::optional<ClientOptions> clientOptions = SandboxFixture::fastOptions();
    };

    WindowHarness();
    explicit WindowHarness(Options options);
    ~WindowHarness();

    SandboxFixture &fixture() { return *m_fixture; }
    Sandbox &sandbox() { return m_fixture->sandbox(); }
    AccountStore *accounts() const { return m_accounts.get(); }
    QSettings *settings() const { return m_settings.get(); }
    /// The store of the secrets kept for this session only (always memory, even with a keychain).
    SessionSecretStore *sessionSecrets() const { return m_secrets.get(); }
    /// A path in the test's private temporary folder (the one that holds the settings).
    QString filePath(const QString &name) const { return m_dir->filePath(name); }
    AppContext &context() { return m_context; }
    MainWindow *window() const { return m_window.get(); }

    /// Adds an account of the sandbox (its root key unless @p keyId); false if that failed.
    bool addAccount(const QString &name = QStringLiteral("sandbox"), const QString &keyId = {},
        Secret secret = {});
    /// Builds and shows the window on the current context; false if it was not exposed.
    bool openWindow();
    /// openWindow() on a fresh sandbox account, waiting until its keys and catalog are listed.
    bool openWindowOnAccount(const QString &name = QStringLiteral("sandbox"));
    void closeWindow();

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionSecretStore> m_secrets;
    std::unique_ptr<AccountStore> m_accounts;
    AppContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Test
} // namespace Keyport

/// Declares @p var as the child of @p parent of type @p Type named @p name, and fails the test
/// at once (with the name) when there is none.
#define KEYPORT_FIND(var, Type, parent, name)                                                      \
    auto *var = (parent)->findChild<Type *>(name);                                                 \
    QVERIFY2(var != nullptr,                                                                       \
        qPrintable(QStringLiteral("no %1 named %2").arg(QLatin1String(#Type), QString(name))))
