// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppContext.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>

#include <memory>

class QNetworkAccessManager;

namespace Keyport {

class AccountStore;
class MainWindow;
class SessionSecretStore;

/// What the command line and the environment ask for at start.
struct StartupOptions
{
    bool demo = false;
    QString account; ///< --account NAME (else EXOSCALE_ACCOUNT)
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

/// Builds the application's objects for one run and opens the main window: the demo (no keychain,
/// no settings), or the saved accounts plus the transient one of the EXOSCALE_* variables.
class Startup : public QObject
{
    Q_OBJECT

public:
    /// @p settings and @p keychain: used instead of the user's (tests); ignored in demo mode.
    explicit Startup(StartupOptions options, std::unique_ptr<QSettings> settings = {},
        std::unique_ptr<SecretStore> keychain = {});
    ~Startup() override;

    /// Shows the window at once; accounts open in the background.
    void start();

    MainWindow *window() const { return m_window.get(); }
    AccountStore *accounts() const { return m_accounts.get(); }
    /// Null in demo mode: the demo never touches the keychain.
    SecretStore *keychain() const { return m_keychain.get(); }
    /// Null in demo mode: the demo never touches the settings.
    QSettings *settings() const { return m_settings.get(); }
    void setClientOptions(const ClientOptions &options) { m_context.clientOptions = options; }

private:
    void selectWantedAccount();
    void warn(const QString &text);

    StartupOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SessionSecretStore> m_sessionSecrets;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AccountStore> m_accounts;
    AppContext m_context;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Keyport
