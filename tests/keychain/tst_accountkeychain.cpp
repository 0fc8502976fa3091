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
#include <QSignalSpy>
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

    void renameMovesEveryEntry()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        const Account account = savedAccount(u"prod"_s, u"EXO0123456789abcdef0123456a"_s);
        QVERIFY(addWithKeys(store, account, "prod-own-secret",
            {{u"EXO0000000000000000000000c1"_s, "prod-key-1"},
                {u"EXO0000000000000000000000c2"_s, "prod-key-2"}}));
        QCOMPARE(store.defaultAccountName(), u"prod"_s);
        QSignalSpy changed(&store, &AccountStore::accountsChanged);

        Account renamed = account;
        renamed.name = u"production"_s;
        auto job = finished(store.updateAccount(u"prod"_s, renamed, std::nullopt));
        QVERIFY(job);
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(changed.size(), 1);

        // Every secret is under the new name, and nothing is left under the old one.
        QCOMPARE(lookUpSecret(service, u"keyport/production/"_s + account.apiKey),
            QByteArray("prod-own-secret"));
        QCOMPARE(lookUpSecret(service, u"keyport/production/EXO0000000000000000000000c1"_s),
            QByteArray("prod-key-1"));
        QCOMPARE(lookUpSecret(service, u"keyport/production/EXO0000000000000000000000c2"_s),
            QByteArray("prod-key-2"));
        QVERIFY(lookUpSecret(service, u"keyport/prod/"_s + account.apiKey).isEmpty());
        QVERIFY(lookUpSecret(service, u"keyport/prod/EXO0000000000000000000000c1"_s).isEmpty());
        QVERIFY(lookUpSecret(service, u"keyport/prod/EXO0000000000000000000000c2"_s).isEmpty());
        QVERIFY(store.pendingDeletions().isEmpty());

        // The store's record follows: the account, the default, where each secret is.
        QVERIFY(!store.account(u"prod"_s));
        QCOMPARE(store.account(u"production"_s)->apiKey, account.apiKey);
        QCOMPARE(store.defaultAccountName(), u"production"_s);
        QVERIFY(store.storedKeySecrets(u"prod"_s).isEmpty());
        QCOMPARE(
            store.keySecretStore(u"production"_s, u"EXO0000000000000000000000c1"_s), &m_keychain);
        QCOMPARE(store.storedKeySecretPlaces(u"production"_s).size(), 3);

        // So does the next start, which reads the secrets from their new entries.
        AccountStore reopened(&settings, &m_keychain, &session);
        QVERIFY(!reopened.account(u"prod"_s));
        QVERIFY(reopened.account(u"production"_s));
        QCOMPARE(reopened.defaultAccountName(), u"production"_s);
        QCOMPARE(reopened.storedKeySecrets(u"production"_s),
            (QSet<QString>{account.apiKey, u"EXO0000000000000000000000c1"_s,
                u"EXO0000000000000000000000c2"_s}));
        auto read = finished(reopened.readAccountSecret(u"production"_s));
        QVERIFY(read && !read->error());
        QCOMPARE(read->takeSecret().utf8(), QByteArray("prod-own-secret"));
        auto key
            = finished(reopened.readKeySecret(u"production"_s, u"EXO0000000000000000000000c2"_s));
        QVERIFY(key && !key->error());
        QCOMPARE(key->takeSecret().utf8(), QByteArray("prod-key-2"));

        QVERIFY(removeAll(reopened, u"production"_s));
    }

    void renameKeepsEachSecretInItsStore()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        const Account account = savedAccount(u"mixed"_s, u"EXO0123456789abcdef01234562"_s);
        QVERIFY(addWithKeys(
            store, account, "mixed-own", {{u"EXO0000000000000000000000b1"_s, "mixed-kept"}}));
        // A key created while the keychain could not be used: its secret is in memory only.
        store.setSessionOnly(true);
        auto stored = finished(store.storeKeySecret(
            u"mixed"_s, u"EXO0000000000000000000000b2"_s, Secret::fromUtf8("mixed-memory")));
        QVERIFY(stored && !stored->error());
        store.setSessionOnly(false, &m_keychain);
        QCOMPARE(store.keySecretStore(u"mixed"_s, u"EXO0000000000000000000000b2"_s), &session);

        Account renamed = account;
        renamed.name = u"blended"_s;
        auto job = finished(store.updateAccount(u"mixed"_s, renamed, std::nullopt));
        QVERIFY(job);
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(store.keySecretStore(u"blended"_s, u"EXO0000000000000000000000b1"_s), &m_keychain);
        QCOMPARE(store.keySecretStore(u"blended"_s, u"EXO0000000000000000000000b2"_s), &session);
        QCOMPARE(store.storedKeySecretPlaces(u"blended"_s).value(u"EXO0000000000000000000000b2"_s),
            session.displayName());
        // The one in memory moved in memory, and never reached the keychain.
        auto read = finished(store.readKeySecret(u"blended"_s, u"EXO0000000000000000000000b2"_s));
        QVERIFY(read && !read->error());
        QCOMPARE(read->takeSecret().utf8(), QByteArray("mixed-memory"));
        QVERIFY(lookUpSecret(service, u"keyport/blended/EXO0000000000000000000000b2"_s).isEmpty());
        auto old = finished(session.read(u"keyport/mixed/EXO0000000000000000000000b2"_s));
        QVERIFY(old);
        QCOMPARE(old->error().code(), Error::Code::NotFound);
        QCOMPARE(lookUpSecret(service, u"keyport/blended/EXO0000000000000000000000b1"_s),
            QByteArray("mixed-kept"));
        QVERIFY(lookUpSecret(service, u"keyport/mixed/EXO0000000000000000000000b1"_s).isEmpty());
        QVERIFY(removeAll(store, u"blended"_s));
    }

    void changingTheZoneKeepsTheSecrets()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        const Account account = savedAccount(u"zoned"_s, u"EXO0123456789abcdef0123456b"_s);
        QVERIFY(addWithKeys(
            store, account, "zoned-own-secret", {{u"EXO0000000000000000000000d1"_s, "zoned-key"}}));

        Account moved = account;
        moved.zone = u"at-vie-1"_s;
        auto job = finished(store.updateAccount(u"zoned"_s, moved, Secret()));
        QVERIFY(job && !job->error());
        QCOMPARE(store.account(u"zoned"_s)->zone, u"at-vie-1"_s);
        QCOMPARE(lookUpSecret(service, u"keyport/zoned/"_s + account.apiKey),
            QByteArray("zoned-own-secret"));
        QCOMPARE(lookUpSecret(service, u"keyport/zoned/EXO0000000000000000000000d1"_s),
            QByteArray("zoned-key"));

        Account custom = moved;
        custom.customEndpoint = u"http://127.0.0.1:8080/v2"_s;
        job = finished(store.updateAccount(u"zoned"_s, custom, std::nullopt));
        QVERIFY(job && !job->error());
        AccountStore reopened(&settings, &m_keychain, &session);
        QCOMPARE(reopened.account(u"zoned"_s)->customEndpoint, u"http://127.0.0.1:8080/v2"_s);
        QCOMPARE(reopened.account(u"zoned"_s)->endpoint().value().baseUrl(),
            QUrl(u"http://127.0.0.1:8080/v2"_s));
        QCOMPARE(reopened.storedKeySecrets(u"zoned"_s).size(), 2);
        QCOMPARE(lookUpSecret(service, u"keyport/zoned/"_s + account.apiKey),
            QByteArray("zoned-own-secret"));
        QVERIFY(removeAll(reopened, u"zoned"_s));
    }

    void replacingTheSecret()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        const Account account = savedAccount(u"rotate"_s, u"EXO0123456789abcdef0123456c"_s);
        QVERIFY(addWithKeys(store, account, "rotate-old-secret",
            {{u"EXO0000000000000000000000e1"_s, "rotate-key"}}));

        // The same key, a new secret: written in place.
        auto job = finished(
            store.updateAccount(u"rotate"_s, account, Secret::fromUtf8("rotate-new-secret")));
        QVERIFY(job && !job->error());
        QCOMPARE(lookUpSecret(service, u"keyport/rotate/"_s + account.apiKey),
            QByteArray("rotate-new-secret"));
        QCOMPARE(lookUpSecret(service, u"keyport/rotate/EXO0000000000000000000000e1"_s),
            QByteArray("rotate-key"));

        // Another key without its secret is refused, and changes nothing.
        Account otherKey = account;
        otherKey.apiKey = u"EXO0000000000000000000000e2"_s;
        job = finished(store.updateAccount(u"rotate"_s, otherKey, std::nullopt));
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::InvalidInput);
        QCOMPARE(store.account(u"rotate"_s)->apiKey, account.apiKey);

        // With its secret, and a new name: the previous signing key's secret stays with the
        // account, as a key's.
        otherKey.name = u"rotated"_s;
        job = finished(store.updateAccount(
            u"rotate"_s, otherKey, Secret::fromUtf8("rotate-other-key-secret")));
        QVERIFY(job);
        QVERIFY2(!job->error(), qPrintable(job->error().message()));
        QCOMPARE(store.account(u"rotated"_s)->apiKey, otherKey.apiKey);
        QCOMPARE(lookUpSecret(service, u"keyport/rotated/"_s + otherKey.apiKey),
            QByteArray("rotate-other-key-secret"));
        QCOMPARE(lookUpSecret(service, u"keyport/rotated/"_s + account.apiKey),
            QByteArray("rotate-new-secret"));
        QCOMPARE(lookUpSecret(service, u"keyport/rotated/EXO0000000000000000000000e1"_s),
            QByteArray("rotate-key"));
        QCOMPARE(store.storedKeySecrets(u"rotated"_s),
            (QSet<QString>{otherKey.apiKey, account.apiKey, u"EXO0000000000000000000000e1"_s}));
        QVERIFY(lookUpSecret(service, u"keyport/rotate/"_s + account.apiKey).isEmpty());
        QVERIFY(removeAll(store, u"rotated"_s));
    }

    void aTakenNameIsRefused()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        const Account first = savedAccount(u"first"_s, u"EXO0123456789abcdef0123456d"_s);
        const Account second = savedAccount(u"second"_s, u"EXO0123456789abcdef0123456e"_s);
        QVERIFY(addWithKeys(store, first, "first-secret", {}));
        QVERIFY(addWithKeys(store, second, "second-secret", {}));

        Account clash = first;
        clash.name = u"second"_s;
        auto job = finished(store.updateAccount(u"first"_s, clash, std::nullopt));
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::InvalidInput);
        QVERIFY2(job->error().message().contains(u"second"), qPrintable(job->error().message()));
        QCOMPARE(store.account(u"first"_s), first);
        QCOMPARE(store.account(u"second"_s), second);
        QCOMPARE(
            lookUpSecret(service, u"keyport/first/"_s + first.apiKey), QByteArray("first-secret"));
        QCOMPARE(lookUpSecret(service, u"keyport/second/"_s + second.apiKey),
            QByteArray("second-secret"));
        QVERIFY(lookUpSecret(service, u"keyport/second/"_s + first.apiKey).isEmpty());

        // An invalid name is refused too.
        clash.name = u"a/b"_s;
        job = finished(store.updateAccount(u"first"_s, clash, std::nullopt));
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::InvalidInput);
        QVERIFY(store.account(u"first"_s));
        QVERIFY(removeAll(store, u"first"_s));
        QVERIFY(removeAll(store, u"second"_s));
    }

    void renameWhileTheKeychainIsUnreachableChangesNothing()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        const Account account = savedAccount(u"locked"_s, u"EXO0123456789abcdef0123456f"_s);
        QVERIFY(addWithKeys(store, account, "locked-own-secret",
            {{u"EXO0000000000000000000000f1"_s, "locked-key"}}));

        store.setSessionOnly(true);
        Account renamed = account;
        renamed.name = u"unlocked"_s;
        auto job = finished(store.updateAccount(u"locked"_s, renamed, std::nullopt));
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::KeychainUnavailable);
        QVERIFY2(
            job->error().message().contains(u"not changed"), qPrintable(job->error().message()));
        QCOMPARE(store.account(u"locked"_s), account);
        QVERIFY(!store.account(u"unlocked"_s));
        QCOMPARE(store.storedKeySecrets(u"locked"_s).size(), 2);
        QCOMPARE(lookUpSecret(service, u"keyport/locked/"_s + account.apiKey),
            QByteArray("locked-own-secret"));
        QCOMPARE(lookUpSecret(service, u"keyport/locked/EXO0000000000000000000000f1"_s),
            QByteArray("locked-key"));
        QVERIFY(lookUpSecret(service, u"keyport/unlocked/"_s + account.apiKey).isEmpty());
        QVERIFY(store.pendingDeletions().isEmpty());
        // A change that needs no secret moved still works.
        Account zoned = account;
        zoned.zone = u"de-muc-1"_s;
        job = finished(store.updateAccount(u"locked"_s, zoned, std::nullopt));
        QVERIFY(job && !job->error());
        QCOMPARE(store.account(u"locked"_s)->zone, u"de-muc-1"_s);

        store.setSessionOnly(false, &m_keychain);
        QVERIFY(removeAll(store, u"locked"_s));
    }

    void aCopyThatFailsIsUndone()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"keyport.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        AccountStore store(&settings, &m_keychain, &session);
        const Account account = savedAccount(u"partial"_s, u"EXO0123456789abcdef01234560"_s);
        QVERIFY(addWithKeys(store, account, "partial-own-secret",
            {{u"EXO0000000000000000000000a1"_s, "partial-key-1"},
                {u"EXO0000000000000000000000a2"_s, "partial-key-2"}}));
        // The account's own entry (copied last, after its keys') went missing from outside.
        auto removed = finished(m_keychain.remove(u"keyport/partial/"_s + account.apiKey));
        QVERIFY(removed && !removed->error());

        Account renamed = account;
        renamed.name = u"complete"_s;
        auto job = finished(store.updateAccount(u"partial"_s, renamed, std::nullopt));
        QVERIFY(job);
        QCOMPARE(job->error().code(), Error::Code::NotFound);
        QVERIFY2(job->error().message().contains(u"was not changed"),
            qPrintable(job->error().message()));
        // The keys' secrets were copied, then those copies deleted: the old entries remain.
        QVERIFY(lookUpSecret(service, u"keyport/complete/EXO0000000000000000000000a1"_s).isEmpty());
        QVERIFY(lookUpSecret(service, u"keyport/complete/EXO0000000000000000000000a2"_s).isEmpty());
        QCOMPARE(lookUpSecret(service, u"keyport/partial/EXO0000000000000000000000a1"_s),
            QByteArray("partial-key-1"));
        QCOMPARE(lookUpSecret(service, u"keyport/partial/EXO0000000000000000000000a2"_s),
            QByteArray("partial-key-2"));
        QCOMPARE(store.account(u"partial"_s), account);
        QVERIFY(!store.account(u"complete"_s));
        QCOMPARE(store.storedKeySecrets(u"partial"_s).size(), 3);
        QVERIFY(store.pendingDeletions().isEmpty());
        QVERIFY(removeAll(store, u"partial"_s));
    }

    void environmentAndDemoAccountsCannotBeEdited()
    {
        SessionSecretStore session;
        AccountStore store(nullptr, &m_keychain, &session);
        for (const Account::Origin origin : {Account::Origin::Environment, Account::Origin::Demo}) {
            Account account
                = savedAccount(origin == Account::Origin::Demo ? u"Demo"_s : u"Environment"_s,
                    u"EXO0123456789abcdef01234561"_s);
            account.origin = origin;
            auto added = finished(store.addAccount(account, Secret::fromUtf8("transient")));
            QVERIFY(added && !added->error());
            QVERIFY(!store.isEditable(account.name));
            Account renamed = account;
            renamed.name = u"renamed"_s;
            auto job = finished(store.updateAccount(account.name, renamed, std::nullopt));
            QVERIFY(job);
            QCOMPARE(job->error().code(), Error::Code::InvalidInput);
            QVERIFY(store.account(account.name));
            QVERIFY(!store.account(u"renamed"_s));
        }
    }

private:
    static Account savedAccount(const QString &name, const QString &apiKey)
    {
        Account account;
        account.name = name;
        account.apiKey = apiKey;
        account.zone = u"de-fra-1"_s;
        return account;
    }

    static bool addWithKeys(AccountStore &store, const Account &account, const QByteArray &secret,
        const QList<std::pair<QString, QByteArray>> &keys)
    {
        auto added = finished(store.addAccount(account, Secret::fromUtf8(QByteArray(secret))));
        if (!added || added->error())
            return false;
        for (const auto &[keyId, keySecret] : keys) {
            auto stored = finished(
                store.storeKeySecret(account.name, keyId, Secret::fromUtf8(QByteArray(keySecret))));
            if (!stored || stored->error())
                return false;
        }
        return true;
    }

    static bool removeAll(AccountStore &store, const QString &name)
    {
        auto removed = finished(store.removeAccount(name));
        return removed && !removed->error();
    }

    KeychainSecretStore m_keychain{service};
};

QTEST_GUILESS_MAIN(TestAccountKeychain)
#include "tst_accountkeychain.moc"
