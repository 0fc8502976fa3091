// SPDX-License-Identifier: GPL-3.0-or-later
// A new key's secret leaves no copy in the process's memory once the wizard has closed (the
// keychain holding it): every writable mapping of this very process is read through
// /proc/self/mem and searched for the secret as UTF-8 and as UTF-16.
//
// The simulated API runs in a process of its own (keyport-sandbox), since it must know the secret
// to check the new key's signatures. The test learns the secret from the Secret Service through
// secret-tool, as hexadecimal text, and keeps it only masked (XOR), so that the search itself puts
// no copy of it in memory. Before the wizard closes the same search must find the secret: the
// search is shown to work in the same run.
#include "WindowHarness.h"
#include "WizardDriver.h"

#include "accounts/AccountStore.h"
#include "hygiene/ProcessHardening.h"
#include "mainwindow/MainWindow.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SessionSecretStore.h"
#include "services/AccountSession.h"
#include "widgets/SecretClipboard.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

extern "C" int keyport_wipes_freed_memory();

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;

namespace {

const QString service = u"KeyportMemoryTest"_s;
constexpr unsigned char mask = 0xA5;

/// A byte pattern kept XOR-masked: the plain bytes never sit in memory as a whole.
struct MaskedPattern
{
    QByteArray bytes;
};

/// What secret-tool's output turned into hexadecimal text by od gives, masked, as UTF-8 and as
/// UTF-16 (little endian).
std::pair<MaskedPattern, MaskedPattern> maskedSecret(const QString &entry)
{
    QProcess shell;
    shell.start(u"sh"_s,
        {u"-c"_s, u"secret-tool lookup user \"$1\" server \"$2\" | od -An -v -tx1"_s, u"sh"_s,
            entry, service});
    if (!shell.waitForFinished(15000))
        qFatal("secret-tool did not answer");
    MaskedPattern utf8;
    MaskedPattern utf16;
    for (const QByteArray &token : shell.readAllStandardOutput().simplified().split(' ')) {
        if (token.isEmpty())
            continue;
        bool ok = false;
        const unsigned value = token.toUInt(&ok, 16);
        if (!ok || value > 0xff)
            qFatal("unexpected od output");
        utf8.bytes.append(char(value ^ mask));
        utf16.bytes.append(char(value ^ mask));
        utf16.bytes.append(char(0 ^ mask));
    }
    return {utf8, utf16};
}

struct Region
{
    quintptr start = 0;
    quintptr end = 0;
    QByteArray name;
};

/// Every writable mapping of this process.
QList<Region> writableRegions()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/self/maps");
    QList<Region> regions;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 5 || fields.at(1).size() < 2 || fields.at(1).at(1) != 'w')
            continue;
        const QList<QByteArray> range = fields.at(0).split('-');
        Region region;
        region.start = range.value(0).toULongLong(nullptr, 16);
        region.end = range.value(1).toULongLong(nullptr, 16);
        region.name = fields.size() > 5 ? fields.at(5) : QByteArray();
        regions.append(region);
    }
    return regions;
}

/// Where the masked pattern occurs in writable memory, outside the scanner's own buffer.
QStringList occurrences(const MaskedPattern &pattern)
{
    constexpr size_t chunk = 1 << 20;
    const size_t length = size_t(pattern.bytes.size());
    // A mapping of its own, skipped by the search: it holds copies of what was read.
    void *mapped = mmap(nullptr, chunk, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        qFatal("mmap failed");
    auto *buffer = static_cast<unsigned char *>(mapped);
    const quintptr own = reinterpret_cast<quintptr>(mapped);
    const int memory = open("/proc/self/mem", O_RDONLY | O_CLOEXEC);
    if (memory < 0)
        qFatal("cannot open /proc/self/mem");
    const auto *wanted = reinterpret_cast<const unsigned char *>(pattern.bytes.constData());
    QStringList found;
    for (const Region &region : writableRegions()) {
        if (region.start == own || region.name == "[vvar]" || region.name == "[vsyscall]")
            continue;
        for (quintptr at = region.start; at < region.end;) {
            const size_t want = std::min<size_t>(chunk, region.end - at);
            const ssize_t got = pread(memory, buffer, want, off_t(at));
            if (got <= 0)
                break;
            for (size_t i = 0; i + length <= size_t(got); ++i) {
                if ((buffer[i] ^ mask) != wanted[0])
                    continue;
                size_t j = 1;
                while (j < length && (buffer[i + j] ^ mask) == wanted[j])
                    ++j;
                if (j == length) {
                    found.append(u"0x%1 in %2"_s.arg(at + i, 0, 16)
                                     .arg(QString::fromUtf8(
                                         region.name.isEmpty() ? "anonymous" : region.name)));
                }
            }
            // Overlap so that a copy across two reads is not missed.
            at += size_t(got) > length ? size_t(got) - length + 1 : size_t(got);
        }
    }
    close(memory);
    munmap(mapped, chunk);
    return found;
}

/// Every copy of the secret left in memory, as UTF-8 and as UTF-16.
QStringList clearCopies(const MaskedPattern &utf8, const MaskedPattern &utf16)
{
    QStringList copies;
    for (const QString &at : occurrences(utf8))
        copies.append(u"UTF-8 at "_s + at);
    for (const QString &at : occurrences(utf16))
        copies.append(u"UTF-16 at "_s + at);
    return copies;
}

/// Creates an unrestricted key named @p name through the window's wizard, as a person would;
/// the wizard on its secret page, or null.
KeyWizard *createUnrestrictedKey(MainWindow *window, const QString &name)
{
    auto *newKey = window->findChild<QAction *>(u"actionNewKey"_s);
    if (!newKey)
        return nullptr;
    if (!QTest::qWaitFor([newKey] { return newKey->isEnabled(); }, 15000))
        return nullptr;
    newKey->trigger();
    auto *wizard = window->findChild<KeyWizard *>();
    if (!wizard)
        return nullptr;
    WizardDriver driver(wizard);
    driver.type(u"keyName"_s, name);
    driver.click(u"kindUnrestricted"_s);
    if (!driver.next() || !driver.commit())
        return nullptr;
    const auto onSecretPage = [wizard] { return wizard->currentId() == KeyWizard::SecretPageId; };
    return QTest::qWaitFor(onSecretPage, 15000) ? wizard : nullptr;
}

} // namespace

class TestSecretMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keyport_wipes_freed_memory() == 1, "built without the freed-memory wiping");
        auto probe = m_keychain.probe();
        QSignalSpy done(probe, &Job::finished);
        QVERIFY(done.wait(15000));
    }

    void theProcessIsHardened()
    {
        QVERIFY(hardenProcess());
        QVERIFY(isProcessHardened());
    }

    void noCopyOfANewSecretOutlivesTheWizard()
    {
        // The simulated API, in a process of its own.
        QProcess sandbox;
        sandbox.setProgram(QStringLiteral(KEYPORT_SANDBOX_PATH));
        sandbox.setArguments({u"--port"_s, u"0"_s});
        sandbox.start();
        QVERIFY(sandbox.waitForStarted());
        QByteArray banner;
        QTRY_VERIFY_WITH_TIMEOUT(
            (banner += sandbox.readAllStandardOutput()).count('\n') >= 3, 10000);
        QString endpoint, rootKey;
        QByteArray rootSecret;
        for (const QByteArray &line : banner.split('\n')) {
            if (line.startsWith("endpoint: "))
                endpoint = QString::fromUtf8(line.mid(10));
            else if (line.startsWith("key: "))
                rootKey = QString::fromUtf8(line.mid(5));
            else if (line.startsWith("secret: "))
                rootSecret = line.mid(8);
        }
        QVERIFY(!endpoint.isEmpty() && !rootKey.isEmpty() && !rootSecret.isEmpty());

        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"k.conf"_s), QSettings::IniFormat);
        SessionSecretStore session;
        QNetworkAccessManager network;
        AccountStore accounts(&settings, &m_keychain, &session);
        Account account;
        account.name = u"memory"_s;
        account.apiKey = rootKey;
        account.customEndpoint = endpoint;
        {
            Job *add = accounts.addAccount(account, Secret::fromUtf8(rootSecret));
            QSignalSpy added(add, &Job::finished);
            QVERIFY(added.wait(15000));
        }
        ClientOptions options;
        options.timeout = std::chrono::seconds(10);
        auto window = std::make_unique<MainWindow>(
            AppContext{&network, &accounts, &m_keychain, &session, options});
        window->show();
        QVERIFY(window->selectAccount(u"memory"_s));
        KeyWizard *wizard = createUnrestrictedKey(window.get(), u"memory-test"_s);
        QVERIFY2(wizard, "the wizard did not reach the secret page");
        WizardDriver driver(wizard);
        const QString keyId = driver.text(u"createdKeyId"_s);
        QVERIFY(driver.text(u"secretStoreStatus"_s).startsWith(u"Saved in the system keychain"));
        // Shown, and copied both ways, as a person would.
        driver.click(u"revealSecret"_s);
        QTest::qWait(50);
        driver.click(u"copySecret"_s);
        driver.click(u"copyEnvironment"_s);
        window->clipboard()->clearIfUnchanged();

        const auto [utf8, utf16] = maskedSecret(u"keyport/memory/"_s + keyId);
        QCOMPARE(utf8.bytes.size(), 43);
        // The search works: while the page shows it, the secret is in memory.
        QVERIFY2(!occurrences(utf16).isEmpty(), "the secret field's text was not found");

        QTest::mouseClick(driver.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<KeyWizard *>());
        // Deferred deletions, the clipboard's and the network's late events.
        for (int i = 0; i < 5; ++i)
            QTest::qWait(100);

        const QStringList copies = clearCopies(utf8, utf16);
        QVERIFY2(copies.isEmpty(), qPrintable(copies.join(u", ")));

        // Nothing left in the test keyring.
        window.reset();
        Job *remove = accounts.removeAccount(u"memory"_s);
        QSignalSpy removed(remove, &Job::finished);
        QVERIFY(removed.wait(15000));
        sandbox.kill();
        sandbox.waitForFinished();
    }

    void noCopyInTheDemoEither()
    {
        // The demo: the simulated server runs in this process and the new key's secret is kept
        // for the session (both masked in memory); once the wizard closed, no clear copy is left.
        SessionSecretStore session;
        QNetworkAccessManager network;
        AccountStore accounts(nullptr, &session, &session);
        ClientOptions options;
        options.timeout = std::chrono::seconds(10);
        auto window = std::make_unique<MainWindow>(
            AppContext{&network, &accounts, nullptr, &session, options});
        window->show();
        window->startDemo();
        KeyWizard *wizard = createUnrestrictedKey(window.get(), u"demo-memory"_s);
        QVERIFY2(wizard, "the wizard did not reach the secret page");
        WizardDriver driver(wizard);
        const QString keyId = driver.text(u"createdKeyId"_s);

        // The pattern, from the session store; the clear copy is wiped at once.
        MaskedPattern utf8;
        MaskedPattern utf16;
        {
            SecretJob *read = accounts.readKeySecret(window->currentAccountName(), keyId);
            QVERIFY(read);
            QSignalSpy done(read, &Job::finished);
            QVERIFY(done.wait(5000));
            Secret secret = read->takeSecret();
            for (const char byte : secret.utf8()) {
                utf8.bytes.append(char(byte ^ mask));
                utf16.bytes.append(char(byte ^ mask));
                utf16.bytes.append(char(mask));
            }
            secret.wipe();
        }
        QCOMPARE(utf8.bytes.size(), 43);
        QVERIFY2(!occurrences(utf16).isEmpty(), "the secret field's text was not found");

        driver.click(u"secretAck"_s);
        QTest::mouseClick(driver.button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY(!window->findChild<KeyWizard *>());
        for (int i = 0; i < 5; ++i)
            QTest::qWait(100);
        const QStringList copies = clearCopies(utf8, utf16);
        QVERIFY2(copies.isEmpty(), qPrintable(copies.join(u", ")));
        // Still there for the session, through the store.
        SecretJob *again = accounts.readKeySecret(window->currentAccountName(), keyId);
        QVERIFY(again);
        QSignalSpy readAgain(again, &Job::finished);
        QVERIFY(readAgain.wait(5000));
        QVERIFY(!again->error());
    }

    void aTypedAccountSecretIsWipedOnCancel()
    {
        // A test value, typed as a person would; the literal itself is in read-only memory, which
        // the search does not read.
        static const QString typed = u"TypedAccountSecretProbe0123456789abcdefXYZ"_s;
        MaskedPattern utf16;
        for (const QChar c : typed) {
            utf16.bytes.append(char((c.unicode() & 0xff) ^ mask));
            utf16.bytes.append(char((c.unicode() >> 8) ^ mask));
        }
        // A keychain that keeps secrets in memory; no account, so no request is sent (and the
        // client options do not matter).
        SessionSecretStore keychain;
        WindowHarness::Options options;
        options.demoKeys = false;
        options.keychain = &keychain;
        WindowHarness harness(options);
        QVERIFY(harness.openWindow());
        MainWindow *window = harness.window();
        window->openAddAccountDialog();
        KEYPORT_FIND(dialog, QDialog, window, u"addAccountDialog"_s);
        KEYPORT_FIND(secret, QLineEdit, dialog, u"accountSecret"_s);
        QTest::keyClicks(secret, typed);
        // Corrected once, as people do: the undo history now holds characters too.
        QTest::keyClick(secret, Qt::Key_Backspace);
        QTest::keyClick(secret, 'Z');
        QCOMPARE(secret->text().size(), typed.size());
        QVERIFY2(!occurrences(utf16).isEmpty(), "the typed text was not found");
        dialog->reject();
        QTRY_VERIFY(!window->findChild<QDialog *>(u"addAccountDialog"_s));
        QTest::qWait(100);
        const QStringList left = occurrences(utf16);
        QVERIFY2(left.isEmpty(), qPrintable(u"copies: "_s + left.join(u", ")));
    }

private:
    KeychainSecretStore m_keychain{service};
};

QTEST_MAIN(TestSecretMemory)
#include "tst_secretmemory.moc"
