// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Secret.h"

#include <QDebug>
#include <QTest>

#include <type_traits>
#include <utility>

using namespace Keyport;
using namespace Qt::StringLiterals;

// The type itself is the first line of defence: no silent copies.
static_assert(!std::is_copy_constructible_v<Secret>);
static_assert(!std::is_copy_assignable_v<Secret>);
static_assert(std::is_nothrow_move_constructible_v<Secret>);
static_assert(std::is_nothrow_move_assignable_v<Secret>);
static_assert(!std::is_constructible_v<Secret, QByteArray>, "only through fromUtf8()");
static_assert(!std::is_convertible_v<Secret, QString>);
static_assert(!std::is_convertible_v<Secret, QByteArray>);

namespace {

const QByteArray sample = "fake-secret-for-tests-0123456789abcdefghijk";

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

class TestSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void construction_data();
    void construction();
    void defaultIsEmpty();
    void moveConstructionEmptiesTheSource();
    void moveAssignmentEmptiesTheSource();
    void cloneIsEqualAndIndependent();
    void wipeEmpties();
    void wipeLeavesSharedCopiesAlone();
    void equality();
    void debugIsRedacted();
    void debugThroughMessageHandler();
};

void TestSecret::construction_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("utf8");

    QTest::newRow("ASCII") << QString::fromLatin1(sample) << sample;
    QTest::newRow("non-ASCII") << u"clé"_s << QByteArray("cl\xc3\xa9");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestSecret::construction()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, utf8);

    const Secret fromText = Secret::fromString(text);
    const Secret fromBytes = Secret::fromUtf8(utf8);
    QCOMPARE(fromText.utf8(), utf8);
    QCOMPARE(fromBytes.utf8(), utf8);
    QCOMPARE(fromText.reveal(), text);
    QCOMPARE(fromBytes.reveal(), text);
    QCOMPARE(fromText.size(), utf8.size());
    QCOMPARE(fromText.isEmpty(), utf8.isEmpty());
    QVERIFY(fromText == fromBytes);
}

void TestSecret::defaultIsEmpty()
{
    const Secret secret;
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.size(), 0);
    QVERIFY(secret.utf8().isEmpty());
    QVERIFY(secret.reveal().isEmpty());
}

void TestSecret::moveConstructionEmptiesTheSource()
{
    Secret source = Secret::fromUtf8(sample);
    const char *buffer = source.utf8().constData();
    Secret target(std::move(source));
    QCOMPARE(target.utf8(), sample);
    // The buffer moved along: nothing was copied that would have to be wiped separately.
    QCOMPARE(target.utf8().constData(), buffer);
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QCOMPARE(source.size(), 0);
    QVERIFY(source.utf8().isEmpty());
}

void TestSecret::moveAssignmentEmptiesTheSource()
{
    Secret source = Secret::fromUtf8(sample);
    Secret target = Secret::fromUtf8("old value");
    target = std::move(source);
    QCOMPARE(target.utf8(), sample);
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move)
    QVERIFY(source.reveal().isEmpty());

    // Assigning into an empty secret works as well.
    Secret empty;
    empty = std::move(target);
    QCOMPARE(empty.utf8(), sample);
    QVERIFY(target.isEmpty()); // NOLINT(bugprone-use-after-move)
}

void TestSecret::cloneIsEqualAndIndependent()
{
    Secret original = Secret::fromUtf8(sample);
    Secret copy = original.clone();
    QVERIFY(copy == original);
    QCOMPARE(copy.utf8(), sample);
    // A deep copy: each secret owns (and wipes) its own buffer.
    QVERIFY(copy.utf8().constData() != original.utf8().constData());

    original.wipe();
    QVERIFY(original.isEmpty());
    QCOMPARE(copy.utf8(), sample);

    Secret second = copy.clone();
    copy.wipe();
    QCOMPARE(second.utf8(), sample);
    QVERIFY(!(second == copy));

    QVERIFY(Secret().clone().isEmpty());
}

void TestSecret::wipeEmpties()
{
    Secret secret = Secret::fromString(u"clé secrète"_s);
    QVERIFY(!secret.isEmpty());
    secret.wipe();
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.size(), 0);
    QVERIFY(secret.reveal().isEmpty());
    QVERIFY(secret == Secret());
    secret.wipe(); // twice is harmless
    QVERIFY(secret.isEmpty());
}

void TestSecret::wipeLeavesSharedCopiesAlone()
{
    // Whoever handed the bytes over keeps a valid copy of them; only the Secret's view is wiped.
    const QByteArray bytes = sample;
    Secret secret = Secret::fromUtf8(bytes);
    secret.wipe();
    QVERIFY(secret.isEmpty());
    QCOMPARE(bytes, sample);
}

void TestSecret::equality()
{
    QVERIFY(Secret::fromUtf8("a") == Secret::fromUtf8("a"));
    QVERIFY(!(Secret::fromUtf8("a") == Secret::fromUtf8("b")));
    QVERIFY(!(Secret::fromUtf8("a") == Secret::fromUtf8("ab")));
    QVERIFY(!(Secret::fromUtf8("a") == Secret()));
    QVERIFY(Secret() == Secret());
}

void TestSecret::debugIsRedacted()
{
    const Secret secret = Secret::fromUtf8(sample);

    QString alone;
    QDebug(&alone) << secret;
    QCOMPARE(alone.trimmed(), u"<redacted>"_s);
    QVERIFY(!alone.contains(QString::fromLatin1(sample)));

    // Among other output, with spacing and quoting left as they were.
    QString mixed;
    QDebug(&mixed) << "before" << secret << "after" << QStringLiteral("text");
    QCOMPARE(mixed.trimmed(), u"before <redacted> after \"text\""_s);
    QVERIFY(!mixed.contains(QString::fromLatin1(sample)));

    QString empty;
    QDebug(&empty) << Secret();
    QCOMPARE(empty.trimmed(), u"<redacted>"_s);
}

void TestSecret::debugThroughMessageHandler()
{
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    {
        const Secret secret = Secret::fromUtf8(sample);
        qDebug() << "secret:" << secret;
        qWarning() << secret;
    }
    qInstallMessageHandler(previous);

    QCOMPARE(capturedMessages.size(), 2);
    QCOMPARE(capturedMessages.at(0), u"secret: <redacted>"_s);
    QCOMPARE(capturedMessages.at(1), u"<redacted>"_s);
    for (const QString &message : std::as_const(capturedMessages))
        QVERIFY(!message.contains(QString::fromLatin1(sample)));
}

QTEST_GUILESS_MAIN(TestSecret)
#include "tst_secret.moc"
