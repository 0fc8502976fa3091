// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts with the real system keychain: the account's secret and its keys' secrets are in the
// Secret Service and nowhere in the settings file; removing the account deletes them.
#include "SandboxFixture.h"
#include "SecretTool.h"

#include "accounts/AccountStore.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

const QString service = u"KeyportAccountTest"_s;

} // namespace

class TestAccountKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto probe = finished(m_keychain.probe(), 15000);
        QVERIFY(probe);
        QVERIFY2(!probe->error(),
            qPrintable(
                u"No usable Secret Service (%1). Run the tests through "
                "packaging/dev.sh test, which provides one."_s.arg(probe->error().message())));
    }

    void secretsLiveOnlyInTheKeychain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keyport.conf"_s);
        QSettings settings(path, QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);

        Account account;
        account.name = u"prod"_s;
        account.apiKey = u"EXO0123456789abcdef01234567"_s;
        account.zone = u"de-fra-1"_s;
        const QByteArray accountSecret = "an-account-secret-of-the-test-0123456789abc";
        auto added
            = finished(store.addAccount(account, Secret::fromUtf8(QByteArray(accountSecret))));
        QVERIFY(added && !added->error());

        const QString keyId = u"EXOfedcba9876543210fedcba98"_s;
        const QByteArray keySecret = "a-key-secret-of-the-test-9876543210zyxwvuts";
        auto stored = finished(
            store.storeKeySecret(u"prod"_s, keyId, Secret::fromUtf8(QByteArray(keySecret))));
        QVERIFY(stored && !stored->error());

        // In the Secret Service, under keyport/<account>/<key id>…
        QCOMPARE(lookUpSecret(service, u"keyport/prod/"_s + account.apiKey), accountSecret);
        QCOMPARE(lookUpSecret(service, u"keyport/prod/"_s + keyId), keySecret);
        // …and not in the settings, which hold the ids only.
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains(account.apiKey.toLatin1()));
        QVERIFY(saved.contains(keyId.toLatin1()));
        QVERIFY(!saved.contains(accountSecret));
        QVERIFY(!saved.contains(keySecret));

        // A new store on the same settings and keychain finds the account and reads its secret.
        AccountStore reopened(&settings, &m_keychain, &session);
        QVERIFY(reopened.account(u"prod"_s));
        QCOMPARE(reopened.storedKeySecrets(u"prod"_s), (QSet<QString>{account.apiKey, keyId}));
        auto read = finished(reopened.readAccountSecret(u"prod"_s));
        QVERIFY(read && !read->error());
        QCOMPARE(read->takeSecret().utf8(), accountSecret);

        auto removed = finished(reopened.removeAccount(u"prod"_s));
        QVERIFY(removed && !removed->error());
        QVERIFY(lookUpSecret(service, u"keyport/prod/"_s + account.apiKey).isEmpty());
        QVERIFY(lookUpSecret(service, u"keyport/prod/"_s + keyId).isEmpty());
        QVERIFY(!reopened.account(u"prod"_s));
    }

private:
    KeychainSecretStore m_keychain{service};
};

QTEST_GUILESS_MAIN(TestAccountKeychain)
#include "tst_accountkeychain.moc"
