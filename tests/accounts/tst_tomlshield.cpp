// SPDX-License-Identifier: GPL-3.0-or-later
// Built with toml++ compiled in (header-only) and UBSan that stops at the first report: a
// parse that reaches toml++ 3.3's undefined behaviour ends this test with a failure.
#include "accounts/TomlShield.h"
#include "domain/Utf8.h"

#include <QTest>

#include <toml++/toml.h>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

QByteArray utf8(char32_t point)
{
    return QString::fromUcs4(&point, 1).toUtf8();
}

/// Parses @p text as Keyport does, whatever the outcome; only undefined behaviour fails.
bool parses(const QByteArray &text)
{
    const std::string_view document(text.constData(), static_cast<size_t>(text.size()));
#if TOML_EXCEPTIONS
    try {
        const toml::table table = toml::parse(document);
        return true;
    } catch (const toml::parse_error &) {
        return false;
    }
#else
    return bool(toml::parse(document));
#endif
}

} // namespace

class TestTomlShield : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsafeCodePoints();
    void shieldedTextIsSafeAndComesBack();
    void parserSeesNoUnsafeCodePoint_data();
    void parserSeesNoUnsafeCodePoint();
};

void TestTomlShield::unsafeCodePoints()
{
    QVERIFY(TomlShield::isUnsafe(0xFEFD)); // EF BB BD
    QVERIFY(TomlShield::isUnsafe(0xE9)); // é
    QVERIFY(TomlShield::isUnsafe(0x416)); // Ж
    QVERIFY(TomlShield::isUnsafe(0x3042)); // あ
    // What toml++ answers without reaching the unreachable: ASCII, its whitespace, far code
    // points.
    for (char32_t safe :
        {0x41u, 0xA0u, 0x1680u, 0x2000u, 0x200Bu, 0x3000u, 0xFEFFu, 0x4E00u, 0x1F600u}) {
        QVERIFY2(!TomlShield::isUnsafe(safe), qPrintable(QString::number(safe, 16)));
    }
}

void TestTomlShield::shieldedTextIsSafeAndComesBack()
{
    // Every code point, in one text: none unsafe once shielded, and all of it restored.
    QByteArray all;
    for (char32_t point = 1; point <= 0x10FFFF; ++point) {
        if ((point >= 0xD800 && point <= 0xDFFF) || (point >= 0xF0000 && point <= 0xFFFFF))
            continue;
        all += utf8(point);
    }
    const std::optional<QByteArray> shielded = TomlShield::shield(all);
    QVERIFY(shielded);
    QCOMPARE(Utf8::firstInvalidOffset(*shielded), qsizetype(-1));
    const QList<uint> points = QString::fromUtf8(*shielded).toUcs4();
    for (const uint point : points)
        QVERIFY2(!TomlShield::isUnsafe(point), qPrintable(QString::number(point, 16)));
    const std::string back = TomlShield::unshield(
        std::string_view(shielded->constData(), static_cast<size_t>(shielded->size())));
    QCOMPARE(QByteArray::fromStdString(back), all);

    // The stand-ins' own range cannot be told apart: refused.
    QVERIFY(!TomlShield::shield(utf8(0xF0000)));
    QVERIFY(!TomlShield::shield(QByteArray(QByteArray("# ") + utf8(0xFFFFF))));
}

void TestTomlShield::parserSeesNoUnsafeCodePoint_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<bool>("valid");

    QTest::newRow("EF BB BD 03") << QByteArray("\xEF\xBB\xBD\x03") << false;
    QTest::newRow("e acute at the top") << QByteArray("\n\xC3\xA9\n") << false;
    QTest::newRow("Cyrillic as a value") << QByteArray("k = \xD0\x96\n") << false;
    QTest::newRow("Hiragana after a value") << QByteArray("k = 1\xE3\x81\x82\n") << false;
    QTest::newRow("escaped e acute in a multi-line string")
        << QByteArray("k = \"\"\"a\\\xC3\xA9\"\"\"\n") << false;
    // Valid TOML: the first character after a line-ending backslash is classified too.
    QTest::newRow("e acute after a line-ending backslash")
        << QByteArray("k = \"\"\"a\\\n    \xC3\xA9lan\"\"\"\n") << true;
}

void TestTomlShield::parserSeesNoUnsafeCodePoint()
{
    QFETCH(QByteArray, toml);
    QFETCH(bool, valid);
    const std::optional<QByteArray> shielded = TomlShield::shield(toml);
    QVERIFY(shielded);
    QCOMPARE(parses(*shielded), valid);
}

QTEST_GUILESS_MAIN(TestTomlShield)
#include "tst_tomlshield.moc"
