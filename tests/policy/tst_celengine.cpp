// SPDX-License-Identifier: GPL-3.0-or-later
#include "policy/CelExpression.h"
#include "policy/CelMap.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <thread>

using namespace Keyport::Cel;
using namespace Qt::StringLiterals;

/// The CEL engine against the cases of tests/data/cel/*.jsonl: one JSON object a line with
/// "expr", an optional "context" (the bindings; "now" as a string is a timestamp) and exactly
/// one of "value" (the JSON text toJsonText() prints), "error" (a substring of the evaluation
/// error, optionally with its "column") or "syntax" (the column of the syntax error).
class TestCelEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cases_data();
    void cases();
    void enoughCases();

    void check_data();
    void check();
    void checkIsCleanForGoodExpressions_data();
    void checkIsCleanForGoodExpressions();
    void constantValue_data();
    void constantValue();
    void literalsComparedWith();
    void valueJson();
    void mapKeysAreNumericallyEquivalent();
    void expressionIsCheapToCopyAndThreadSafe();
    void hostileInput();
    void randomBytesNeverCrash();
    void evaluationIsFast();
};

namespace {

QList<QJsonObject> loadCases()
{
    QList<QJsonObject> cases;
    const QDir dir(QStringLiteral(KEYPORT_CEL_DATA_DIR));
    const QStringList files = dir.entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (!document.isObject())
                qFatal("%s:%d: not a JSON object: %s", qPrintable(fileName), lineNumber,
                    qPrintable(error.errorString()));
            QJsonObject object = document.object();
            object.insert(u"_where"_s, u"%1:%2"_s.arg(fileName).arg(lineNumber));
            cases.append(object);
        }
    }
    return cases;
}

} // namespace

void TestCelEngine::cases_data()
{
    QTest::addColumn<QJsonObject>("testCase");
    for (const QJsonObject &object : loadCases()) {
        const QString name = object.value(u"_where"_s).toString() + u": "_s
            + object.value(u"expr"_s).toString().left(80);
        QTest::newRow(qPrintable(name)) << object;
    }
}

void TestCelEngine::cases()
{
    QFETCH(QJsonObject, testCase);
    const QString source = testCase.value(u"expr"_s).toString();
    const int expectations = int(testCase.contains(u"value"_s)) + int(testCase.contains(u"error"_s))
        + int(testCase.contains(u"syntax"_s));
    QVERIFY2(expectations == 1, "a case needs exactly one of value, error, syntax");

    const Expression expression = Expression::parse(source);
    if (testCase.contains(u"syntax"_s)) {
        QVERIFY2(!expression.isValid(), "parsed, but a syntax error was expected");
        QCOMPARE(expression.syntaxError().column, testCase.value(u"syntax"_s).toInt());
        QVERIFY(!expression.syntaxError().message.isEmpty());
        QVERIFY(expression.evaluate(Activation()).isError());
        return;
    }
    QVERIFY2(expression.isValid(),
        qPrintable(u"syntax error at column %1: %2"_s.arg(expression.syntaxError().column)
                       .arg(expression.syntaxError().message)));

    const Activation activation = Activation::fromJson(testCase.value(u"context"_s).toObject());
    const Value value = expression.evaluate(activation);
    if (testCase.contains(u"value"_s)) {
        QVERIFY2(!value.isError(),
            qPrintable(u"evaluation error at column %1: %2"_s.arg(value.errorColumn())
                           .arg(value.errorMessage())));
        QCOMPARE(QString::fromUtf8(value.toJsonText()), testCase.value(u"value"_s).toString());
        if (testCase.contains(u"type"_s))
            QCOMPARE(value.typeName(), testCase.value(u"type"_s).toString());
    } else {
        QVERIFY2(value.isError(),
            qPrintable(u"expected an error, got %1"_s.arg(QString::fromUtf8(value.toJsonText()))));
        const QString expected = testCase.value(u"error"_s).toString();
        QVERIFY2(value.errorMessage().contains(expected),
            qPrintable(u"error '%1' does not contain '%2'"_s.arg(value.errorMessage(), expected)));
        if (testCase.contains(u"column"_s))
            QCOMPARE(value.errorColumn(), testCase.value(u"column"_s).toInt());
        QVERIFY(value.errorColumn() > 0);
    }
}

void TestCelEngine::enoughCases()
{
    const QList<QJsonObject> all = loadCases();
    QVERIFY2(all.size() >= 400, qPrintable(QString::number(all.size())));
}

void TestCelEngine::check_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("misspelt binding")
        << u"paramters.bucket == 'a'"_s << 1 << u"unknown name 'paramters'"_s;
    QTest::newRow("misspelt binding later")
        << u"operation == 'a' && paramters.x == 1"_s << 21 << u"unknown name 'paramters'"_s;
    QTest::newRow("unknown function")
        << u"lenght(operation) > 1"_s << 1 << u"unknown function 'lenght'"_s;
    QTest::newRow("unknown method")
        << u"operation.beginsWith('get')"_s << 11 << u"unknown method 'beginsWith'"_s;
    QTest::newRow("method as function")
        << u"startsWith(operation, 'get')"_s << 1 << u"'startsWith' is a method, not a function"_s;
    QTest::newRow("function as method")
        << u"operation.int()"_s << 11 << u"'int' is a function, not a method"_s;
    QTest::newRow("arity of size")
        << u"size(operation, zone) > 1"_s << 1 << u"wrong number of arguments to 'size': 2 given"_s;
    QTest::newRow("arity of startsWith") << u"operation.startsWith()"_s << 11
                                         << u"wrong number of arguments to 'startsWith': 0 given"_s;
    QTest::newRow("arity of has") << u"parameters.has('a', 'b')"_s << 12
                                  << u"wrong number of arguments to 'has': 2 given"_s;
    QTest::newRow("size of an int") << u"size(1) > 0"_s << 1 << u"no such overload"_s;
    QTest::newRow("startsWith an int") << u"'a'.startsWith(1)"_s << 5 << u"no such overload"_s;
    QTest::newRow("startsWith an int on a binding")
        << u"operation.startsWith(1)"_s << 22
        << u"'startsWith' cannot take a value of type 'int'"_s;
    QTest::newRow("int plus string") << u"1 + 'a' == zone"_s << 3 << u"no such overload"_s;
    QTest::newRow("binding minus string")
        << u"zone - 'a' == zone"_s << 8 << u"'-' cannot take a value of type 'string'"_s;
    QTest::newRow("in a string") << u"operation in 'get-object'"_s << 14
                                 << u"'in' cannot take a value of type 'string'"_s;
    QTest::newRow("and with an int")
        << u"operation == 'a' && 1"_s << 21 << u"'&&' cannot take a value of type 'int'"_s;
    QTest::newRow("not of a string") << u"!'a'"_s << 1 << u"no such overload"_s;
    QTest::newRow("division by zero")
        << u"parameters.size() > 1 / 0"_s << 23 << u"division by zero"_s;
    QTest::newRow("invalid regex")
        << u"operation.matches('(')"_s << 19 << u"invalid regular expression"_s;
    QTest::newRow("invalid ip range")
        << u"source_ip.inIpRange('10.0.0.0/33')"_s << 21 << u"invalid IP range '10.0.0.0/33'"_s;
    QTest::newRow("size result plus string")
        << u"size(parameters) + 'a' == 1"_s << 18
        << u"no such overload for '+' applied to (int, string)"_s;
    QTest::newRow("macro variable out of scope")
        << u"[1].all(x, x > 0) && x == 1"_s << 22 << u"unknown name 'x'"_s;
    QTest::newRow("arity of a macro")
        << u"parameters.all(k)"_s << 12 << u"wrong number of arguments to 'all': 1 given"_s;
    QTest::newRow("select on a literal")
        << u"'a'.b == zone"_s << 5 << u"does not support field selection"_s;
}

void TestCelEngine::check()
{
    QFETCH(QString, source);
    QFETCH(int, column);
    QFETCH(QString, message);
    const QSet<QString> bound = {u"operation"_s, u"service"_s, u"zone"_s, u"now"_s, u"source_ip"_s,
        u"api_key"_s, u"parameters"_s, u"resources"_s};
    const Expression expression = Expression::parse(source);
    QVERIFY(expression.isValid());
    const QList<Diagnostic> diagnostics = expression.check(bound);
    QStringList seen;
    bool found = false;
    for (const Diagnostic &diagnostic : diagnostics) {
        seen.append(u"%1: %2"_s.arg(diagnostic.column).arg(diagnostic.message));
        found = found || (diagnostic.column == column && diagnostic.message.contains(message));
    }
    QVERIFY2(found, qPrintable(seen.join(u"; "_s)));
}

void TestCelEngine::checkIsCleanForGoodExpressions_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("list") << u"operation in ['list-sos-buckets-usage', 'list-buckets']"_s;
    QTest::newRow("negated in") << u"!(parameters.bucket in ['a', 'b'])"_s;
    QTest::newRow("and")
        << u"parameters.bucket == 'site-data' && operation in ['head-object', 'get-object']"_s;
    QTest::newRow("startsWith") << u"operation.startsWith('get-dbaas-service')"_s;
    QTest::newRow("resources") << u"resources.dns_domain.unicode_name != \"example.com\""_s;
    QTest::newRow("has method") << u"parameters.has('type') && parameters.type != 'TXT'"_s;
    QTest::newRow("has chain")
        << u"resources.has('dns_domain_record') && resources.dns_domain_record.has('type') && resources.dns_domain_record.type != 'TXT'"_s;
    QTest::newRow("public ip")
        << u"operation == 'create-instance' && (!parameters.has('public_ip_assignment') || parameters.public_ip_assignment != 'none')"_s;
    QTest::newRow("inIpRange") << u"source_ip.inIpRange('89.145.160.0/24')"_s;
    QTest::newRow("int comparison is dynamic") << u"operation == 1"_s;
    QTest::newRow("macro") << u"parameters.exists(k, k.startsWith('x'))"_s;
    QTest::newRow("has macro") << u"has(parameters.bucket)"_s;
    QTest::newRow("time")
        << u"now.getHours('Europe/Zurich') < 18 && now < timestamp('2030-01-01T00:00:00Z')"_s;
    QTest::newRow("type") << u"type(parameters.count) == int"_s;
}

void TestCelEngine::checkIsCleanForGoodExpressions()
{
    QFETCH(QString, source);
    const QSet<QString> bound = {u"operation"_s, u"service"_s, u"zone"_s, u"now"_s, u"source_ip"_s,
        u"api_key"_s, u"parameters"_s, u"resources"_s};
    const Expression expression = Expression::parse(source);
    QVERIFY(expression.isValid());
    const QList<Diagnostic> diagnostics = expression.check(bound);
    QStringList seen;
    for (const Diagnostic &diagnostic : diagnostics)
        seen.append(u"%1: %2"_s.arg(diagnostic.column).arg(diagnostic.message));
    QVERIFY2(diagnostics.isEmpty(), qPrintable(seen.join(u"; "_s)));
}

void TestCelEngine::constantValue_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("constant");
    QTest::addColumn<QString>("json"); // toJsonText, or "error" for an error value

    QTest::newRow("false") << u"false"_s << true << u"false"_s;
    QTest::newRow("arithmetic") << u"1 + 2 == 4"_s << true << u"false"_s;
    QTest::newRow("macro with its own variable") << u"[1, 2].all(x, x > 0)"_s << true << u"true"_s;
    QTest::newRow("constant error") << u"1 / 0 == 1"_s << true << u"error"_s;
    QTest::newRow("absorbed error") << u"false && 1 / 0 == 1"_s << true << u"false"_s;
    QTest::newRow("binding") << u"operation == 'a'"_s << false << QString();
    QTest::newRow("binding in a macro") << u"[1].exists(x, x == zone)"_s << false << QString();
    QTest::newRow("binding as the range") << u"parameters.all(x, true)"_s << false << QString();
}

void TestCelEngine::constantValue()
{
    QFETCH(QString, source);
    QFETCH(bool, constant);
    QFETCH(QString, json);
    const std::optional<Value> value = Expression::parse(source).constantValue();
    QCOMPARE(value.has_value(), constant);
    if (!constant)
        return;
    if (json == u"error")
        QVERIFY(value->isError());
    else
        QCOMPARE(QString::fromUtf8(value->toJsonText()), json);
}

void TestCelEngine::literalsComparedWith()
{
    const Expression expression = Expression::parse(
        u"operation == 'a' || operation in ['b', 'c'] || ('d' != operation && zone == 'e')"
        u" || !(operation == 'f') || size(operation) == 'g'"_s);
    QVERIFY(expression.isValid());
    const QList<std::pair<QString, int>> literals = expression.literalsComparedWith(u"operation"_s);
    const QList<std::pair<QString, int>> expected
        = {{u"a"_s, 14}, {u"b"_s, 35}, {u"c"_s, 40}, {u"d"_s, 49}, {u"f"_s, 100}};
    QCOMPARE(literals, expected);
    QCOMPARE(
        expression.literalsComparedWith(u"zone"_s), (QList<std::pair<QString, int>>{{u"e"_s, 77}}));
    // Not under a comparison at the top level of the chains: a ternary hides it.
    QVERIFY(Expression::parse(u"true ? operation == 'a' : false"_s)
                .literalsComparedWith(u"operation"_s)
                .isEmpty());
}

void TestCelEngine::valueJson()
{
    QCOMPARE(
        Value::fromInt(std::numeric_limits<qint64>::max()).toJsonText(), "9223372036854775807");
    QCOMPARE(
        Value::fromUint(std::numeric_limits<quint64>::max()).toJsonText(), "18446744073709551615");
    QCOMPARE(Value::fromDouble(std::nan("")).toJsonText(), "\"NaN\"");
    QCOMPARE(Value::fromDouble(-INFINITY).toJsonText(), "\"-Infinity\"");
    QCOMPARE(Value::fromTimestamp(1795774800, 0).toJsonText(), "\"2026-11-27T10:20:00Z\"");
    QCOMPARE(Value::fromTimestamp(0, 5000000).toJsonText(), "\"1970-01-01T00:00:00.005Z\"");
    QCOMPARE(Value::fromDuration(3600).toJsonText(), "\"3600s\"");
    QCOMPARE(Value::fromDuration(-1, -500000000).toJsonText(), "\"-1.500s\"");
    QCOMPARE(Value::fromBytes("\xff").toJsonText(), "\"/w==\"");
    Map map;
    QVERIFY(map.insert(Value::fromInt(1), Value::fromString(u"a\"b"_s)));
    QVERIFY(map.insert(Value::fromBool(true), Value()));
    QVERIFY(!map.insert(Value::fromUint(1), Value()));
    QCOMPARE(Value::fromMap(map).toJsonText(), "{\"1\":\"a\\\"b\",\"true\":null}");
    QCOMPARE(
        Value::fromJson(QJsonDocument::fromJson("[1, 1.5, 9007199254740993]").array()).toJsonText(),
        "[1,1.5,9007199254740993]");
    QVERIFY(Value::fromTimestamp(Value::maxTimestampSeconds + 1).isError());
    QVERIFY(Value::fromDuration(Value::maxDurationSeconds + 1).isError());
}

void TestCelEngine::mapKeysAreNumericallyEquivalent()
{
    Map map;
    QVERIFY(map.insert(Value::fromInt(2), Value::fromString(u"two"_s)));
    QVERIFY(map.insert(Value::fromString(u"k"_s), Value::fromString(u"kay"_s)));
    QVERIFY(map.find(Value::fromUint(2)));
    QVERIFY(map.find(Value::fromDouble(2.0)));
    QVERIFY(!map.find(Value::fromDouble(2.5)));
    QVERIFY(!map.find(Value::fromString(u"2"_s)));
    QCOMPARE(map.find(u"k")->toString(), u"kay"_s);
}

void TestCelEngine::expressionIsCheapToCopyAndThreadSafe()
{
    const Expression expression = Expression::parse(
        u"parameters.bucket.matches('^site-[a-z]+$') && operation in ['head-object', 'get-object']"_s);
    QVERIFY(expression.isValid());
    Activation allowed;
    allowed.bind(u"operation"_s, Value::fromString(u"get-object"_s));
    allowed.bind(u"parameters"_s, Value::fromJson(QJsonObject{{u"bucket"_s, u"site-data"_s}}));
    std::atomic<int> wrong = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([expression, &allowed, &wrong]() {
            const Expression copy = expression;
            for (int i = 0; i < 2000; ++i) {
                if (!copy.evaluate(allowed).toBool())
                    ++wrong;
            }
        });
    }
    for (auto &thread : threads)
        thread.join();
    QCOMPARE(wrong.load(), 0);
}

void TestCelEngine::hostileInput()
{
    // Deep nesting of every recursive form: a syntax error, never a crash.
    const QList<std::pair<QString, QString>> wrappers = {
        {u"("_s, u")"_s},
        {u"["_s, u"]"_s},
        {u"{1:"_s, u"}"_s},
        {u"size("_s, u")"_s},
        {u"true ? 1 : "_s, QString()},
    };
    for (const auto &[open, close] : wrappers) {
        const QString source = open.repeated(5000) + u"1"_s + close.repeated(5000);
        const Expression expression = Expression::parse(source);
        QVERIFY2(!expression.isValid(), qPrintable(open));
        QCOMPARE(expression.syntaxError().message, u"expression nested too deeply"_s);
        QVERIFY(expression.syntaxError().column > 0);
    }
    // Deep but flat: long chains of one operator, unary operators and selections.
    for (const QString &source : QStringList{u"!"_s.repeated(50000) + u"true"_s,
             u"-"_s.repeated(50000) + u"1"_s, u"a"_s + u".b"_s.repeated(40000),
             u"1"_s + u" + 1"_s.repeated(20000), u"x"_s + u"[0]"_s.repeated(30000)}) {
        const Expression expression = Expression::parse(source);
        QVERIFY(!expression.isValid());
        QCOMPARE(expression.syntaxError().message, u"expression nested too deeply"_s);
    }
    // Long && / || chains are flat: they parse and evaluate.
    const Expression chain = Expression::parse(u"true"_s + u" && true"_s.repeated(10000));
    QVERIFY(chain.isValid());
    QCOMPARE(chain.evaluate(Activation()).toJsonText(), "true");
    // Nesting within the limit works.
    const Expression nested
        = Expression::parse(u"("_s.repeated(90) + u"1"_s + u")"_s.repeated(90) + u" == 1"_s);
    QVERIFY(nested.isValid());
    QCOMPARE(nested.evaluate(Activation()).toJsonText(), "true");
    // Too long.
    const Expression huge = Expression::parse(u"'"_s + u"a"_s.repeated(200000) + u"'"_s);
    QVERIFY(!huge.isValid());
    // Exponential macros stop at the iteration budget.
    const QString range = u"[0,1,2,3,4,5,6,7,8,9]"_s;
    QString exponential = u"true"_s;
    for (int i = 0; i < 12; ++i)
        exponential = range + u".all(x"_s + QString::number(i) + u", "_s + exponential + u")"_s;
    QElapsedTimer timer;
    timer.start();
    const Value budget = Expression::parse(exponential).evaluate(Activation());
    QVERIFY(budget.isError());
    QVERIFY2(
        budget.errorMessage().contains(u"macro iterations"_s), qPrintable(budget.errorMessage()));
    QVERIFY(timer.elapsed() < 20000);
    // Growing strings stop at the size limit.
    const Value doubling
        = Expression::parse(u"['ab']"_s + u".map(x, x + x)"_s.repeated(30)).evaluate(Activation());
    QVERIFY(doubling.isError());
    QCOMPARE(doubling.errorMessage(), u"string too long"_s);
}

void TestCelEngine::randomBytesNeverCrash()
{
    QRandomGenerator random(20261127);
    const QString alphabet = u"()[]{}.,:?!-+*/%<>=&|'\"\\ab1u0x.e_ \n\tr"_s;
    for (int i = 0; i < 3000; ++i) {
        QString source;
        const int length = int(random.bounded(1, 60));
        for (int j = 0; j < length; ++j) {
            if (random.bounded(10) == 0)
                source += QChar(char16_t(random.bounded(1, 0xD7FF)));
            else
                source += alphabet.at(random.bounded(alphabet.size()));
        }
        const Expression expression = Expression::parse(source);
        if (!expression.isValid()) {
            QVERIFY(expression.syntaxError().column >= 0);
            QVERIFY(!expression.syntaxError().message.isEmpty());
            continue;
        }
        Activation activation;
        activation.bind(u"a"_s, Value::fromInt(1));
        const Value value = expression.evaluate(activation);
        if (value.isError())
            QVERIFY(!value.errorMessage().isEmpty());
        expression.check({u"a"_s});
        expression.constantValue();
    }
    // Raw random bytes decoded as UTF-8, invalid sequences included.
    for (int i = 0; i < 2000; ++i) {
        QByteArray bytes(int(random.bounded(1, 40)), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        const Expression expression = Expression::parse(QString::fromUtf8(bytes));
        if (expression.isValid())
            expression.evaluate(Activation());
        else
            QVERIFY(!expression.syntaxError().message.isEmpty());
    }
}

void TestCelEngine::evaluationIsFast()
{
    // Not a benchmark (that is the lead's), a guard against an accidental slowdown by orders
    // of magnitude: one typical rule must take well under a microsecond; 20 µs here is lenient
    // enough for a loaded test machine.
    const Expression expression = Expression::parse(
        u"parameters.bucket == 'site-data' && operation in ['head-object', 'get-object']"_s);
    Activation activation;
    activation.bind(u"operation"_s, Value::fromString(u"get-object"_s));
    activation.bind(u"zone"_s, Value::fromString(u"ch-gva-2"_s));
    activation.bind(u"parameters"_s,
        Value::fromJson(QJsonObject{{u"bucket"_s, u"site-data"_s}, {u"key"_s, u"a"_s}}));
    constexpr int rounds = 100000;
    QElapsedTimer timer;
    timer.start();
    int allowed = 0;
    for (int i = 0; i < rounds; ++i)
        allowed += expression.evaluate(activation).toBool() ? 1 : 0;
    const qint64 nanos = timer.nsecsElapsed();
    QCOMPARE(allowed, rounds);
    qInfo("one evaluation: %lld ns", static_cast<long long>(nanos / rounds));
    QVERIFY(nanos / rounds < 20000);
}

QTEST_GUILESS_MAIN(TestCelEngine)
#include "tst_celengine.moc"
