// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AccessKeyResource.h"

#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestAccessKeyResource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void toStringRoundTrip_data();
    void toStringRoundTrip();
    void validate_data();
    void validate();
    void bucketName_data();
    void bucketName();
    void knownDomains();
};

void TestAccessKeyResource::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");

    QTest::newRow("bucket") << u"sos/bucket:my-bucket"_s << true << u"sos"_s << u"bucket"_s
                            << u"my-bucket"_s;
    QTest::newRow("product") << u"partner/product:some-product"_s << true << u"partner"_s
                             << u"product"_s << u"some-product"_s;
    QTest::newRow("name with colons")
        << u"partner/product:a:b:c"_s << true << u"partner"_s << u"product"_s << u"a:b:c"_s;
    QTest::newRow("name with a slash")
        << u"sos/bucket:a/b"_s << true << u"sos"_s << u"bucket"_s << u"a/b"_s;
    QTest::newRow("second slash goes to the type")
        << u"sos/bucket/x:n"_s << true << u"sos"_s << u"bucket/x"_s << u"n"_s;
    QTest::newRow("whitespace trimmed")
        << u"  \tsos/bucket:my-bucket \n"_s << true << u"sos"_s << u"bucket"_s << u"my-bucket"_s;
    QTest::newRow("shape only, meaning unchecked")
        << u"s3/thing:X"_s << true << u"s3"_s << u"thing"_s << u"X"_s;

    QTest::newRow("missing colon")
        << u"sos/bucket"_s << false << QString() << QString() << QString();
    QTest::newRow("missing slash")
        << u"sosbucket:my-bucket"_s << false << QString() << QString() << QString();
    QTest::newRow("slash only after the colon")
        << u"sos:bucket/my-bucket"_s << false << QString() << QString() << QString();
    QTest::newRow("empty domain") << u"/bucket:my-bucket"_s << false << QString() << QString()
                                  << QString();
    QTest::newRow("empty type") << u"sos/:my-bucket"_s << false << QString() << QString()
                                << QString();
    QTest::newRow("empty name") << u"sos/bucket:"_s << false << QString() << QString() << QString();
    QTest::newRow("blank name") << u"sos/bucket:   "_s << false << QString() << QString()
                                << QString();
    QTest::newRow("empty") << QString() << false << QString() << QString() << QString();
    QTest::newRow("blank") << u"   "_s << false << QString() << QString() << QString();
    QTest::newRow("separators only") << u"/:"_s << false << QString() << QString() << QString();
}

void TestAccessKeyResource::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, domain);
    QFETCH(QString, type);
    QFETCH(QString, name);

    const auto resource = AccessKeyResource::parse(text);
    QCOMPARE(resource.isOk(), ok);
    if (ok) {
        QCOMPARE(resource->domain(), domain);
        QCOMPARE(resource->type(), type);
        QCOMPARE(resource->name(), name);
        QVERIFY(!resource.error().isError());
    } else {
        QCOMPARE(resource.error().code(), Error::Code::InvalidInput);
        QVERIFY(!resource.error().message().isEmpty());
    }
}

void TestAccessKeyResource::toStringRoundTrip_data()
{
    QTest::addColumn<AccessKeyResource>("resource");
    QTest::addColumn<QString>("text");

    QTest::newRow("bucket") << AccessKeyResource(u"sos"_s, u"bucket"_s, u"my-bucket"_s)
                            << u"sos/bucket:my-bucket"_s;
    QTest::newRow("colons") << AccessKeyResource(u"partner"_s, u"product"_s, u"a:b:c"_s)
                            << u"partner/product:a:b:c"_s;
    QTest::newRow("slash in name")
        << AccessKeyResource(u"sos"_s, u"bucket"_s, u"x/y"_s) << u"sos/bucket:x/y"_s;
}

void TestAccessKeyResource::toStringRoundTrip()
{
    QFETCH(AccessKeyResource, resource);
    QFETCH(QString, text);

    QCOMPARE(resource.toString(), text);
    const auto parsed = AccessKeyResource::parse(resource.toString());
    QVERIFY(parsed.isOk());
    QCOMPARE(parsed.value(), resource);
    QCOMPARE(parsed->toString(), text);
}

void TestAccessKeyResource::validate_data()
{
    QTest::addColumn<AccessKeyResource>("resource");
    QTest::addColumn<bool>("valid");

    QTest::newRow("sos bucket") << AccessKeyResource(u"sos"_s, u"bucket"_s, u"my-bucket"_s) << true;
    QTest::newRow("partner product")
        << AccessKeyResource(u"partner"_s, u"product"_s, u"some-product"_s) << true;
    QTest::newRow("partner product with colons")
        << AccessKeyResource(u"partner"_s, u"product"_s, u"vendor:plan:pro"_s) << true;
    QTest::newRow("partner product upper case")
        << AccessKeyResource(u"partner"_s, u"product"_s, u"Vendor"_s) << true;

    QTest::newRow("unknown domain")
        << AccessKeyResource(u"s3"_s, u"bucket"_s, u"my-bucket"_s) << false;
    QTest::newRow("domain is case sensitive")
        << AccessKeyResource(u"SOS"_s, u"bucket"_s, u"my-bucket"_s) << false;
    QTest::newRow("sos with product type")
        << AccessKeyResource(u"sos"_s, u"product"_s, u"my-bucket"_s) << false;
    QTest::newRow("partner with bucket type")
        << AccessKeyResource(u"partner"_s, u"bucket"_s, u"some-product"_s) << false;
    QTest::newRow("empty name") << AccessKeyResource(u"sos"_s, u"bucket"_s, QString()) << false;
    QTest::newRow("empty product name")
        << AccessKeyResource(u"partner"_s, u"product"_s, QString()) << false;
    QTest::newRow("invalid bucket name")
        << AccessKeyResource(u"sos"_s, u"bucket"_s, u"My_Bucket"_s) << false;
    QTest::newRow("product name with a space")
        << AccessKeyResource(u"partner"_s, u"product"_s, u"some product"_s) << false;
    QTest::newRow("product name with a control character")
        << AccessKeyResource(u"partner"_s, u"product"_s, u"some\u0001product"_s) << false;
    QTest::newRow("default constructed") << AccessKeyResource() << false;
}

void TestAccessKeyResource::validate()
{
    QFETCH(AccessKeyResource, resource);
    QFETCH(bool, valid);

    const Error error = resource.validate();
    QCOMPARE(!error.isError(), valid);
    if (!valid) {
        QCOMPARE(error.code(), Error::Code::InvalidInput);
        QVERIFY(!error.message().isEmpty());
    }
}

void TestAccessKeyResource::bucketName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");

    QTest::newRow("abc") << u"abc"_s << true;
    QTest::newRow("dot and hyphen") << u"a.b-c"_s << true;
    QTest::newRow("63 characters") << QString(63, u'a') << true;
    QTest::newRow("digits") << u"123"_s << true;
    QTest::newRow("digit first and last") << u"0-bucket-9"_s << true;
    QTest::newRow("not quite an address") << u"192.168.1.1a"_s << true;
    QTest::newRow("five numbers") << u"1.2.3.4.5"_s << true;

    QTest::newRow("2 characters") << u"ab"_s << false;
    QTest::newRow("64 characters") << QString(64, u'a') << false;
    QTest::newRow("upper case") << u"My-bucket"_s << false;
    QTest::newRow("underscore") << u"my_bucket"_s << false;
    QTest::newRow("space") << u"my bucket"_s << false;
    QTest::newRow("non-ASCII letter") << u"bücket"_s << false;
    QTest::newRow("leading dot") << u".bucket"_s << false;
    QTest::newRow("trailing dot") << u"bucket."_s << false;
    QTest::newRow("leading hyphen") << u"-bucket"_s << false;
    QTest::newRow("trailing hyphen") << u"bucket-"_s << false;
    QTest::newRow("IPv4 shape") << u"192.168.1.1"_s << false;
    QTest::newRow("IPv4 shape, out of range") << u"999.999.999.999"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestAccessKeyResource::bucketName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);

    const Error error = AccessKeyResource::validateBucketName(name);
    QCOMPARE(!error.isError(), valid);
    if (!valid) {
        QCOMPARE(error.code(), Error::Code::InvalidInput);
        QVERIFY(!error.message().isEmpty());
    }
    // validate() applies the same rules to SOS buckets.
    QCOMPARE(!AccessKeyResource(u"sos"_s, u"bucket"_s, name).validate().isError(), valid);
}

void TestAccessKeyResource::knownDomains()
{
    const QStringList domains = AccessKeyResource::knownDomains();
    QCOMPARE(domains, (QStringList{u"sos"_s, u"partner"_s}));
    QCOMPARE(AccessKeyResource::typeForDomain(u"sos"_s), u"bucket"_s);
    QCOMPARE(AccessKeyResource::typeForDomain(u"partner"_s), u"product"_s);
    QVERIFY(AccessKeyResource::typeForDomain(u"s3"_s).isEmpty());
    QVERIFY(AccessKeyResource::typeForDomain(QString()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAccessKeyResource)
#include "tst_accesskeyresource.moc"
