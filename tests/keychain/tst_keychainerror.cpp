// SPDX-License-Identifier: GPL-3.0-or-later
// How every QtKeychain error becomes an Error, without a keychain.
#include "secrets/KeychainError.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using QtKeychainCode = KeychainError::Code;

class TestKeychainError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void mapping_data();
    void mapping();
    void messagesArePlainAndDistinct();
    void notAnswering();
    void sessionBusMissing_data();
    void sessionBusMissing();

private:
    QTemporaryDir m_dir;
};

void TestKeychainError::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestKeychainError::cleanup()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("XDG_RUNTIME_DIR");
    qunsetenv("DISPLAY");
}

void TestKeychainError::mapping_data()
{
    QTest::addColumn<QtKeychainCode>("code");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<bool>("busMissing");
    QTest::addColumn<Error::Code>("expected");

    QTest::newRow("no error") << QtKeychainCode::NoError << QString() << false << Error::Code::None;
    QTest::newRow("entry not found")
        << QtKeychainCode::EntryNotFound << u"Entry not found"_s << false << Error::Code::NotFound;
    QTest::newRow("could not delete") << QtKeychainCode::CouldNotDeleteEntry
                                      << u"Could not delete"_s << false << Error::Code::Keychain;
    QTest::newRow("denied by user") << QtKeychainCode::AccessDeniedByUser << u"User declined"_s
                                    << false << Error::Code::KeychainDenied;
    QTest::newRow("locked collection")
        << QtKeychainCode::AccessDenied << u"Cannot create an item in a locked collection"_s
        << false << Error::Code::KeychainDenied;
    QTest::newRow("no backend") << QtKeychainCode::NoBackendAvailable
                                << u"No keychain service available"_s << false
                                << Error::Code::KeychainUnavailable;
    QTest::newRow("not implemented") << QtKeychainCode::NotImplemented << u"Not implemented"_s
                                     << false << Error::Code::KeychainUnavailable;
    QTest::newRow("secret service not provided")
        << QtKeychainCode::OtherError
        << u"The name org.freedesktop.secrets was not provided by any .service files"_s << false
        << Error::Code::KeychainUnavailable;
    QTest::newRow("no bus socket")
        << QtKeychainCode::OtherError << u"Could not connect: No such file or directory"_s << false
        << Error::Code::KeychainUnavailable;
    QTest::newRow("no bus, no display")
        << QtKeychainCode::OtherError << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s << false
        << Error::Code::KeychainUnavailable;
    QTest::newRow("KWallet path without bus")
        << QtKeychainCode::OtherError
        << u"Could not open wallet: org.freedesktop.DBus.Error.NoServer; D-Bus is not running"_s
        << false << Error::Code::KeychainUnavailable;
    QTest::newRow("translated, bus missing")
        << QtKeychainCode::OtherError
        << u"Verbindung konnte nicht hergestellt werden: Datei oder Verzeichnis nicht gefunden"_s
        << true << Error::Code::KeychainUnavailable;
    QTest::newRow("no login collection")
        << QtKeychainCode::OtherError
        << u"Object does not exist at path “/org/freedesktop/secrets/collection/login”"_s << false
        << Error::Code::Keychain;
    QTest::newRow("other error") << QtKeychainCode::OtherError << u"Unknown error"_s << false
                                 << Error::Code::Keychain;
}

void TestKeychainError::mapping()
{
    QFETCH(QtKeychainCode, code);
    QFETCH(QString, errorString);
    QFETCH(bool, busMissing);
    QFETCH(Error::Code, expected);

    const Error error = KeychainError::fromQtKeychain(code, errorString, busMissing);
    QCOMPARE(error.code(), expected);
    if (expected == Error::Code::None) {
        QVERIFY(!error);
        return;
    }
    QVERIFY(!error.message().isEmpty());
    // QtKeychain's words are for the log only.
    QVERIFY(!error.message().contains(errorString));
    QVERIFY2(error.detail().contains(errorString), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(u"QtKeychain error %1"_s.arg(static_cast<int>(code))),
        qPrintable(error.detail()));
    QCOMPARE(error.httpStatus(), 0);
}

void TestKeychainError::messagesArePlainAndDistinct()
{
    const Error unavailable
        = KeychainError::fromQtKeychain(QtKeychainCode::NoBackendAvailable, u"x"_s, false);
    const Error denied = KeychainError::fromQtKeychain(QtKeychainCode::AccessDenied, u"x"_s, false);
    const Error other = KeychainError::fromQtKeychain(QtKeychainCode::OtherError, u"x"_s, false);
    const Error notFound
        = KeychainError::fromQtKeychain(QtKeychainCode::EntryNotFound, u"x"_s, false);
    QVERIFY(
        unavailable.message().startsWith(u"No system keychain (Secret Service) is available"_s));
    QCOMPARE(denied.message(), u"The keychain is locked, or unlocking it was declined."_s);
    QVERIFY(other.message() != unavailable.message());
    QVERIFY(other.message() != denied.message());
    QVERIFY(notFound.message() != other.message());
    QCOMPARE(KeychainError::unavailable(u"why"_s).message(), unavailable.message());
    QCOMPARE(KeychainError::unavailable(u"why"_s).detail(), u"why"_s);
}

void TestKeychainError::notAnswering()
{
    const Error error = KeychainError::notAnswering(1500ms);
    QCOMPARE(error.code(), Error::Code::KeychainUnavailable);
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(error.detail().contains(u"1500 ms"_s), qPrintable(error.detail()));
}

void TestKeychainError::sessionBusMissing_data()
{
    QTest::addColumn<QString>("address"); // %1: an existing socket-like file
    QTest::addColumn<bool>("runtimeBus");
    QTest::addColumn<bool>("display");
    QTest::addColumn<bool>("missing");

    QTest::newRow("missing socket")
        << u"unix:path=/nonexistent/keyport-no-bus"_s << false << false << true;
    QTest::newRow("existing socket") << u"unix:path=%1"_s << false << false << false;
    QTest::newRow("existing socket, more keys")
        << u"unix:path=%1,guid=0123456789abcdef"_s << false << false << false;
    QTest::newRow("first missing, second exists")
        << u"unix:path=/nonexistent/a;unix:path=%1"_s << false << false << false;
    QTest::newRow("both missing") << u"unix:path=/nonexistent/a;unix:path=/nonexistent/b"_s << false
                                  << false << true;
    QTest::newRow("abstract socket: cannot tell")
        << u"unix:abstract=/tmp/dbus-XYZ,guid=0123"_s << false << false << false;
    QTest::newRow("tcp: cannot tell")
        << u"tcp:host=localhost,port=1234"_s << false << false << false;
    QTest::newRow("unset, runtime dir bus") << QString() << true << false << false;
    QTest::newRow("unset, display to autolaunch") << QString() << false << true << false;
    QTest::newRow("unset, nothing") << QString() << false << false << true;
}

void TestKeychainError::sessionBusMissing()
{
    QFETCH(QString, address);
    QFETCH(bool, runtimeBus);
    QFETCH(bool, display);
    QFETCH(bool, missing);

    const QString socket = m_dir.filePath(u"bus"_s);
    QFile file(socket);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    if (address.isEmpty())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.arg(socket).toLocal8Bit());
    qputenv("XDG_RUNTIME_DIR",
        (runtimeBus ? m_dir.path() : m_dir.filePath(u"no-such-dir"_s)).toLocal8Bit());
    if (display)
        qputenv("DISPLAY", ":99");
    else
        qunsetenv("DISPLAY");

    QCOMPARE(KeychainError::sessionBusMissing(), missing);
}

QTEST_GUILESS_MAIN(TestKeychainError)
#include "tst_keychainerror.moc"
