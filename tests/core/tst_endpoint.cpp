// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Endpoint.h"

#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zones();
    void forZone_data();
    void forZone();
    void forZoneEnvironment();
    void invalidZone_data();
    void invalidZone();
    void fromUrl_data();
    void fromUrl();
    void url_data();
    void url();
    void loopbackHost_data();
    void loopbackHost();
    void defaultIsInvalid();
    void exoscaleHost_data();
    void exoscaleHost();
    void hostConfirmation_data();
    void hostConfirmation();
};

void TestEndpoint::zones()
{
    // API.md §4, the default first.
    const QStringList expected{u"ch-gva-2"_s, u"ch-dk-2"_s, u"de-fra-1"_s, u"de-muc-1"_s,
        u"at-vie-1"_s, u"at-vie-2"_s, u"bg-sof-1"_s, u"hr-zag-1"_s};
    QCOMPARE(Endpoint::zones(), expected);
    QCOMPARE(Endpoint::defaultZone(), u"ch-gva-2"_s);
    QCOMPARE(Endpoint::zones().constFirst(), Endpoint::defaultZone());
}

void TestEndpoint::forZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ch-gva-2") << u"ch-gva-2"_s << u"https://api-ch-gva-2.exoscale.com/v2"_s;
    QTest::newRow("ch-dk-2") << u"ch-dk-2"_s << u"https://api-ch-dk-2.exoscale.com/v2"_s;
    QTest::newRow("de-fra-1") << u"de-fra-1"_s << u"https://api-de-fra-1.exoscale.com/v2"_s;
    QTest::newRow("de-muc-1") << u"de-muc-1"_s << u"https://api-de-muc-1.exoscale.com/v2"_s;
    QTest::newRow("at-vie-1") << u"at-vie-1"_s << u"https://api-at-vie-1.exoscale.com/v2"_s;
    QTest::newRow("at-vie-2") << u"at-vie-2"_s << u"https://api-at-vie-2.exoscale.com/v2"_s;
    QTest::newRow("bg-sof-1") << u"bg-sof-1"_s << u"https://api-bg-sof-1.exoscale.com/v2"_s;
    QTest::newRow("hr-zag-1") << u"hr-zag-1"_s << u"https://api-hr-zag-1.exoscale.com/v2"_s;
    // Exoscale opens zones: a well-formed unknown one is accepted.
    QTest::newRow("new zone") << u"xx-new-9"_s << u"https://api-xx-new-9.exoscale.com/v2"_s;
}

void TestEndpoint::forZone()
{
    QFETCH(QString, zone);
    QFETCH(QString, expected);

    const auto endpoint = Endpoint::forZone(zone);
    QVERIFY2(endpoint.isOk(), qPrintable(endpoint.error().message()));
    QVERIFY(endpoint->isValid());
    QCOMPARE(endpoint->baseUrl().toString(), expected);
    QCOMPARE(endpoint->baseUrl(), QUrl(expected));
    QCOMPARE(endpoint->baseUrl().scheme(), u"https"_s);
    QCOMPARE(endpoint->zone(), zone);
    QVERIFY(!endpoint->isCustom());
    QCOMPARE(endpoint->displayName(), zone);
}

void TestEndpoint::forZoneEnvironment()
{
    const auto endpoint = Endpoint::forZone(u"de-fra-1"_s, u"ppapi"_s);
    QVERIFY(endpoint.isOk());
    QCOMPARE(endpoint->baseUrl().toString(), u"https://ppapi-de-fra-1.exoscale.com/v2"_s);
    QCOMPARE(endpoint->zone(), u"de-fra-1"_s);

    for (const QString &environment : {u"api.evil.com/x"_s, u""_s, u"API"_s, u"a b"_s}) {
        const auto rejected = Endpoint::forZone(u"de-fra-1"_s, environment);
        QVERIFY2(!rejected.isOk(), qPrintable(environment));
        QCOMPARE(rejected.error().code(), Error::Code::InvalidEndpoint);
        QVERIFY(!rejected.error().message().isEmpty());
    }
}

void TestEndpoint::invalidZone_data()
{
    QTest::addColumn<QString>("zone");

    QTest::newRow("empty") << QString();
    QTest::newRow("upper case") << u"CH-GVA-2"_s;
    QTest::newRow("spaces") << u"ch gva 2"_s;
    QTest::newRow("dot") << u"ch-gva-2.evil.com"_s;
    QTest::newRow("slash") << u"ch-gva-2/x"_s;
    QTest::newRow("at sign") << u"evil.com@ch-gva-2"_s;
    QTest::newRow("leading hyphen") << u"-ch-gva-2"_s;
    QTest::newRow("trailing hyphen") << u"ch-gva-2-"_s;
    QTest::newRow("double hyphen") << u"ch--gva-2"_s;
    QTest::newRow("underscore") << u"ch_gva_2"_s;
    QTest::newRow("non-ASCII") << u"zürich-1"_s;
}

void TestEndpoint::invalidZone()
{
    QFETCH(QString, zone);
    const auto endpoint = Endpoint::forZone(zone);
    QVERIFY(!endpoint.isOk());
    QCOMPARE(endpoint.error().code(), Error::Code::InvalidEndpoint);
    QVERIFY(!endpoint.error().message().isEmpty());
}

void TestEndpoint::fromUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("code"); // None: accepted
    QTest::addColumn<QString>("expected"); // the base URL when accepted

    const auto accept = [](const char *name, const QString &text, const QString &expected) {
        QTest::newRow(name) << text << Error::Code::None << expected;
    };
    const auto reject = [](const char *name, const QString &text, Error::Code code) {
        QTest::newRow(name) << text << code << QString();
    };

    accept("with /v2", u"https://api-ch-gva-2.exoscale.com/v2"_s,
        u"https://api-ch-gva-2.exoscale.com/v2"_s);
    accept("without path", u"https://api-ch-gva-2.exoscale.com"_s,
        u"https://api-ch-gva-2.exoscale.com/v2"_s);
    accept("root path", u"https://api-ch-gva-2.exoscale.com/"_s,
        u"https://api-ch-gva-2.exoscale.com/v2"_s);
    accept("trailing slash", u"https://api-ch-gva-2.exoscale.com/v2/"_s,
        u"https://api-ch-gva-2.exoscale.com/v2"_s);
    accept("trailing slashes", u"https://api-ch-gva-2.exoscale.com/v2//"_s,
        u"https://api-ch-gva-2.exoscale.com/v2"_s);
    accept("surrounding whitespace", u"  https://api-ch-gva-2.exoscale.com/v2 \n"_s,
        u"https://api-ch-gva-2.exoscale.com/v2"_s);
    accept("upper-case scheme and host", u"HTTPS://API-CH-GVA-2.EXOSCALE.COM/v2"_s,
        u"https://api-ch-gva-2.exoscale.com/v2"_s);
    accept("https with port and other path", u"https://proxy.example.com:8443/exoscale/v2"_s,
        u"https://proxy.example.com:8443/exoscale/v2"_s);
    accept("http on 127.0.0.1", u"http://127.0.0.1:8080"_s, u"http://127.0.0.1:8080/v2"_s);
    accept("http on 127.1.2.3", u"http://127.1.2.3:8080/v2"_s, u"http://127.1.2.3:8080/v2"_s);
    accept("http on localhost", u"http://localhost"_s, u"http://localhost/v2"_s);
    accept("http on LOCALHOST", u"http://LOCALHOST:9/v2"_s, u"http://localhost:9/v2"_s);
    accept("http on [::1]", u"http://[::1]:9/v2"_s, u"http://[::1]:9/v2"_s);

    reject("http elsewhere", u"http://example.com"_s, Error::Code::InsecureEndpoint);
    reject("http on a private address", u"http://192.168.1.10:8080/v2"_s,
        Error::Code::InsecureEndpoint);
    reject("http on a loopback look-alike", u"http://localhost.example.com/v2"_s,
        Error::Code::InsecureEndpoint);
    reject("http on 127.0.0.1 as a subdomain", u"http://127.0.0.1.nip.io/v2"_s,
        Error::Code::InsecureEndpoint);
    reject("ftp", u"ftp://api-ch-gva-2.exoscale.com/v2"_s, Error::Code::InvalidEndpoint);
    reject("file", u"file:///etc/passwd"_s, Error::Code::InvalidEndpoint);
    reject("garbage", u"not a url at all"_s, Error::Code::InvalidEndpoint);
    reject("host only, no scheme", u"api-ch-gva-2.exoscale.com/v2"_s, Error::Code::InvalidEndpoint);
    reject("scheme only", u"https://"_s, Error::Code::InvalidEndpoint);
    reject("empty", QString(), Error::Code::InvalidEndpoint);
    reject("blank", u"   "_s, Error::Code::InvalidEndpoint);
    reject("query string", u"https://api-ch-gva-2.exoscale.com/v2?debug=1"_s,
        Error::Code::InvalidEndpoint);
    reject("fragment", u"https://api-ch-gva-2.exoscale.com/v2#x"_s, Error::Code::InvalidEndpoint);
    reject("user info", u"https://user:pass@api-ch-gva-2.exoscale.com/v2"_s,
        Error::Code::InvalidEndpoint);
}

void TestEndpoint::fromUrl()
{
    QFETCH(QString, text);
    QFETCH(Error::Code, code);
    QFETCH(QString, expected);

    const auto endpoint = Endpoint::fromUrl(text);
    if (code == Error::Code::None) {
        QVERIFY2(endpoint.isOk(), qPrintable(endpoint.error().message()));
        QVERIFY(endpoint->isValid());
        QCOMPARE(endpoint->baseUrl().toString(), expected);
        QVERIFY(endpoint->isCustom());
        QVERIFY(endpoint->zone().isEmpty());
        QVERIFY(!endpoint->displayName().isEmpty());
        QVERIFY(!endpoint->baseUrl().path().endsWith(u'/'));
        // Normalised: reading the normalised form again changes nothing.
        const auto again = Endpoint::fromUrl(endpoint->baseUrl().toString());
        QVERIFY(again.isOk());
        QCOMPARE(again.value(), endpoint.value());
    } else {
        QVERIFY(!endpoint.isOk());
        QCOMPARE(endpoint.error().code(), code);
        QVERIFY(!endpoint.error().message().isEmpty());
    }
}

void TestEndpoint::url_data()
{
    QTest::addColumn<QString>("base"); // a zone, or a URL
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zone, access-key") << u"ch-gva-2"_s << u"/access-key"_s
                                      << u"https://api-ch-gva-2.exoscale.com/v2/access-key"_s;
    QTest::newRow("zone, one key")
        << u"de-fra-1"_s << u"/access-key/EXO29147e9f89102b7ac1e88514"_s
        << u"https://api-de-fra-1.exoscale.com/v2/access-key/EXO29147e9f89102b7ac1e88514"_s;
    QTest::newRow("zone, operation")
        << u"at-vie-1"_s << u"/operation/a02baf5a-a3e4-49a0-857b-8a08d276c1c0"_s
        << u"https://api-at-vie-1.exoscale.com/v2/operation/a02baf5a-a3e4-49a0-857b-8a08d276c1c0"_s;
    QTest::newRow("sandbox") << u"http://127.0.0.1:8080"_s << u"/access-key"_s
                             << u"http://127.0.0.1:8080/v2/access-key"_s;
    QTest::newRow("custom path")
        << u"https://proxy.example.com/exoscale/v2/"_s << u"/access-key-known-operations"_s
        << u"https://proxy.example.com/exoscale/v2/access-key-known-operations"_s;
    QTest::newRow("escaped path") << u"ch-gva-2"_s << u"/dns-domain/a%20b"_s
                                  << u"https://api-ch-gva-2.exoscale.com/v2/dns-domain/a%20b"_s;
}

void TestEndpoint::url()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);

    const auto endpoint = base.contains(u':') ? Endpoint::fromUrl(base) : Endpoint::forZone(base);
    QVERIFY(endpoint.isOk());
    const QUrl url = endpoint->url(path);
    QVERIFY(url.isValid());
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    QVERIFY(!url.hasQuery());
    // The base URL is left as it was.
    QVERIFY(endpoint->baseUrl().path().endsWith(u"/v2"));
}

void TestEndpoint::loopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LocalHost") << u"LocalHost"_s << true;
    QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
    QTest::newRow("127.255.255.254") << u"127.255.255.254"_s << true;
    QTest::newRow("::1") << u"::1"_s << true;
    QTest::newRow("0.0.0.0") << u"0.0.0.0"_s << false;
    QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
    QTest::newRow("::") << u"::"_s << false;
    QTest::newRow("example.com") << u"example.com"_s << false;
    QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEndpoint::loopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Endpoint::isLoopbackHost(host), loopback);
}

void TestEndpoint::defaultIsInvalid()
{
    const Endpoint endpoint;
    QVERIFY(!endpoint.isValid());
    QVERIFY(endpoint.isCustom());
}

void TestEndpoint::exoscaleHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("exoscale");

    QTest::newRow("zone API") << u"api-ch-gva-2.exoscale.com"_s << true;
    QTest::newRow("other environment") << u"ppapi-ch-dk-2.exoscale.com"_s << true;
    QTest::newRow("upper case") << u"API-CH-GVA-2.Exoscale.COM"_s << true;
    QTest::newRow("the bare domain") << u"exoscale.com"_s << false;
    QTest::newRow("suffix without a dot") << u"notexoscale.com"_s << false;
    QTest::newRow("exoscale.com as a label") << u"api.exoscale.com.example.net"_s << false;
    QTest::newRow("other TLD") << u"api.exoscale.ch"_s << false;
    // A Cyrillic о in place of the o: its ASCII form is xn--…, not exoscale.com.
    QTest::newRow("look-alike letter") << u"api.ex\u043Escale.com"_s << false;
    QTest::newRow("loopback") << u"127.0.0.1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestEndpoint::exoscaleHost()
{
    QFETCH(QString, host);
    QFETCH(bool, exoscale);
    QCOMPARE(Endpoint::isExoscaleHost(host), exoscale);
}

void TestEndpoint::hostConfirmation_data()
{
    QTest::addColumn<QString>("url"); // empty: a zone's endpoint
    QTest::addColumn<bool>("confirm");

    QTest::newRow("zone") << QString() << false;
    QTest::newRow("Exoscale host") << u"https://api-de-fra-1.exoscale.com/v2"_s << false;
    QTest::newRow("loopback http") << u"http://127.0.0.1:8080"_s << false;
    QTest::newRow("localhost https") << u"https://localhost:8443/v2"_s << false;
    QTest::newRow("IPv6 loopback") << u"http://[::1]:8080"_s << false;
    QTest::newRow("another host") << u"https://proxy.example.net/v2"_s << true;
    QTest::newRow("look-alike") << u"https://api-ch-gva-2.exoscale.com.example.net"_s << true;
    QTest::newRow("private address") << u"https://10.0.0.1/v2"_s << true;
}

void TestEndpoint::hostConfirmation()
{
    QFETCH(QString, url);
    QFETCH(bool, confirm);
    const Result<Endpoint> endpoint
        = url.isEmpty() ? Endpoint::forZone(u"ch-gva-2"_s) : Endpoint::fromUrl(url);
    QVERIFY2(endpoint.isOk(), qPrintable(endpoint.error().message()));
    QCOMPARE(endpoint->needsHostConfirmation(), confirm);
    const QString warning = endpoint->hostWarning();
    // The warning names the host and says what is at stake.
    QVERIFY2(warning.contains(endpoint->baseUrl().host()), qPrintable(warning));
    QVERIFY2(warning.contains(u"10 minute"_s), qPrintable(warning));
}

QTEST_GUILESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
