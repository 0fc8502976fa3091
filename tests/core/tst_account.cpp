// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Account.h"

#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateName_data();
    void validateName();
    void validateApiKey_data();
    void validateApiKey();
};

void TestAccount::validateName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("problem"); // empty: valid; else text in the message

    QTest::newRow("plain") << u"prod"_s << QString();
    QTest::newRow("spaces inside") << u"my prod account"_s << QString();
    QTest::newRow("accented") << u"Z\u00FCrich"_s << QString();
    QTest::newRow("Cyrillic") << u"\u041F\u0440\u043E\u0434"_s << QString();
    QTest::newRow("Arabic letters") << u"\u0625\u0646\u062A\u0627\u062C"_s << QString();
    QTest::newRow("Hebrew letters") << u"\u05D9\u05D9\u05E6\u05D5\u05E8"_s << QString();
    QTest::newRow("emoji with a joiner") << u"ops \U0001F469\u200D\U0001F4BB"_s << QString();
    QTest::newRow("64 characters") << QString(64, u'a') << QString();

    QTest::newRow("empty") << QString() << u"needs a name"_s;
    QTest::newRow("65 characters") << QString(65, u'a') << u"64"_s;
    QTest::newRow("leading space") << u" prod"_s << u"space"_s;
    QTest::newRow("slash") << u"a/b"_s << u"slash"_s;

    const QString control = u"control characters"_s;
    QTest::newRow("tab") << u"a\tb"_s << control;
    QTest::newRow("line feed") << u"a\nb"_s << control;
    QTest::newRow("carriage return") << u"a\rb"_s << control;
    QTest::newRow("escape") << u"a\x1B[31mb"_s << control;
    QTest::newRow("DEL") << u"a\x7F"_s << control;
    QTest::newRow("C1 NEL") << u"a\u0085b"_s << control;
    QTest::newRow("line separator") << u"a\u2028b"_s << control;
    QTest::newRow("paragraph separator") << u"a\u2029b"_s << control;

    // Invisible, and able to show "prod" for a name that is something else.
    const QString bidi = u"direction"_s;
    QTest::newRow("U+202A LRE") << u"a\u202Ab"_s << bidi;
    QTest::newRow("U+202B RLE") << u"a\u202Bb"_s << bidi;
    QTest::newRow("U+202C PDF") << u"a\u202Cb"_s << bidi;
    QTest::newRow("U+202D LRO") << u"a\u202Db"_s << bidi;
    QTest::newRow("U+202E RLO") << u"dorp\u202Etest"_s << bidi;
    QTest::newRow("U+2066 LRI") << u"a\u2066b"_s << bidi;
    QTest::newRow("U+2067 RLI") << u"a\u2067b"_s << bidi;
    QTest::newRow("U+2068 FSI") << u"a\u2068b"_s << bidi;
    QTest::newRow("U+2069 PDI") << u"a\u2069b"_s << bidi;
    QTest::newRow("U+200E LRM") << u"a\u200Eb"_s << bidi;
    QTest::newRow("U+200F RLM") << u"a\u200Fb"_s << bidi;
    QTest::newRow("U+061C ALM") << u"a\u061Cb"_s << bidi;
    QTest::newRow("at the start") << u"\u202Eprod"_s << bidi;
    QTest::newRow("at the end") << u"prod\u2069"_s << bidi;
}

void TestAccount::validateName()
{
    QFETCH(QString, name);
    QFETCH(QString, problem);
    const Error error = Account::validateName(name);
    if (problem.isEmpty()) {
        QVERIFY2(!error, qPrintable(error.message()));
        return;
    }
    QVERIFY(error);
    QCOMPARE(error.code(), Error::Code::InvalidInput);
    QVERIFY2(error.message().contains(problem), qPrintable(error.message()));
}

void TestAccount::validateApiKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    QTest::newRow("lower case") << u"EXO0123456789abcdef01234567"_s << true;
    QTest::newRow("upper case") << u"EXO0123456789ABCDEF01234567"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("prefix only") << u"EXO"_s << false;
    QTest::newRow("23 digits") << u"EXO0123456789abcdef0123456"_s << false;
    QTest::newRow("25 digits") << u"EXO0123456789abcdef012345678"_s << false;
    QTest::newRow("not hexadecimal") << u"EXO0123456789abcdef0123456g"_s << false;
    QTest::newRow("lower-case prefix") << u"exo0123456789abcdef01234567"_s << false;
    QTest::newRow("IAM v3 key") << u"EX0123456789abcdef012345678"_s << false;
    QTest::newRow("CR LF header") << u"EXO0123456789abcdef01234567\r\nX-Injected: 1"_s << false;
    QTest::newRow("trailing LF") << u"EXO0123456789abcdef01234567\n"_s << false;
    QTest::newRow("inner space") << u"EXO0123456789abcdef0123 567"_s << false;
    QTest::newRow("full-width digits") << u"EXO\uFF10123456789abcdef01234567"_s << false;
}

void TestAccount::validateApiKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    const Error error = Account::validateApiKey(key);
    QCOMPARE(!error, valid);
    if (valid)
        return;
    QCOMPARE(error.code(), Error::Code::InvalidInput);
    // Never quotes the value: it may be a secret pasted into the wrong field.
    if (key.size() > 3)
        QVERIFY2(!error.message().contains(key), qPrintable(error.message()));
}

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
