// SPDX-License-Identifier: GPL-3.0-or-later
#include "accounts/ExoConfig.h"

#include <QDir>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <type_traits>

using namespace Keyport;
using namespace Qt::StringLiterals;

class TestExoConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realisticFile();
    void caseInsensitiveKeys();
    void keySpellings_data();
    void keySpellings();
    void defaults();
    void emptyFiles_data();
    void emptyFiles();
    void secretAndCommand();
    void endpointNormalised();
    void malformed_data();
    void malformed();
    void noSecretInErrors_data();
    void noSecretInErrors();
    void invalidUtf8_data();
    void invalidUtf8();
    void tomlUnsafeCharacters_data();
    void tomlUnsafeCharacters();
    void unicodeTextKept();
    void candidatePaths_data();
    void candidatePaths();
    void locate_data();
    void locate();
    void load();
    void loadSyntaxErrorNamesPath();
    void loadMissingFile();
    void loadDirectory();
};

// The entry carries a Secret: it must never be copied by accident.
static_assert(!std::is_copy_constructible_v<ExoConfigAccount>);
static_assert(std::is_move_constructible_v<ExoConfigAccount>);

namespace {

const QString fileName = u"exoscale.toml"_s;

// Obviously fake credentials: nothing here ever reached Exoscale.
const QByteArray realisticFile = R"(# Written by exo config add
defaultAccount = "prod"

[[accounts]]
name = "prod"
key = "EXOfeed00000000000000000001"
secret = "fake-secret-prod"
defaultZone = "de-fra-1"
endpoint = "https://api-de-fra-1.exoscale.com/v2"
clientTimeout = 20

[[accounts]]
name = "staging"
key = "EXOfeed00000000000000000002"
secretCommand = ["pass", "show", "exoscale"]
defaultZone = "ch-dk-2"
environment = "ppapi"
)";

QProcessEnvironment environment(const QStringList &variables)
{
    QProcessEnvironment env;
    for (const QString &variable : variables) {
        const qsizetype equals = variable.indexOf(u'=');
        env.insert(variable.left(equals), variable.mid(equals + 1));
    }
    return env;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

} // namespace

void TestExoConfig::realisticFile()
{
    const Result<ExoConfig> result = ExoConfig::parse(::realisticFile, fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    const ExoConfig &config = result.value();

    QCOMPARE(config.defaultAccount, u"prod"_s);
    QCOMPARE(config.accounts.size(), size_t(2));

    const ExoConfigAccount &prod = config.accounts.at(0);
    QCOMPARE(prod.account.name, u"prod"_s);
    QCOMPARE(prod.account.apiKey, u"EXOfeed00000000000000000001"_s);
    QCOMPARE(prod.secret.utf8(), QByteArray("fake-secret-prod"));
    QVERIFY(prod.secretCommand.isEmpty());
    QCOMPARE(prod.account.zone, u"de-fra-1"_s);
    QCOMPARE(prod.account.customEndpoint, u"https://api-de-fra-1.exoscale.com/v2"_s);
    QCOMPARE(prod.account.environment, u"api"_s);
    QCOMPARE(prod.account.origin, Account::Origin::Saved);
    QVERIFY(prod.isDefault);
    QVERIFY(prod.account.endpoint()->isCustom());

    const ExoConfigAccount &staging = config.accounts.at(1);
    QCOMPARE(staging.account.name, u"staging"_s);
    QCOMPARE(staging.account.apiKey, u"EXOfeed00000000000000000002"_s);
    QVERIFY(staging.secret.isEmpty());
    QCOMPARE(staging.secretCommand, (QStringList{u"pass"_s, u"show"_s, u"exoscale"_s}));
    QCOMPARE(staging.account.zone, u"ch-dk-2"_s);
    QCOMPARE(staging.account.environment, u"ppapi"_s);
    QVERIFY(staging.account.customEndpoint.isEmpty());
    QCOMPARE(
        staging.account.endpoint()->baseUrl(), QUrl(u"https://ppapi-ch-dk-2.exoscale.com/v2"_s));
    QCOMPARE(staging.account.origin, Account::Origin::Saved);
    QVERIFY(!staging.isDefault);

    QCOMPARE(config.account(u"staging"_s), &config.accounts.at(1));
    QCOMPARE(config.account(u"prod"_s), &config.accounts.at(0));
    QCOMPARE(config.account(u"Prod"_s), nullptr);
}

void TestExoConfig::caseInsensitiveKeys()
{
    const QByteArray toml = R"(DEFAULTACCOUNT = "second"
[[ACCOUNTS]]
NAME = "first"
Key = "EXOfeed00000000000000000011"
SECRET = "fake-secret-1"
defaultzone = "at-vie-1"
ClientTimeout = 5
[[ACCOUNTS]]
name = "second"
KEY = "EXOfeed00000000000000000012"
secretcommand = ["fake-secret-tool", "--print"]
DefaultZone = "bg-sof-1"
ENDPOINT = "http://localhost:8080"
Environment = "ppapi"
)";
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    const ExoConfig &config = result.value();
    QCOMPARE(config.defaultAccount, u"second"_s);
    QCOMPARE(config.accounts.size(), size_t(2));

    const ExoConfigAccount &first = config.accounts.at(0);
    QCOMPARE(first.account.name, u"first"_s);
    QCOMPARE(first.account.apiKey, u"EXOfeed00000000000000000011"_s);
    QCOMPARE(first.secret.utf8(), QByteArray("fake-secret-1"));
    QCOMPARE(first.account.zone, u"at-vie-1"_s);
    QVERIFY(!first.isDefault);

    const ExoConfigAccount &second = config.accounts.at(1);
    QCOMPARE(second.account.name, u"second"_s);
    QCOMPARE(second.account.apiKey, u"EXOfeed00000000000000000012"_s);
    QCOMPARE(second.secretCommand, (QStringList{u"fake-secret-tool"_s, u"--print"_s}));
    QCOMPARE(second.account.zone, u"bg-sof-1"_s);
    QCOMPARE(second.account.environment, u"ppapi"_s);
    QCOMPARE(second.account.customEndpoint, u"http://localhost:8080/v2"_s);
    QVERIFY(second.isDefault);
}

void TestExoConfig::keySpellings_data()
{
    QTest::addColumn<QString>("defaultKey");
    QTest::addColumn<QString>("commandKey");

    QTest::newRow("camelCase") << u"defaultAccount"_s << u"secretCommand"_s;
    QTest::newRow("lower case") << u"defaultaccount"_s << u"secretcommand"_s;
    QTest::newRow("upper case") << u"DEFAULTACCOUNT"_s << u"SECRETCOMMAND"_s;
    QTest::newRow("mixed") << u"DefaultAccount"_s << u"SecretCommand"_s;
}

void TestExoConfig::keySpellings()
{
    QFETCH(QString, defaultKey);
    QFETCH(QString, commandKey);
    const QString toml = uR"(%1 = "prod"
[[accounts]]
name = "prod"
key = "EXOfeed00000000000000000013"
%2 = ["pass", "show", "exoscale"]
)"_s.arg(defaultKey, commandKey);

    const Result<ExoConfig> result = ExoConfig::parse(toml.toUtf8(), fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QCOMPARE(result->defaultAccount, u"prod"_s);
    QVERIFY(result->accounts.front().isDefault);
    QCOMPARE(
        result->accounts.front().secretCommand, (QStringList{u"pass"_s, u"show"_s, u"exoscale"_s}));
}

void TestExoConfig::defaults()
{
    const QByteArray toml = R"([[accounts]]
name = "minimal"
key = "EXOfeed00000000000000000014"
)";
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    const ExoConfig &config = result.value();
    QVERIFY(config.defaultAccount.isEmpty());
    QCOMPARE(config.accounts.size(), size_t(1));
    const ExoConfigAccount &entry = config.accounts.front();
    QCOMPARE(entry.account.zone, u"ch-gva-2"_s);
    QCOMPARE(entry.account.environment, u"api"_s);
    QVERIFY(entry.account.customEndpoint.isEmpty());
    QVERIFY(entry.secret.isEmpty());
    QVERIFY(entry.secretCommand.isEmpty());
    QVERIFY(!entry.isDefault);
    QCOMPARE(entry.account.origin, Account::Origin::Saved);
    QCOMPARE(entry.account.endpoint()->baseUrl(), QUrl(u"https://api-ch-gva-2.exoscale.com/v2"_s));
}

void TestExoConfig::emptyFiles_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<QString>("defaultAccount");

    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("comment only") << QByteArray("# nothing yet\n") << QString();
    QTest::newRow("empty accounts list") << QByteArray("accounts = []\n") << QString();
    // A default naming no account is not an error: there is simply no default to import.
    QTest::newRow("dangling default") << QByteArray("defaultAccount = \"gone\"\n") << u"gone"_s;
}

void TestExoConfig::emptyFiles()
{
    QFETCH(QByteArray, toml);
    QFETCH(QString, defaultAccount);
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QVERIFY(result->accounts.empty());
    QCOMPARE(result->defaultAccount, defaultAccount);
}

void TestExoConfig::secretAndCommand()
{
    const QByteArray toml = R"([[accounts]]
name = "both"
key = "EXOfeed00000000000000000015"
secret = "fake-secret-both"
secretCommand = ["pass", "show", "exoscale"]
)";
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    const ExoConfigAccount &entry = result->accounts.front();
    QCOMPARE(entry.secret.utf8(), QByteArray("fake-secret-both"));
    QCOMPARE(entry.secretCommand, (QStringList{u"pass"_s, u"show"_s, u"exoscale"_s}));
}

void TestExoConfig::endpointNormalised()
{
    const QByteArray toml = R"([[accounts]]
name = "sandbox"
key = "EXOfeed00000000000000000016"
endpoint = "http://127.0.0.1:8080/"
)";
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QCOMPARE(result->accounts.front().account.customEndpoint, u"http://127.0.0.1:8080/v2"_s);
}

void TestExoConfig::malformed_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QStringList>("expected");

    const auto invalid = Error::Code::InvalidInput;

    // Syntax errors: the line (and column) as the file has it, counting from 1.
    QTest::newRow("unclosed string")
        << QByteArray("defaultAccount = \"prod\"\n\n[[accounts]]\nname = \"prod\nkey = \"EXO\"\n")
        << invalid << QStringList{u"exoscale.toml, line 4, column "_s};
    QTest::newRow("missing ]") << QByteArray("# first\n\n[[accounts]\nname = \"prod\"\n") << invalid
                               << QStringList{u"exoscale.toml, line 3, column "_s};
    QTest::newRow("duplicate key")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n\nkey "
                      "= \"EXOfeed0000000000000000000b\"\n")
        << invalid << QStringList{u"exoscale.toml, line 5, column 7:"_s, u"key"_s};
    QTest::newRow("invalid UTF-8")
        << QByteArray("\n\nx = \"a\xff\"\n") << invalid
        << QStringList{u"exoscale.toml, line 3, column 7:"_s, u"byte offset 8"_s};
    QTest::newRow("value without quotes") << QByteArray("[[accounts]]\nname = prod\n") << invalid
                                          << QStringList{u"exoscale.toml, line 2, column 8:"_s};

    // Case-insensitive keys make two spellings one key.
    QTest::newRow("duplicate key, other case")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\nKEY = "
                      "\"EXOfeed0000000000000000000b\"\n")
        << invalid << QStringList{u"line 4"_s, u"\"key\" and \"KEY\""_s, u"case-insensitive"_s};
    QTest::newRow("accounts in two cases")
        << QByteArray("[[accounts]]\nname = \"a\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "[[Accounts]]\nname = \"b\"\nkey = \"EXOfeed0000000000000000000b\"\n")
        << invalid << QStringList{u"line 4"_s, u"\"accounts\" and \"Accounts\""_s};

    // Wrong shapes and types: the account (by name or position) and the field.
    QTest::newRow("accounts not an array")
        << QByteArray("\naccounts = 5\n") << invalid << QStringList{u"line 2"_s, u"\"accounts\""_s};
    QTest::newRow("accounts a table") << QByteArray("[accounts]\nname = \"prod\"\n") << invalid
                                      << QStringList{u"\"accounts\""_s, u"[[accounts]]"_s};
    QTest::newRow("accounts not tables")
        << QByteArray("accounts = [\"prod\"]\n") << invalid << QStringList{u"\"accounts\""_s};
    QTest::newRow("defaultAccount not a string") << QByteArray(
        "defaultAccount = 1\n") << invalid << QStringList{u"line 1"_s, u"\"defaultAccount\""_s};
    QTest::newRow("account without name") << QByteArray(
        "[[accounts]]\nname = \"a\"\nkey = \"EXOfeed0000000000000000000a\"\n[[accounts]]\nkey = "
        "\"EXOfeed0000000000000000000b\"\n")
                                          << invalid
                                          << QStringList{u"account number 2"_s, u"no name"_s};
    QTest::newRow("empty name") << QByteArray(
        "[[accounts]]\nname = \"\"\nkey = \"EXOfeed0000000000000000000a\"\n")
                                << invalid << QStringList{u"account number 1"_s, u"no name"_s};
    QTest::newRow("name not a string")
        << QByteArray("[[accounts]]\nname = 7\nkey = \"EXOfeed0000000000000000000a\"\n") << invalid
        << QStringList{u"line 2"_s, u"account number 1"_s, u"text string"_s};
    QTest::newRow("account without key") << QByteArray("[[accounts]]\nname = \"prod\"\n") << invalid
                                         << QStringList{u"\"prod\""_s, u"API key"_s};
    QTest::newRow("empty key") << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"\"\n")
                               << invalid << QStringList{u"\"prod\""_s, u"API key"_s};
    QTest::newRow("key not a string")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = 5\n") << invalid
        << QStringList{u"line 3"_s, u"\"prod\""_s, u"\"key\""_s, u"text string"_s};
    QTest::newRow("secret not a string") << QByteArray(
        "[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\nSecret = [\"x\"]\n")
                                         << invalid
                                         << QStringList{
                                                u"\"prod\""_s, u"\"Secret\""_s, u"text string"_s};
    QTest::newRow("zone not a string") << QByteArray(
        "[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\ndefaultZone = 2\n")
                                       << invalid
                                       << QStringList{u"\"prod\""_s, u"\"defaultZone\""_s};
    QTest::newRow("secretCommand a string")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "secretCommand = \"pass show exoscale\"\n")
        << invalid << QStringList{u"line 4"_s, u"\"prod\""_s, u"\"secretCommand\""_s};
    QTest::newRow("secretCommand mixed list")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "secretcommand = [\"pass\", 3]\n")
        << invalid << QStringList{u"\"prod\""_s, u"\"secretcommand\""_s, u"list"_s};
    QTest::newRow("secretCommand empty") << QByteArray(
        "[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\nsecretCommand = "
        "[]\n") << invalid << QStringList{u"\"prod\""_s, u"\"secretCommand\""_s, u"program"_s};

    // Values Keyport cannot use.
    QTest::newRow("invalid name") << QByteArray(
        "[[accounts]]\nname = \"a/b\"\nkey = \"EXOfeed0000000000000000000a\"\n")
                                  << invalid << QStringList{u"\"a/b\""_s, u"slash"_s};
    QTest::newRow("duplicate names")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000b\"\n")
        << invalid << QStringList{u"line 4"_s, u"already"_s, u"\"prod\""_s};
    QTest::newRow("http endpoint on a public host")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "endpoint = \"http://api.example.com/v2\"\n")
        << Error::Code::InsecureEndpoint
        << QStringList{u"line 4"_s, u"\"prod\""_s, u"http://api.example.com/v2"_s};
    // Key ids: EXO and 24 hexadecimal digits, and never a line break for an HTTP header.
    QTest::newRow("key not a key id")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXO1\"\n") << invalid
        << QStringList{u"line 3"_s, u"\"prod\""_s, u"24 hexadecimal digits"_s};
    QTest::newRow("key with CR LF")
        << QByteArray("[[accounts]]\nname = \"prod\"\n"
                      "key = \"EXOfeed0000000000000000000a\\r\\nX-Injected: 1\"\n")
        << invalid << QStringList{u"line 3"_s, u"\"prod\""_s, u"(\"key\")"_s};
    // The signature does not cover the host: one that is not Exoscale's needs a person's
    // confirmation, which an import cannot ask for.
    QTest::newRow("endpoint on another host")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "endpoint = \"https://proxy.example.net/v2\"\n")
        << Error::Code::InvalidEndpoint
        << QStringList{u"line 4"_s, u"\"prod\""_s, u"proxy.example.net"_s, u"Add Account"_s};
    QTest::newRow("endpoint on a look-alike host")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "endpoint = \"https://api-ch-gva-2.exoscale.com.example.net\"\n")
        << Error::Code::InvalidEndpoint << QStringList{u"line 4"_s, u"\"prod\""_s};
    QTest::newRow("endpoint not a URL")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = "
                      "\"EXOfeed0000000000000000000a\"\nendpoint = \"api\"\n")
        << Error::Code::InvalidEndpoint << QStringList{u"\"prod\""_s, u"API address"_s};
    QTest::newRow("invalid zone") << QByteArray(
        "[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\ndefaultZone = \"CH "
        "GVA\"\n") << Error::Code::InvalidEndpoint
                                  << QStringList{u"line 4"_s, u"\"prod\""_s, u"CH GVA"_s};
    QTest::newRow("invalid environment")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = "
                      "\"EXOfeed0000000000000000000a\"\nenvironment = \"a b\"\n")
        << Error::Code::InvalidEndpoint << QStringList{u"\"prod\""_s, u"a b"_s};
}

void TestExoConfig::malformed()
{
    QFETCH(QByteArray, toml);
    QFETCH(Error::Code, code);
    QFETCH(QStringList, expected);

    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY(!result.isOk());
    const Error error = result.error();
    QCOMPARE(error.code(), code);
    const QString message = error.message();
    QVERIFY2(message.startsWith(fileName), qPrintable(message));
    for (const QString &text : std::as_const(expected))
        QVERIFY2(message.contains(text), qPrintable(u"%1 not in: %2"_s.arg(text, message)));
    QVERIFY2(!message.contains(u"X-Injected"_s), qPrintable(message));
}

void TestExoConfig::noSecretInErrors_data()
{
    QTest::addColumn<QByteArray>("toml");

    QTest::newRow("type error after the secret")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "secret = \"fake-secret-do-not-show\"\ndefaultZone = 1\n");
    QTest::newRow("unquoted secret")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "secret = fake-secret-do-not-show\n");
    QTest::newRow("unclosed secret")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "secret = \"fake-secret-do-not-show\n");
    QTest::newRow("secret twice") << QByteArray(
        "[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
        "secret = \"fake-secret-do-not-show\"\nSECRET = \"fake-secret-do-not-show\"\n");
    QTest::newRow("bad endpoint after the secret")
        << QByteArray("[[accounts]]\nname = \"prod\"\nkey = \"EXOfeed0000000000000000000a\"\n"
                      "secret = \"fake-secret-do-not-show\"\nendpoint = \"http://example.com\"\n");
}

void TestExoConfig::noSecretInErrors()
{
    QFETCH(QByteArray, toml);
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY(!result.isOk());
    const Error error = result.error();
    QVERIFY(!error.message().isEmpty());
    QVERIFY2(!error.message().contains(u"do-not-show"_s), qPrintable(error.message()));
    QVERIFY(!error.detail().contains(u"do-not-show"_s));
}

void TestExoConfig::invalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("atEnd");

    QTest::newRow("overlong slash") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("overlong three bytes") << QByteArray("\xE0\x80\xAF") << false;
    QTest::newRow("overlong four bytes") << QByteArray("\xF0\x80\x80\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
    QTest::newRow("low surrogate") << QByteArray("\xED\xBF\xBF") << false;
    QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xE3\x81") << false;
    QTest::newRow("truncated at the end of the file") << QByteArray("\xF0\x9F\x94") << true;
    QTest::newRow("lone continuation byte") << QByteArray("\x80") << false;
    QTest::newRow("FF") << QByteArray("\xFF") << false;
}

void TestExoConfig::invalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, atEnd);

    // In the account's name, after ten characters (é is two bytes, one column).
    const QByteArray before = "[[accounts]]\nname = \"\xC3\xA9"
                              "a";
    QByteArray toml = before + bytes;
    if (!atEnd)
        toml += "\"\nkey = \"EXOfeed0000000000000000000a\"\n";
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::InvalidInput);
    const QString message = result.error().message();
    QVERIFY2(message.startsWith(u"exoscale.toml, line 2, column 11: "_s), qPrintable(message));
    QVERIFY2(message.contains(u"not valid UTF-8"_s), qPrintable(message));
    QVERIFY2(message.contains(u"byte offset %1"_s.arg(before.size())), qPrintable(message));
}

void TestExoConfig::tomlUnsafeCharacters_data()
{
    QTest::addColumn<QByteArray>("toml");
    QTest::addColumn<int>("line");

    // toml++ 3.3 classifies these code points as whitespace or not by reaching
    // __builtin_unreachable() (undefined behaviour) wherever the parser asks: here they must
    // give a plain syntax error. EF BB BD is U+FEFD.
    QTest::newRow("EF BB BD 03") << QByteArray("\xEF\xBB\xBD\x03") << 1;
    QTest::newRow("U+FEFD after a key") << QByteArray("# x\nk = 1\xEF\xBB\xBD\n") << 2;
    QTest::newRow("e acute at the top") << QByteArray("\n\xC3\xA9\n") << 2;
    QTest::newRow("Cyrillic as a value") << QByteArray("k = \xD0\x96\n") << 1;
    QTest::newRow("Hiragana in a table header") << QByteArray("[\xE3\x81\x82]\n") << 1;
    QTest::newRow("escaped e acute in a multi-line string")
        << QByteArray("k = \"\"\"a\\\xC3\xA9\"\"\"\n") << 1;
}

void TestExoConfig::tomlUnsafeCharacters()
{
    QFETCH(QByteArray, toml);
    QFETCH(int, line);
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::InvalidInput);
    const QString message = result.error().message();
    QVERIFY2(
        message.startsWith(u"exoscale.toml, line %1, column "_s.arg(line)), qPrintable(message));
    // What the parser quotes is the file's own character, not a stand-in for it.
    const QList<uint> points = message.toUcs4();
    QVERIFY2(std::none_of(points.cbegin(), points.cend(),
                 [](uint point) { return point >= 0xF0000 && point <= 0xFFFFF; }),
        qPrintable(message));
}

void TestExoConfig::unicodeTextKept()
{
    // Valid TOML that toml++ 3.3 alone would run into undefined behaviour on: é as the first
    // character after a line-ending backslash in a multi-line string. Names and secrets with
    // accented, Cyrillic, Japanese and Arabic presentation-form letters come back unchanged.
    const QString name = u"Z\u00FCrich \u041F\u0440\u043E\u0434 \u3042 \uFE70"_s;
    const QByteArray toml = "defaultAccount = \"" + name.toUtf8() + "\"\n[[accounts]]\nname = \""
        + name.toUtf8()
        + "\"\nkey = \"EXOfeed0000000000000000000a\"\n"
          "secret = \"\"\"fake-\\\n    \xC3\xA9lan-\xD0\x96\"\"\"\n";
    const Result<ExoConfig> result = ExoConfig::parse(toml, fileName);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    const ExoConfig &config = result.value();
    QCOMPARE(config.defaultAccount, name);
    QCOMPARE(config.accounts.size(), size_t(1));
    QCOMPARE(config.accounts.at(0).account.name, name);
    QVERIFY(config.accounts.at(0).isDefault);
    QCOMPARE(config.accounts.at(0).secret.utf8(), QByteArray("fake-\xC3\xA9lan-\xD0\x96"));

    // Characters of the range Keyport uses as stand-ins are refused, not mixed up.
    const Result<ExoConfig> refused
        = ExoConfig::parse("# \xF3\xB0\x80\x80\n[[accounts]]\n", fileName);
    QVERIFY(!refused.isOk());
    QVERIFY2(refused.error().message().startsWith(fileName), qPrintable(refused.error().message()));
}

void TestExoConfig::candidatePaths_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("EXOSCALE_CONFIG wins") << QStringList{
        u"EXOSCALE_CONFIG=/etc/keyport-test/exo.toml"_s, u"HOME=/home/ada"_s,
        u"XDG_CONFIG_HOME=/xdg"_s} << QStringList{u"/etc/keyport-test/exo.toml"_s};
    QTest::newRow("EXOSCALE_CONFIG empty")
        << QStringList{u"EXOSCALE_CONFIG="_s, u"HOME=/home/ada"_s}
        << QStringList{u"/home/ada/.config/exoscale/exoscale.toml"_s,
               u"/home/ada/.exoscale/exoscale.toml"_s};
    QTest::newRow("XDG_CONFIG_HOME")
        << QStringList{u"HOME=/home/ada"_s, u"XDG_CONFIG_HOME=/xdg/config"_s}
        << QStringList{
               u"/xdg/config/exoscale/exoscale.toml"_s, u"/home/ada/.exoscale/exoscale.toml"_s};
    QTest::newRow("HOME fallback") << QStringList{u"HOME=/home/ada"_s}
                                   << QStringList{u"/home/ada/.config/exoscale/exoscale.toml"_s,
                                          u"/home/ada/.exoscale/exoscale.toml"_s};
    QTest::newRow("HOME with trailing slash")
        << QStringList{u"HOME=/home/ada/"_s}
        << QStringList{u"/home/ada/.config/exoscale/exoscale.toml"_s,
               u"/home/ada/.exoscale/exoscale.toml"_s};
    QTest::newRow("relative XDG_CONFIG_HOME ignored")
        << QStringList{u"HOME=/home/ada"_s, u"XDG_CONFIG_HOME=config"_s}
        << QStringList{u"/home/ada/.config/exoscale/exoscale.toml"_s,
               u"/home/ada/.exoscale/exoscale.toml"_s};
    QTest::newRow("XDG_CONFIG_HOME without HOME")
        << QStringList{u"XDG_CONFIG_HOME=/xdg"_s} << QStringList{u"/xdg/exoscale/exoscale.toml"_s};
    QTest::newRow("nothing") << QStringList{} << QStringList{};
}

void TestExoConfig::candidatePaths()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, expected);
    QCOMPARE(ExoConfig::candidatePaths(environment(variables)), expected);
}

void TestExoConfig::locate_data()
{
    QTest::addColumn<QStringList>("variables"); // "@" stands for the temporary directory
    QTest::addColumn<QStringList>("files"); // relative to the temporary directory
    QTest::addColumn<QStringList>("folders");
    QTest::addColumn<QString>("expected"); // relative; empty for none

    const QString xdg = u"xdg/exoscale/exoscale.toml"_s;
    const QString homeConfig = u"home/.config/exoscale/exoscale.toml"_s;
    const QString dot = u"home/.exoscale/exoscale.toml"_s;

    QTest::newRow("XDG first") << QStringList{u"HOME=@/home"_s, u"XDG_CONFIG_HOME=@/xdg"_s}
                               << QStringList{xdg, dot} << QStringList{} << xdg;
    QTest::newRow("dot fallback") << QStringList{u"HOME=@/home"_s, u"XDG_CONFIG_HOME=@/xdg"_s}
                                  << QStringList{dot} << QStringList{} << dot;
    QTest::newRow("HOME .config") << QStringList{u"HOME=@/home"_s} << QStringList{homeConfig, dot}
                                  << QStringList{} << homeConfig;
    QTest::newRow("folder skipped") << QStringList{u"HOME=@/home"_s, u"XDG_CONFIG_HOME=@/xdg"_s}
                                    << QStringList{dot} << QStringList{xdg} << dot;
    QTest::newRow("none") << QStringList{u"HOME=@/home"_s, u"XDG_CONFIG_HOME=@/xdg"_s}
                          << QStringList{} << QStringList{} << QString();
    QTest::newRow("EXOSCALE_CONFIG exists")
        << QStringList{u"EXOSCALE_CONFIG=@/elsewhere.toml"_s, u"HOME=@/home"_s}
        << QStringList{u"elsewhere.toml"_s, dot} << QStringList{} << u"elsewhere.toml"_s;
    // Only EXOSCALE_CONFIG is looked at when it is set, as in the exo CLI.
    QTest::newRow("EXOSCALE_CONFIG missing")
        << QStringList{u"EXOSCALE_CONFIG=@/elsewhere.toml"_s, u"HOME=@/home"_s} << QStringList{dot}
        << QStringList{} << QString();
}

void TestExoConfig::locate()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, files);
    QFETCH(QStringList, folders);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &file : std::as_const(files))
        QVERIFY(writeFile(dir.filePath(file), "# empty\n"));
    for (const QString &folder : std::as_const(folders))
        QVERIFY(QDir().mkpath(dir.filePath(folder)));
    for (QString &variable : variables)
        variable.replace(u'@', dir.path());

    const QString found = ExoConfig::locate(environment(variables));
    QCOMPARE(found, expected.isEmpty() ? QString() : dir.filePath(expected));
}

void TestExoConfig::load()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"exoscale/exoscale.toml"_s);
    QVERIFY(writeFile(path, ::realisticFile));

    const Result<ExoConfig> result = ExoConfig::load(path);
    QVERIFY2(result.isOk(), qPrintable(result.error().message()));
    QCOMPARE(result->accounts.size(), size_t(2));
    QCOMPARE(result->accounts.at(0).secret.utf8(), QByteArray("fake-secret-prod"));
    QCOMPARE(result->accounts.at(1).account.name, u"staging"_s);
}

void TestExoConfig::loadSyntaxErrorNamesPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"exoscale.toml"_s);
    QVERIFY(writeFile(path, "defaultAccount = \"prod\"\n[[accounts]\n"));

    const Result<ExoConfig> result = ExoConfig::load(path);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::InvalidInput);
    const QString message = result.error().message();
    QVERIFY2(message.startsWith(QDir::toNativeSeparators(path) + u", line 2, column "_s),
        qPrintable(message));
}

void TestExoConfig::loadMissingFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"no-such/exoscale.toml"_s);

    const Result<ExoConfig> result = ExoConfig::load(path);
    QVERIFY(!result.isOk());
    QCOMPARE(result.error().code(), Error::Code::InvalidInput);
    const QString message = result.error().message();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QVERIFY2(message.contains(u"does not exist"_s), qPrintable(message));
}

void TestExoConfig::loadDirectory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<ExoConfig> result = ExoConfig::load(dir.path());
    QVERIFY(!result.isOk());
    QVERIFY2(result.error().message().contains(QDir::toNativeSeparators(dir.path())),
        qPrintable(result.error().message()));
}

QTEST_GUILESS_MAIN(TestExoConfig)
#include "tst_exoconfig.moc"
