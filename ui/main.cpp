// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/AccountStore.h"
#include "accounts/EnvironmentAccount.h"
#include "AppContext.h"
#include "mainwindow/MainWindow.h"
#include "sandbox/DemoAccount.h"
#include "sandbox/Sandbox.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QSettings>

#include <memory>

using namespace Keyport;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyport"));
    QApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("keyport"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage Exoscale IAM access keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main",
            "Open a demo account served by a simulated Exoscale API "
            "on this computer; nothing is saved."));
    const QCommandLineOption accountOption(QStringLiteral("account"),
        QApplication::translate("main", "Open the account NAME."), QStringLiteral("NAME"));
    parser.addOptions({demoOption, accountOption});
    parser.process(app);
    const bool demoMode = parser.isSet(demoOption);

    QNetworkAccessManager network;
    SessionSecretStore sessionSecrets;
    // Demo mode touches neither the keychain nor the settings.
    std::unique_ptr<KeychainSecretStore> keychain;
    std::unique_ptr<QSettings> settings;
    if (!demoMode) {
        keychain = std::make_unique<KeychainSecretStore>();
        settings = std::make_unique<QSettings>();
    }
    AccountStore accounts(settings.get(),
        keychain ? static_cast<SecretStore *>(keychain.get()) : &sessionSecrets, &sessionSecrets);

    AppContext context;
    context.network = &network;
    context.accounts = &accounts;
    context.keychain = keychain.get();
    context.sessionSecrets = &sessionSecrets;
    MainWindow window(context);
    window.show(); // before any answer: accounts open in the background

    QString wanted = parser.value(accountOption);
    if (demoMode) {
        window.startDemo();
    } else {
        window.checkKeychain();
        const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (wanted.isEmpty())
            wanted = EnvironmentAccount::selectedAccountName(environment);
        if (auto fromEnvironment = EnvironmentAccount::fromEnvironment(environment)) {
            if (!*fromEnvironment) {
                auto *box = new QMessageBox(QMessageBox::Warning,
                    QApplication::translate("main", "Keyport"),
                    QApplication::translate("main",
                        "The EXOSCALE_* environment variables "
                        "cannot be used: %1")
                        .arg(fromEnvironment->error().message()),
                    QMessageBox::Ok, &window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            } else {
                const EnvironmentCredentials &credentials = fromEnvironment->value();
                // Transient: kept in memory for this run, never saved.
                Job *job = accounts.addAccount(credentials.account, credentials.secret);
                QObject::connect(job, &Job::finished, &window,
                    [&window, name = credentials.account.name, wanted] {
                        if (wanted.isEmpty())
                            window.selectAccount(name);
                    });
            }
        }
        if (!wanted.isEmpty() && !window.selectAccount(wanted)) {
            // The environment account is added asynchronously; give it its chance first.
            QMetaObject::invokeMethod(
                &window,
                [&window, wanted] {
                    if (!window.selectAccount(wanted)) {
                        auto *box = new QMessageBox(QMessageBox::Warning,
                            QApplication::translate("main", "Keyport"),
                            QApplication::translate("main", "There is no account named \"%1\".")
                                .arg(wanted),
                            QMessageBox::Ok, &window);
                        box->setAttribute(Qt::WA_DeleteOnClose);
                        box->open();
                    }
                },
                Qt::QueuedConnection);
        }
    }
    return app.exec();
}
