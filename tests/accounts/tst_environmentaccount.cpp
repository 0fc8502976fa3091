// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/EnvironmentAccount.h"

#include <QProcessEnvironment>
#include <QTest>

using namespace Keyport;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environment(const QStringList &variables)
{
    QProcessEnvironment env;
    for (const QString &variable : variables) {
        const qsizetype equals = variable.indexOf(u'=');
        env.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return env;
}

// Obviously fake values.
const QString key = u"EXOSCALE_API_KEY=EXOfeed0000000000000000e0e1"_s;
const QString secret = u"EXOSCALE_API_SECRET=fake-secret-env"_s;

} // namespace

class TestEnvironmentAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEnvironment_data();
    void fromEnvironment();
    void selectedAccountName_data();
    void selectedAccountName();
};

void TestEnvironmentAccount::fromEnvironment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<bool>("present");
    QTest::addColumn<Error::Code>("code"); // None for an account
    QTest::addColumn<QString>("expected"); // the base URL, or text in the error message
    QTest::addColumn<QString>("zone");

    const auto none = Error::Code::None;
    const QString gva = u"https://api-ch-gva-2.exoscale.com/v2"_s;

    QTest::newRow("nothing set") << QStringList{} << false << none << QString() << QString();
    QTest::newRow("only unrelated") << QStringList{u"HOME=/home/ada"_s, u"EXOSCALE_ZONE=de-fra-1"_s}
                                    << false << none << QString() << QString();
    QTest::newRow("empty key") << QStringList{u"EXOSCALE_API_KEY="_s, secret} << false << none
                               << QString() << QString();
    QTest::newRow("key and secret")
        << QStringList{key, secret} << true << none << gva << u"ch-gva-2"_s;
    QTest::newRow("empty zone") << QStringList{key, secret, u"EXOSCALE_ZONE="_s} << true << none
                                << gva << u"ch-gva-2"_s;
    QTest::newRow("zone") << QStringList{key, secret, u"EXOSCALE_ZONE=de-fra-1"_s} << true << none
                          << u"https://api-de-fra-1.exoscale.com/v2"_s << u"de-fra-1"_s;
    QTest::newRow("loopback endpoint")
        << QStringList{key, secret, u"EXOSCALE_API_ENDPOINT=http://127.0.0.1:8080"_s} << true
        << none << u"http://127.0.0.1:8080/v2"_s << u"ch-gva-2"_s;
    QTest::newRow("endpoint with /v2/")
        << QStringList{key, secret,
               u"EXOSCALE_API_ENDPOINT=https://api-at-vie-1.exoscale.com/v2/"_s}
        << true << none << u"https://api-at-vie-1.exoscale.com/v2"_s << u"ch-gva-2"_s;
    QTest::newRow("missing secret") << QStringList{key} << true << Error::Code::InvalidInput
                                    << u"EXOSCALE_API_SECRET"_s << QString();
    QTest::newRow("empty secret") << QStringList{key, u"EXOSCALE_API_SECRET="_s} << true
                                  << Error::Code::InvalidInput << u"EXOSCALE_API_SECRET"_s
                                  << QString();
    QTest::newRow("http on a public host")
        << QStringList{key, secret, u"EXOSCALE_API_ENDPOINT=http://example.com"_s} << true
        << Error::Code::InsecureEndpoint << u"EXOSCALE_API_ENDPOINT"_s << QString();
    QTest::newRow("endpoint not a URL")
        << QStringList{key, secret, u"EXOSCALE_API_ENDPOINT=ftp://example.com"_s} << true
        << Error::Code::InvalidEndpoint << u"EXOSCALE_API_ENDPOINT"_s << QString();
    // Key ids are checked before anything else: a line break would become an HTTP header.
    QTest::newRow("key with CR LF")
        << QStringList{u"EXOSCALE_API_KEY=EXOfeed0000000000000000e0e1\r\nX-Injected: 1"_s, secret}
        << true << Error::Code::InvalidInput << u"EXOSCALE_API_KEY"_s << QString();
    QTest::newRow("key with LF only")
        << QStringList{u"EXOSCALE_API_KEY=EXOfeed\nX-Injected: 1"_s, secret} << true
        << Error::Code::InvalidInput << u"EXOSCALE_API_KEY"_s << QString();
    QTest::newRow("key too short") << QStringList{u"EXOSCALE_API_KEY=EXO1234"_s, secret} << true
                                   << Error::Code::InvalidInput << u"24 hexadecimal"_s << QString();
    QTest::newRow("key not hexadecimal")
        << QStringList{u"EXOSCALE_API_KEY=EXOfeed000000000000000000zz"_s, secret} << true
        << Error::Code::InvalidInput << u"EXOSCALE_API_KEY"_s << QString();
    QTest::newRow("key with a comma")
        << QStringList{u"EXOSCALE_API_KEY=EXOfeed0000000000000000e0e1,signature=x"_s, secret}
        << true << Error::Code::InvalidInput << u"EXOSCALE_API_KEY"_s << QString();
    // A host that is not Exoscale's could replay the signed requests: nobody can confirm it
    // here, so it is refused.
    QTest::newRow("endpoint on another host")
        << QStringList{key, secret, u"EXOSCALE_API_ENDPOINT=https://proxy.example.net/v2"_s} << true
        << Error::Code::InvalidEndpoint << u"proxy.example.net"_s << QString();
    QTest::newRow("endpoint on a look-alike host")
        << QStringList{key, secret,
               u"EXOSCALE_API_ENDPOINT=https://api-ch-gva-2.exoscale.com.example.net"_s}
        << true << Error::Code::InvalidEndpoint << u"EXOSCALE_API_ENDPOINT"_s << QString();
    QTest::newRow("endpoint on exoscale.com without a dot")
        << QStringList{key, secret, u"EXOSCALE_API_ENDPOINT=https://notexoscale.com"_s} << true
        << Error::Code::InvalidEndpoint << u"EXOSCALE_API_ENDPOINT"_s << QString();
    QTest::newRow("https on localhost")
        << QStringList{key, secret, u"EXOSCALE_API_ENDPOINT=https://localhost:8443"_s} << true
        << none << u"https://localhost:8443/v2"_s << u"ch-gva-2"_s;
    QTest::newRow("invalid zone") << QStringList{key, secret, u"EXOSCALE_ZONE=Not A Zone"_s} << true
                                  << Error::Code::InvalidEndpoint << u"EXOSCALE_ZONE"_s
                                  << QString();
}

void TestEnvironmentAccount::fromEnvironment()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, present);
    QFETCH(Error::Code, code);
    QFETCH(QString, expected);
    QFETCH(QString, zone);

    const std::optional<Result<EnvironmentCredentials>> result
        = EnvironmentAccount::fromEnvironment(environment(variables));
    QCOMPARE(result.has_value(), present);
    if (!present)
        return;

    if (code != Error::Code::None) {
        QVERIFY(!result->isOk());
        const Error error = result->error();
        QCOMPARE(error.code(), code);
        QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
        // The secret never appears in what people or the log see.
        QVERIFY(!error.message().contains(u"fake-secret-env"_s));
        QVERIFY(!error.detail().contains(u"fake-secret-env"_s));
        // Nor is a bad key id quoted.
        QVERIFY(!error.message().contains(u"X-Injected"_s));
        return;
    }

    QVERIFY2(result->isOk(), qPrintable(result->error().message()));
    const EnvironmentCredentials &credentials = result->value();
    const Account &account = credentials.account;
    QCOMPARE(account.name, u"Environment"_s);
    QCOMPARE(account.name, EnvironmentAccount::accountName());
    QCOMPARE(account.origin, Account::Origin::Environment);
    QVERIFY(!account.isSaved());
    QCOMPARE(account.apiKey, u"EXOfeed0000000000000000e0e1"_s);
    QCOMPARE(account.zone, zone);
    QCOMPARE(credentials.secret.utf8(), QByteArray("fake-secret-env"));
    const Result<Endpoint> endpoint = account.endpoint();
    QVERIFY(endpoint.isOk());
    QCOMPARE(endpoint->baseUrl(), QUrl(expected));
}

void TestEnvironmentAccount::selectedAccountName_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unset") << QStringList{key, secret} << QString();
    QTest::newRow("empty") << QStringList{u"EXOSCALE_ACCOUNT="_s} << QString();
    QTest::newRow("set") << QStringList{u"EXOSCALE_ACCOUNT=staging"_s} << u"staging"_s;
    QTest::newRow("with a space") << QStringList{u"EXOSCALE_ACCOUNT=my account"_s}
                                  << u"my account"_s;
}

void TestEnvironmentAccount::selectedAccountName()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, expected);
    QCOMPARE(EnvironmentAccount::selectedAccountName(environment(variables)), expected);
}

QTEST_GUILESS_MAIN(TestEnvironmentAccount)
#include "tst_environmentaccount.moc"
