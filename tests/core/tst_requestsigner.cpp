// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RequestSigner.h"
#include "domain/Secret.h"

#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

using QueryPairs = QList<std::pair<QString, QString>>;

QUrl makeUrl(const QString &path, const QueryPairs &query = {})
{
    QUrl url;
    url.setScheme(u"https"_s);
    url.setHost(u"api-ch-gva-2.exoscale.com"_s);
    url.setPath(path);
    if (!query.isEmpty()) {
        QUrlQuery urlQuery;
        for (const auto &[name, value] : query)
            urlQuery.addQueryItem(name, value);
        url.setQuery(urlQuery);
    }
    return url;
}

QDateTime utcSeconds(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
}

/// The value of one pragma ("credential", "expires", …) of an Authorization header.
QByteArray pragma(const QByteArray &header, const QByteArray &name)
{
    const QByteArray prefix = "EXO2-HMAC-SHA256 ";
    if (!header.startsWith(prefix))
        return {};
    const QList<QByteArray> parts = header.mid(prefix.size()).split(',');
    for (const QByteArray &part : parts) {
        if (part.startsWith(QByteArray(name + '=')))
            return part.mid(name.size() + 1);
    }
    return {};
}

bool hasPragma(const QByteArray &header, const QByteArray &name)
{
    return header.contains(QByteArray(',' + name + '='))
        || header.contains(QByteArray(' ' + name + '='));
}

const QString testKey = u"EXOxxxxxxxxxxxxxxxxxxxxxxxx"_s;
const QByteArray testSecret = "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";
constexpr qint64 testExpiry = 3376684800;

} // namespace

class TestRequestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void vectors_data();
    void vectors();

    void hmacMatchesRfc4231();
    void messageHasFiveSegments();
    void methodIsUpperCased();
    void expiryIsAnInstant();
    void pathIsSignedEncoded();

    void signedQueryArgsOnlyWithQuery_data();
    void signedQueryArgsOnlyWithQuery();
    void repeatedParametersAreNotSigned();
    void queryNamesInByteOrder_data();
    void queryNamesInByteOrder();
    void nonAsciiNamesInUtf8ByteOrder();

    void changedInputChangesSignature_data();
    void changedInputChangesSignature();

    void unsafeKeyIdIsNotSigned_data();
    void unsafeKeyIdIsNotSigned();

private:
    QJsonObject m_vectors;
};

void TestRequestSigner::initTestCase()
{
    QJsonParseError error;
    const QJsonDocument document
        = QJsonDocument::fromJson(Test::readData(u"signing-vectors.json"_s), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    m_vectors = document.object();
    QCOMPARE(m_vectors.value("vectors"_L1).toArray().size(), 7);
    QCOMPARE(m_vectors.value("api_key"_L1).toString(), testKey);
    QCOMPARE(m_vectors.value("api_secret"_L1).toString().toUtf8(), testSecret);
    QCOMPARE(m_vectors.value("expires"_L1).toInteger(), testExpiry);
}

void TestRequestSigner::vectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QueryPairs>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("authorization");

    // initTestCase has run and checked the file.
    const QJsonArray vectors = m_vectors.value("vectors"_L1).toArray();
    for (const QJsonValue item : vectors) {
        const QJsonObject vector = item.toObject();
        QueryPairs query;
        const QJsonObject queryObject = vector.value("query"_L1).toObject();
        // Added in reverse order, so that the signer's own ordering is what is tested.
        const QStringList names = queryObject.keys();
        for (auto it = names.crbegin(); it != names.crend(); ++it)
            query.append({*it, queryObject.value(*it).toString()});
        const QByteArray name = "vector " + QByteArray::number(vector.value("id"_L1).toInt()) + ' '
            + vector.value("method"_L1).toString().toUtf8() + ' '
            + vector.value("path"_L1).toString().toUtf8();
        QTest::newRow(name.constData())
            << vector.value("method"_L1).toString().toUtf8() << vector.value("path"_L1).toString()
            << query << vector.value("body"_L1).toString().toUtf8()
            << vector.value("message"_L1).toString().toUtf8()
            << vector.value("authorization"_L1).toString().toUtf8();
    }
}

void TestRequestSigner::vectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QueryPairs, query);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, authorization);
    QVERIFY(!authorization.isEmpty());

    const QUrl url = makeUrl(path, query);
    QVERIFY(url.isValid());
    if (!message.isEmpty()) {
        const QByteArray built
            = RequestSigner::message(method, url.path(QUrl::FullyEncoded).toUtf8(), body,
                RequestSigner::signedQueryItems(url), testExpiry);
        QCOMPARE(built, message);
        QCOMPARE(RequestSigner::signature(testSecret, built), pragma(authorization, "signature"));
    }

    const RequestSigner signer(testKey, Secret::fromUtf8(testSecret));
    QCOMPARE(signer.apiKey(), testKey);
    QCOMPARE(signer.authorization(method, url, body, utcSeconds(testExpiry)), authorization);
}

void TestRequestSigner::hmacMatchesRfc4231()
{
    // RFC 4231, test case 2: an independent check of the HMAC and of the Base64 step.
    const QByteArray expected
        = QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
              .toBase64();
    QCOMPARE(RequestSigner::signature("Jefe", "what do ya want for nothing?"), expected);
    QVERIFY(expected.endsWith('=')); // standard Base64 keeps its padding
}

void TestRequestSigner::messageHasFiveSegments()
{
    const QByteArray built
        = RequestSigner::message("PUT", "/v2/x", "{}", {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}}, 42);
    const QList<QByteArray> segments = built.split('\n');
    QCOMPARE(segments.size(), 5);
    QCOMPARE(segments.at(0), QByteArray("PUT /v2/x"));
    QCOMPARE(segments.at(1), QByteArray("{}"));
    QCOMPARE(segments.at(2), QByteArray("12"));
    QCOMPARE(segments.at(3), QByteArray());
    QCOMPARE(segments.at(4), QByteArray("42"));
    QVERIFY(!built.endsWith('\n'));
}

void TestRequestSigner::methodIsUpperCased()
{
    const RequestSigner signer(testKey, Secret::fromUtf8(testSecret));
    const QUrl url = makeUrl(u"/v2/zone"_s);
    QCOMPARE(signer.authorization("get", url, {}, utcSeconds(testExpiry)),
        signer.authorization("GET", url, {}, utcSeconds(testExpiry)));
}

void TestRequestSigner::expiryIsAnInstant()
{
    const RequestSigner signer(testKey, Secret::fromUtf8(testSecret));
    const QUrl url = makeUrl(u"/v2/zone"_s);
    const QDateTime utc = utcSeconds(testExpiry);
    const QDateTime zurich = utc.toTimeZone(QTimeZone(7200));
    QCOMPARE(zurich.toSecsSinceEpoch(), testExpiry);
    const QByteArray header = signer.authorization("GET", url, {}, zurich);
    QCOMPARE(header, signer.authorization("GET", url, {}, utc));
    QCOMPARE(pragma(header, "expires"), QByteArray::number(testExpiry));
}

void TestRequestSigner::pathIsSignedEncoded()
{
    const RequestSigner signer(testKey, Secret::fromUtf8(testSecret));
    const QUrl url = makeUrl(u"/v2/dns-domain/a b"_s);
    const QByteArray expectedMessage
        = RequestSigner::message("GET", "/v2/dns-domain/a%20b", {}, {}, testExpiry);
    QCOMPARE(pragma(signer.authorization("GET", url, {}, utcSeconds(testExpiry)), "signature"),
        RequestSigner::signature(testSecret, expectedMessage));
}

void TestRequestSigner::signedQueryArgsOnlyWithQuery_data()
{
    QTest::addColumn<QueryPairs>("query");
    QTest::addColumn<QByteArray>("signedArgs"); // empty: the pragma must be absent

    QTest::newRow("no query") << QueryPairs{} << QByteArray();
    QTest::newRow("one parameter") << QueryPairs{{u"k1"_s, u"v1"_s}} << QByteArray("k1");
    QTest::newRow("two parameters")
        << QueryPairs{{u"k1"_s, u"v1"_s}, {u"k2"_s, u"v2"_s}} << QByteArray("k1;k2");
    QTest::newRow("only a repeated parameter")
        << QueryPairs{{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}} << QByteArray();
}

void TestRequestSigner::signedQueryArgsOnlyWithQuery()
{
    QFETCH(QueryPairs, query);
    QFETCH(QByteArray, signedArgs);

    const RequestSigner signer(testKey, Secret::fromUtf8(testSecret));
    const QByteArray header
        = signer.authorization("GET", makeUrl(u"/v2/zone"_s, query), {}, utcSeconds(testExpiry));
    QCOMPARE(hasPragma(header, "signed-query-args"), !signedArgs.isEmpty());
    QCOMPARE(pragma(header, "signed-query-args"), signedArgs);
    QCOMPARE(pragma(header, "credential"), testKey.toUtf8());
    QCOMPARE(pragma(header, "expires"), QByteArray::number(testExpiry));
    QVERIFY(!pragma(header, "signature").isEmpty());
    QCOMPARE(header.count(' '), 1); // after the scheme only: pragmas are joined without spaces
}

void TestRequestSigner::repeatedParametersAreNotSigned()
{
    const QUrl url = makeUrl(u"/v2/zone"_s, {{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"a"_s, u"3"_s}});
    const RequestSigner::QueryItems items = RequestSigner::signedQueryItems(url);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).first, u"b"_s);
    QCOMPARE(items.at(0).second, u"2"_s);

    // The repeated parameter leaves no trace: same header as a request with b alone.
    const RequestSigner signer(testKey, Secret::fromUtf8(testSecret));
    const QByteArray header = signer.authorization("GET", url, {}, utcSeconds(testExpiry));
    QCOMPARE(pragma(header, "signed-query-args"), QByteArray("b"));
    QCOMPARE(header,
        signer.authorization(
            "GET", makeUrl(u"/v2/zone"_s, {{u"b"_s, u"2"_s}}), {}, utcSeconds(testExpiry)));
}

void TestRequestSigner::queryNamesInByteOrder_data()
{
    QTest::addColumn<QueryPairs>("query");
    QTest::addColumn<QByteArray>("signedArgs");
    QTest::addColumn<QByteArray>("values");

    QTest::newRow("reversed") << QueryPairs{{u"zeta"_s, u"z"_s}, {u"beta"_s, u"b"_s},
        {u"alpha"_s, u"a"_s}} << QByteArray("alpha;beta;zeta")
                              << QByteArray("abz");
    // Byte order, not a locale's: upper case sorts before lower case.
    QTest::newRow("case") << QueryPairs{{u"b"_s, u"1"_s}, {u"a"_s, u"2"_s}, {u"C"_s, u"3"_s}}
                          << QByteArray("C;a;b") << QByteArray("321");
    // Not numeric order: "a10" < "a9" < "a_".
    QTest::newRow("digits and underscore")
        << QueryPairs{{u"a_"_s, u"u"_s}, {u"a9"_s, u"n"_s}, {u"a10"_s, u"t"_s}}
        << QByteArray("a10;a9;a_") << QByteArray("tnu");
    QTest::newRow("prefix first") << QueryPairs{{u"ab"_s, u"2"_s}, {u"a"_s, u"1"_s}}
                                  << QByteArray("a;ab") << QByteArray("12");
    // The values are signed decoded, as the servers read them.
    QTest::newRow("decoded values")
        << QueryPairs{{u"q"_s, u"a b/c&d"_s}} << QByteArray("q") << QByteArray("a b/c&d");
}

void TestRequestSigner::queryNamesInByteOrder()
{
    QFETCH(QueryPairs, query);
    QFETCH(QByteArray, signedArgs);
    QFETCH(QByteArray, values);

    const QUrl url = makeUrl(u"/v2/zone"_s, query);
    const RequestSigner signer(testKey, Secret::fromUtf8(testSecret));
    const QByteArray header = signer.authorization("GET", url, {}, utcSeconds(testExpiry));
    QCOMPARE(pragma(header, "signed-query-args"), signedArgs);

    const QByteArray expectedMessage
        = "GET /v2/zone\n\n" + values + "\n\n" + QByteArray::number(testExpiry);
    QCOMPARE(RequestSigner::message(
                 "GET", "/v2/zone", {}, RequestSigner::signedQueryItems(url), testExpiry),
        expectedMessage);
    QCOMPARE(pragma(header, "signature"), RequestSigner::signature(testSecret, expectedMessage));
}

void TestRequestSigner::nonAsciiNamesInUtf8ByteOrder()
{
    // U+FF21 is EF BC A1 in UTF-8, U+1F600 is F0 9F 98 80: UTF-8 byte order puts U+FF21 first,
    // while UTF-16 code-unit order (a plain QString comparison) would put the surrogate pair first.
    const QString fullwidth = QString(QChar(0xFF21));
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    QVERIFY(emoji < fullwidth);
    QVERIFY(fullwidth.toUtf8() < emoji.toUtf8());

    const QUrl url
        = makeUrl(u"/v2/zone"_s, {{emoji, u"e"_s}, {fullwidth, u"f"_s}, {u"z"_s, u"z"_s}});
    const RequestSigner::QueryItems items = RequestSigner::signedQueryItems(url);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).first, u"z"_s);
    QCOMPARE(items.at(1).first, fullwidth);
    QCOMPARE(items.at(2).first, emoji);
}

void TestRequestSigner::changedInputChangesSignature_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QueryPairs>("query");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("expires");
    QTest::addColumn<QByteArray>("secret");

    // Each row changes one input of the baseline (first row).
    const QByteArray body = R"({"name":"my-key"})";
    QTest::newRow("baseline") << QByteArray("POST") << u"/v2/access-key"_s << QueryPairs{} << body
                              << testExpiry << testSecret;
    QTest::newRow("body") << QByteArray("POST") << u"/v2/access-key"_s << QueryPairs{}
                          << QByteArray(R"({"name":"my-kez"})") << testExpiry << testSecret;
    QTest::newRow("body whitespace")
        << QByteArray("POST") << u"/v2/access-key"_s << QueryPairs{}
        << QByteArray(R"({"name": "my-key"})") << testExpiry << testSecret;
    QTest::newRow("path") << QByteArray("POST") << u"/v2/access-keys"_s << QueryPairs{} << body
                          << testExpiry << testSecret;
    QTest::newRow("expiry") << QByteArray("POST") << u"/v2/access-key"_s << QueryPairs{} << body
                            << testExpiry + 1 << testSecret;
    QTest::newRow("method") << QByteArray("PUT") << u"/v2/access-key"_s << QueryPairs{} << body
                            << testExpiry << testSecret;
    QTest::newRow("query") << QByteArray("POST") << u"/v2/access-key"_s
                           << QueryPairs{{u"a"_s, u"1"_s}} << body << testExpiry << testSecret;
    QTest::newRow("secret") << QByteArray("POST") << u"/v2/access-key"_s << QueryPairs{} << body
                            << testExpiry
                            << QByteArray("YXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX");
}

void TestRequestSigner::changedInputChangesSignature()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QueryPairs, query);
    QFETCH(QByteArray, body);
    QFETCH(qint64, expires);
    QFETCH(QByteArray, secret);

    const RequestSigner baseline(testKey, Secret::fromUtf8(testSecret));
    const QByteArray baseSignature
        = pragma(baseline.authorization("POST", makeUrl(u"/v2/access-key"_s),
                     R"({"name":"my-key"})", utcSeconds(testExpiry)),
            "signature");
    QVERIFY(!baseSignature.isEmpty());

    const RequestSigner signer(testKey, Secret::fromUtf8(secret));
    const QByteArray signature = pragma(
        signer.authorization(method, makeUrl(path, query), body, utcSeconds(expires)), "signature");
    QVERIFY(!signature.isEmpty());
    // Same input, same signature; any change, another one.
    const bool isBaseline = QByteArrayView(QTest::currentDataTag()) == "baseline";
    QCOMPARE(signature == baseSignature, isBaseline);
}

void TestRequestSigner::unsafeKeyIdIsNotSigned_data()
{
    QTest::addColumn<QString>("keyId");
    QTest::addColumn<bool>("signable");

    QTest::newRow("test key") << testKey << true;
    QTest::newRow("real shape") << u"EXO0123456789abcdef01234567"_s << true;
    QTest::newRow("CR LF header") << u"EXO0123\r\nX-Injected: 1"_s << false;
    QTest::newRow("LF") << u"EXO0123\nX-Injected: 1"_s << false;
    QTest::newRow("CR") << u"EXO0123\r"_s << false;
    QTest::newRow("NUL") << u"EXO0123\0"_s << false;
    QTest::newRow("comma: another parameter") << u"EXO0123,signature=x"_s << false;
    QTest::newRow("space") << u"EXO 0123"_s << false;
    QTest::newRow("non-ASCII letter") << u"EXO\u00E90123"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRequestSigner::unsafeKeyIdIsNotSigned()
{
    QFETCH(QString, keyId);
    QFETCH(bool, signable);
    const RequestSigner signer(keyId, Secret::fromUtf8(testSecret));
    QCOMPARE(RequestSigner::isSignableKeyId(keyId), signable);
    QCOMPARE(signer.canSign(), signable);
    const QByteArray header
        = signer.authorization("GET", makeUrl(u"/v2/zone"_s), {}, utcSeconds(testExpiry));
    QCOMPARE(header.isEmpty(), !signable);
    QVERIFY(!header.contains('\r'));
    QVERIFY(!header.contains('\n'));
}

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
