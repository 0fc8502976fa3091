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

    void unreachableKeychainKeepsPendingDeletions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keyport.conf"_s);
        QSettings settings(path, QSettings::IniFormat);
        SessionSecretStore session;
        Account account;
        account.name = u"stage"_s;
        account.apiKey = u"EXO00112233445566778899aabb"_s;
        const QString keyId = u"EXOaabbccddeeff001122334455"_s;
        const QString accountEntry = u"keyport/stage/"_s + account.apiKey;
        const QString keyEntry = u"keyport/stage/"_s + keyId;
        {
            AccountStore store(&settings, &m_keychain, &session);
            auto added
                = finished(store.addAccount(account, Secret::fromUtf8("stage-account-secret")));
            QVERIFY(added && !added->error());
            auto stored = finished(
                store.storeKeySecret(u"stage"_s, keyId, Secret::fromUtf8("stage-key-secret")));
            QVERIFY(stored && !stored->error());
            QCOMPARE(store.keySecretStore(u"stage"_s, keyId), &m_keychain);

            // The keychain cannot be used now (locked, gone): removing the account must not
            // pretend its secrets are gone.
            store.setSessionOnly(true);
            auto removed = finished(store.removeAccount(u"stage"_s));
            QVERIFY(removed);
            QCOMPARE(removed->error().code(), Error::Code::KeychainDeferred);
            QVERIFY2(removed->error().message().contains(u"2 secret"),
                qPrintable(removed->error().message()));
            QVERIFY(!store.account(u"stage"_s));
            QCOMPARE(lookUpSecret(service, accountEntry), QByteArray("stage-account-secret"));
            QCOMPARE(lookUpSecret(service, keyEntry), QByteArray("stage-key-secret"));
            QCOMPARE(
                QSet<QString>(store.pendingDeletions().cbegin(), store.pendingDeletions().cend()),
                (QSet<QString>{accountEntry, keyEntry}));
            // While it stays unusable, trying again deletes nothing and says so.
            auto again = finished(store.deletePending());
            QVERIFY(again);
            QCOMPARE(again->error().code(), Error::Code::KeychainDeferred);
            QCOMPARE(store.pendingDeletions().size(), 2);
        }
        // The names are saved (never the secrets) for the next start.
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("pendingDeletions"));
        QVERIFY(saved.contains(keyId.toLatin1()));
        QVERIFY(!saved.contains("stage-key-secret"));
        QVERIFY(!saved.contains("stage-account-secret"));

        // The next start, with a usable keychain, deletes them.
        AccountStore next(&settings, &m_keychain, &session);
        QCOMPARE(next.pendingDeletions().size(), 2);
        auto deleted = finished(next.deletePending());
        QVERIFY(deleted && !deleted->error());
        QVERIFY(next.pendingDeletions().isEmpty());
        QVERIFY(lookUpSecret(service, accountEntry).isEmpty());
        QVERIFY(lookUpSecret(service, keyEntry).isEmpty());
        settings.sync();
        QVERIFY(!settings.contains(u"pendingDeletions"_s));
    }

    void forgettingWhileUnreachableIsDeferredToo()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        Account account;
        account.name = u"ops"_s;
        account.apiKey = u"EXO0000000000000000000000aa"_s;
        QVERIFY(finished(store.addAccount(account, Secret::fromUtf8("ops-account-secret"))));
        const QString keyId = u"EXO0000000000000000000000bb"_s;
        QVERIFY(
            finished(store.storeKeySecret(u"ops"_s, keyId, Secret::fromUtf8("ops-key-secret"))));
        store.setSessionOnly(true);
        auto forgot = finished(store.forgetKeySecret(u"ops"_s, keyId));
        QVERIFY(forgot);
        QCOMPARE(forgot->error().code(), Error::Code::KeychainDeferred);
        QCOMPARE(lookUpSecret(service, u"keyport/ops/"_s + keyId), QByteArray("ops-key-secret"));
        QCOMPARE(store.pendingDeletions(), QStringList{u"keyport/ops/"_s + keyId});
        // Back to the keychain (Try Again): the entry goes.
        store.setSessionOnly(false, &m_keychain);
        auto deleted = finished(store.deletePending());
        QVERIFY(deleted && !deleted->error());
        QVERIFY(lookUpSecret(service, u"keyport/ops/"_s + keyId).isEmpty());
        QVERIFY(finished(store.removeAccount(u"ops"_s)));
        QVERIFY(lookUpSecret(service, u"keyport/ops/"_s + account.apiKey).isEmpty());
    }

private:
    KeychainSecretStore m_keychain{service};
};

QTEST_GUILESS_MAIN(TestAccountKeychain)
#include "tst_accountkeychain.moc"
