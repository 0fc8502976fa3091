// SPDX-License-Identifier: GPL-3.0-or-later
// What `keyport` does at start: demo mode, the EXOSCALE_* account, --account and EXOSCALE_ACCOUNT.
#include "SandboxFixture.h"

#include "accounts/AccountStore.h"
#include "mainwindow/MainWindow.h"
#include "models/AccessKeyModel.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "Startup.h"

#include <QDir>
#include <QDirIterator>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

class TestStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Everything the application could write goes below this folder.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u"config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u"data"_s)));
    }

    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void demoTouchesNeitherKeychainNorSettings()
    {
        StartupOptions options;
        options.demo = true;
        options.environment = QProcessEnvironment();
        Startup startup(options);
        startup.start();
        QVERIFY(startup.window()->isVisible());
        QCOMPARE(startup.keychain(), nullptr);
        QCOMPARE(startup.settings(), nullptr);
        QTRY_COMPARE(startup.window()->currentAccountName(), u"Demo"_s);
        QTRY_COMPARE_WITH_TIMEOUT(startup.window()->keyModel()->rowCount(), 13, 10000);
        QVERIFY(!startup.accounts()->account(u"Demo"_s)->isSaved());
        // Nothing was written anywhere.
        QDirIterator files(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
    }

    void environmentGivesATransientAccount()
    {
        QTemporaryDir dir;
        const QString settingsPath = dir.filePath(u"keyport.conf"_s);
        StartupOptions options;
        options.environment = sandboxEnvironment();
        Startup startup(options, std::make_unique<QSettings>(settingsPath, QSettings::IniFormat),
            std::make_unique<SessionSecretStore>());
        startup.setClientOptions(SandboxFixture::fastOptions());
        startup.start();
        QTRY_COMPARE(startup.window()->currentAccountName(), u"Environment"_s);
        QTRY_COMPARE(startup.window()->keyModel()->rowCount(), 1); // the sandbox's root key
        startup.settings()->sync();
        QFile saved(settingsPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QByteArray text = saved.readAll();
        QVERIFY(!text.contains("Environment"));
        QVERIFY(!text.contains(m_fixture->sandbox().rootSecret().utf8()));
    }

    void accountOptionAndVariableSelect_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default account") << QString() << QString() << u"first"_s;
        QTest::newRow("--account") << u"second"_s << QString() << u"second"_s;
        QTest::newRow("EXOSCALE_ACCOUNT") << QString() << u"second"_s << u"second"_s;
        QTest::newRow("--account wins") << u"first"_s << u"second"_s << u"first"_s;
    }

    void accountOptionAndVariableSelect()
    {
        QFETCH(QString, option);
        QFETCH(QString, variable);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto [settings, secrets] = savedAccounts(dir, {u"first"_s, u"second"_s});
        StartupOptions options;
        options.account = option;
        options.environment = QProcessEnvironment();
        if (!variable.isEmpty())
            options.environment.insert(u"EXOSCALE_ACCOUNT"_s, variable);
        Startup startup(options, std::move(settings), std::move(secrets));
        startup.setClientOptions(SandboxFixture::fastOptions());
        startup.start();
        QTRY_COMPARE(startup.window()->currentAccountName(), expected);
        QTRY_COMPARE(startup.window()->keyModel()->rowCount(), 1);
    }

    void unknownAccountIsSaidPlainly()
    {
        QTemporaryDir dir;
        auto [settings, secrets] = savedAccounts(dir, {u"first"_s});
        StartupOptions options;
        options.account = u"nosuch"_s;
        options.environment = QProcessEnvironment();
        Startup startup(options, std::move(settings), std::move(secrets));
        startup.start();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = startup.window()->findChild<QMessageBox *>(u"startupWarning"_s)));
        QCOMPARE(box->text(), u"There is no account named \"nosuch\"."_s);
        QCOMPARE(startup.window()->currentAccountName(), u"first"_s); // still usable
    }

    void incompleteEnvironmentIsSaidPlainly()
    {
        QTemporaryDir dir;
        StartupOptions options;
        options.environment = QProcessEnvironment();
        options.environment.insert(u"EXOSCALE_API_KEY"_s, m_fixture->sandbox().rootKeyId());
        Startup startup(options,
            std::make_unique<QSettings>(dir.filePath(u"k.conf"_s), QSettings::IniFormat),
            std::make_unique<SessionSecretStore>());
        startup.start();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = startup.window()->findChild<QMessageBox *>(u"startupWarning"_s)));
        QVERIFY2(box->text().contains(u"EXOSCALE_API_SECRET"), qPrintable(box->text()));
        QVERIFY(startup.accounts()->accounts().isEmpty());
    }

    void settingsArePrivate_data()
    {
        QTest::addColumn<bool>("existing"); // left readable by all by an older Keyport
        QTest::newRow("new") << false;
        QTest::newRow("existing 0644 in 0755") << true;
    }

    void settingsArePrivate()
    {
        QFETCH(bool, existing);
        // The default settings, below a fresh XDG_CONFIG_HOME: QSettings reads it once per
        // process, so each row removes what the last one left instead.
        const QString path = QSettings().fileName();
        QVERIFY2(path.startsWith(m_home.path()), qPrintable(path));
        const QString folder = QFileInfo(path).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        if (existing) {
            QVERIFY(QDir().mkpath(folder));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[General]\nkept=1\n");
            file.close();
            QVERIFY(QFile::setPermissions(folder,
                QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
            QVERIFY(QFile::setPermissions(
                path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
        }

        StartupOptions options;
        options.environment = QProcessEnvironment();
        Startup startup(options, {}, std::make_unique<SessionSecretStore>());
        QCOMPARE(startup.settings()->fileName(), path);
        // Private before anything is written.
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(path), 0600);

        startup.start();
        QVERIFY(m_fixture->addAccountTo(*startup.accounts(), u"private"_s));
        // (status() is no help: a default QSettings reports the fallback files it cannot read.)
        startup.settings()->sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains(m_fixture->sandbox().rootKeyId().toLatin1()), text.constData());
        if (existing)
            QVERIFY2(text.contains("kept=1"), text.constData());
        QCOMPARE(mode(folder), 0700);
        QCOMPARE(mode(path), 0600);
    }

private:
    /// The permission bits, from stat(2).
    static int mode(const QString &path)
    {
        struct stat info;
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 07777);
    }

    QProcessEnvironment sandboxEnvironment() const
    {
        QProcessEnvironment environment;
        environment.insert(u"EXOSCALE_API_KEY"_s, m_fixture->sandbox().rootKeyId());
        environment.insert(u"EXOSCALE_API_SECRET"_s, m_fixture->sandbox().rootSecret().reveal());
        environment.insert(u"EXOSCALE_API_ENDPOINT"_s, m_fixture->sandbox().endpointUrl());
        return environment;
    }

    std::pair<std::unique_ptr<QSettings>, std::unique_ptr<SecretStore>> savedAccounts(
        const QTemporaryDir &dir, const QStringList &names)
    {
        auto settings
            = std::make_unique<QSettings>(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        std::unique_ptr<SecretStore> secrets = std::make_unique<SessionSecretStore>();
        AccountStore store(settings.get(), secrets.get(), secrets.get());
        for (const QString &name : names) {
            if (!m_fixture->addAccountTo(store, name))
                qFatal("cannot add the account %s", qPrintable(name));
        }
        return {std::move(settings), std::move(secrets)};
    }

    QTemporaryDir m_home;
    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
