// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/MainWindow.h"
#include "sandbox/DemoAccount.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QNetworkAccessManager>

#include <memory>

using namespace Keyport;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyport"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyport"));
    QApplication::setApplicationVersion(QStringLiteral(KEYPORT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Keyport"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Manage Exoscale IAM access keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main",
            "Open a demo account served by a simulated Exoscale API "
            "on this computer; nothing is saved."));
    parser.addOption(demoOption);
    parser.process(app);

    QNetworkAccessManager network;
    std::unique_ptr<DemoAccount> demo;
    MainWindow window;

    if (parser.isSet(demoOption)) {
        auto started = DemoAccount::start(&network);
        if (!started) {
            QMessageBox::critical(
                nullptr, QApplication::translate("main", "Keyport"), started.error().message());
            return 1;
        }
        demo = std::move(started).value();
        window.setAccount(QApplication::translate("main", "Demo"), demo->client());
    }
    window.show();
    return app.exec();
}
