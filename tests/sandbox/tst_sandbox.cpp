// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox seen from the wire: signatures it refuses, input it rejects, faults it injects.
#include "SandboxFixture.h"

#include "api/ApiJson.h"
#include "api/RequestSigner.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyport;
using namespace Keyport::Test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_fixture = std::make_unique<SandboxFixture>(); }
    void cleanup() { m_fixture.reset(); }

    void acceptsACorrectSignature()
    {
        const Answer answer
            = send("GET", "/access-key", {}, validAuthorization("GET", "/access-key"));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json.value("access-keys"_L1).isArray());
    }

    void refusesWrongSignatures_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QString>("message");
        const qint64 future = QDateTime::currentSecsSinceEpoch() + 300;
        QTest::newRow("missing") << QByteArray() << u"Missing Authorization header"_s;
        QTest::newRow("other scheme")
            << QByteArray("Bearer abc") << u"Unsupported authorization scheme"_s;
        QTest::newRow("no pragmas")
            << QByteArray("EXO2-HMAC-SHA256 nonsense") << u"Malformed Authorization header"_s;
        QTest::newRow("no signature")
            << ("EXO2-HMAC-SHA256 credential=ROOT,expires=" + QByteArray::number(future))
            << u"Malformed Authorization header"_s;
        QTest::newRow("expires not a number")
            << QByteArray("EXO2-HMAC-SHA256 credential=ROOT,expires=soon,signature=abc=")
            << u"Malformed Authorization header"_s;
        QTest::newRow("unknown credential")
            << ("EXO2-HMAC-SHA256 credential=EXO000000000000000000000000,expires="
                   + QByteArray::number(future) + ",signature=abc=")
            << u"Invalid API key"_s;
        QTest::newRow("wrong signature")
            << ("EXO2-HMAC-SHA256 credential=ROOT,expires=" + QByteArray::number(future)
                   + ",signature=Ntbq/p0HVmA3Zg1HHY+Lq1vjFGi7HeMrrgXDS5jRNlY=")
            << u"Invalid request signature"_s;
    }

    void refusesWrongSignatures()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QString, message);
        authorization.replace("ROOT", sandbox().rootKeyId().toLatin1());
        const Answer answer = send("GET", "/access-key", {}, authorization);
        QCOMPARE(answer.status, 403);
        QCOMPARE(answer.json.value("message"_L1).toString(), message);
    }

    void refusesSignaturesOfSomethingElse_data()
    {
        QTest::addColumn<QByteArray>("signedMethod");
        QTest::addColumn<QByteArray>("signedPath");
        QTest::addColumn<QByteArray>("signedBody");
        QTest::addColumn<int>("expiresOffset");
        QTest::addColumn<bool>("wrongSecret");
        QTest::addColumn<QString>("message");
        const QByteArray body = R"({"name":"x","operations":["ping"]})";
        QTest::newRow("correct") << QByteArray("POST") << QByteArray("/v2/access-key") << body
                                 << 300 << false << QString();
        QTest::newRow("other method") << QByteArray("PUT") << QByteArray("/v2/access-key") << body
                                      << 300 << false << u"Invalid request signature"_s;
        QTest::newRow("other path") << QByteArray("POST") << QByteArray("/v2/access-keys") << body
                                    << 300 << false << u"Invalid request signature"_s;
        QTest::newRow("path without /v2") << QByteArray("POST") << QByteArray("/access-key") << body
                                          << 300 << false << u"Invalid request signature"_s;
        QTest::newRow("other body") << QByteArray("POST") << QByteArray("/v2/access-key")
                                    << QByteArray(R"({"name":"y","operations":["ping"]})") << 300
                                    << false << u"Invalid request signature"_s;
        QTest::newRow("body reformatted") << QByteArray("POST") << QByteArray("/v2/access-key")
                                          << QByteArray(R"({"name": "x", "operations": ["ping"]})")
                                          << 300 << false << u"Invalid request signature"_s;
        QTest::newRow("expired") << QByteArray("POST") << QByteArray("/v2/access-key") << body << -5
                                 << false << u"Request expired"_s;
        QTest::newRow("other secret") << QByteArray("POST") << QByteArray("/v2/access-key") << body
                                      << 300 << true << u"Invalid request signature"_s;
    }

    void refusesSignaturesOfSomethingElse()
    {
        QFETCH(QByteArray, signedMethod);
        QFETCH(QByteArray, signedPath);
        QFETCH(QByteArray, signedBody);
        QFETCH(int, expiresOffset);
        QFETCH(bool, wrongSecret);
        QFETCH(QString, message);
        const QByteArray body = R"({"name":"x","operations":["ping"]})";
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + expiresOffset;
        const QByteArray secret
            = wrongSecret ? QByteArray("another-secret") : sandbox().rootSecret().utf8();
        const QByteArray signature = RequestSigner::signature(
            secret, RequestSigner::message(signedMethod, signedPath, signedBody, {}, expires));
        const QByteArray authorization
            = "EXO2-HMAC-SHA256 credential=" + sandbox().rootKeyId().toLatin1()
            + ",expires=" + QByteArray::number(expires) + ",signature=" + signature;
        const Answer answer = send("POST", "/access-key", body, authorization);
        if (message.isEmpty()) {
            QCOMPARE(answer.status, 200);
            QCOMPARE(answer.json.value("name"_L1).toString(), u"x"_s);
        } else {
            QCOMPARE(answer.status, 403);
            QCOMPARE(answer.json.value("message"_L1).toString(), message);
        }
    }

    void signedQueryArguments()
    {
        const qint64 expires = QDateTime::currentSecsSinceEpoch() + 300;
        const auto authorizationFor
            = [&](const RequestSigner::QueryItems &items, const QByteArray &names) -> QByteArray {
            const QByteArray signature = RequestSigner::signature(sandbox().rootSecret().utf8(),
                RequestSigner::message("GET", "/v2/access-key", {}, items, expires));
            return "EXO2-HMAC-SHA256 credential=" + sandbox().rootKeyId().toLatin1()
                + ",signed-query-args=" + names + ",expires=" + QByteArray::number(expires)
                + ",signature=" + signature;
        };
        const RequestSigner::QueryItems items{{u"a"_s, u"x y"_s}, {u"b"_s, u"2"_s}};
        QCOMPARE(
            send("GET", "/access-key?b=2&a=x+y", {}, authorizationFor(items, "a;b")).status, 200);
        QCOMPARE(
            send("GET", "/access-key?b=2&a=x%20y", {}, authorizationFor(items, "a;b")).status, 200);
        // A signed value changed on the way.
        QCOMPARE(
            send("GET", "/access-key?b=3&a=x+y", {}, authorizationFor(items, "a;b")).status, 403);
        // A signed argument that is missing, or repeated.
        QCOMPARE(send("GET", "/access-key?a=x+y", {}, authorizationFor(items, "a;b")).status, 403);
        QCOMPARE(
            send("GET", "/access-key?b=2&b=2&a=x+y", {}, authorizationFor(items, "a;b")).status,
            403);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not JSON") << QByteArray("{name") << u"JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"JSON"_s;
        QTest::newRow("no name") << QByteArray(R"({"operations":["ping"]})") << u"name"_s;
        QTest::newRow("empty name") << QByteArray(R"({"name":""})") << u"name"_s;
        QTest::newRow("blank name") << QByteArray(R"({"name":"   "})") << u"name"_s;
        QTest::newRow("name not a string") << QByteArray(R"({"name":5})") << u"name"_s;
        QTest::newRow("unknown operation")
            << QByteArray(R"({"name":"x","operations":["launch-rocket"]})") << u"launch-rocket"_s;
        QTest::newRow("unknown tag")
            << QByteArray(R"({"name":"x","tags":["rockets"]})") << u"rockets"_s;
        QTest::newRow("operations not a list")
            << QByteArray(R"({"name":"x","operations":"ping"})") << u"operations"_s;
        QTest::newRow("tag not a string") << QByteArray(R"({"name":"x","tags":[1]})") << u"tags"_s;
        QTest::newRow("resource incomplete")
            << QByteArray(R"({"name":"x","resources":[{"domain":"sos"}]})") << u"resource"_s;
        QTest::newRow("resource bad domain") << QByteArray(
            R"({"name":"x","resources":[{"domain":"dns","resource-type":"zone","resource-name":"a"}]})")
                                             << u"dns"_s;
        QTest::newRow("resource type mismatch") << QByteArray(
            R"({"name":"x","resources":[{"domain":"sos","resource-type":"product","resource-name":"abc"}]})")
                                                << u"bucket"_s;
        QTest::newRow("bad bucket name") << QByteArray(
            R"({"name":"x","resources":[{"domain":"sos","resource-type":"bucket","resource-name":"Bad_Bucket"}]})")
                                         << u"bucket name"_s;
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const int before = int(sandbox().keys().size());
        const Answer answer
            = send("POST", "/access-key", body, validAuthorization("POST", "/access-key", body));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json.value("message"_L1).toString().contains(mentions, Qt::CaseInsensitive),
            qPrintable(answer.json.value("message"_L1).toString()));
        QCOMPARE(sandbox().keys().size(), before);
    }

    void unknownEndpointAndMethod()
    {
        QCOMPARE(send("GET", "/zone", {}, validAuthorization("GET", "/zone")).status, 404);
        QCOMPARE(
            send("PUT", "/access-key", {}, validAuthorization("PUT", "/access-key")).status, 405);
    }

    void secretOnlyInTheCreateAnswer()
    {
        const QByteArray body = R"({"name":"s","tags":["dns"]})";
        const Answer created
            = send("POST", "/access-key", body, validAuthorization("POST", "/access-key", body));
        QCOMPARE(created.status, 200);
        QCOMPARE(created.json.value("secret"_L1).toString().size(), 43);
        const QString id = created.json.value("key"_L1).toString();
        const QByteArray path = "/access-key/" + id.toLatin1();
        const Answer read = send("GET", path, {}, validAuthorization("GET", path));
        QCOMPARE(read.status, 200);
        QVERIFY(!read.json.contains("secret"_L1));
        const Answer list
            = send("GET", "/access-key", {}, validAuthorization("GET", "/access-key"));
        QVERIFY(!list.body.contains(created.json.value("secret"_L1).toString().toLatin1()));
        // Tags are expanded on read: dns has ten operations.
        QCOMPARE(read.json.value("operations"_L1).toArray().size(), 10);
        QCOMPARE(read.json.value("tags"_L1).toArray(), QJsonArray{u"dns"_s});
    }

    void unrestrictedKeyOfARestrictedSignerInheritsItsRestrictions()
    {
        auto signerDraft = KeyDraft();
        signerDraft.name = u"signer"_s;
        signerDraft.tags = {u"iam"_s};
        signerDraft.operations = {u"ping"_s};
        auto signer = sandbox().createKey(signerDraft);
        QVERIFY(signer);
        KeyDraft child;
        child.name = u"child"_s;
        child.kind = KeyDraft::Kind::Unrestricted;
        auto created = sandbox().createKey(child, signer->key.key);
        QVERIFY(created);
        QCOMPARE(created->key.type, AccessKey::Type::Restricted);
        QCOMPARE(created->key.tags, QStringList{u"iam"_s});
        QCOMPARE(created->key.operations.size(), 20);

        // Asking for more than the signer has is refused, resources included.
        KeyDraft more;
        more.name = u"more"_s;
        more.tags = {u"sos"_s};
        const auto refused = sandbox().createKey(more, signer->key.key);
        QCOMPARE(refused.error().code(), Error::Code::AccessDenied);
        // All 30 sos operations are beyond the signer: the first eight are named.
        QVERIFY(refused.error().message().contains(u"abort-sos-multipart-upload"));
        QVERIFY(refused.error().message().contains(u"and 22 more"));
    }

    void resourceRestrictedSignerGrantsOnlyItsResources()
    {
        KeyDraft signerDraft;
        signerDraft.name = u"bucket-signer"_s;
        signerDraft.tags = {u"iam"_s, u"sos"_s};
        signerDraft.resources = {AccessKeyResource(u"sos"_s, u"bucket"_s, u"mine"_s)};
        auto signer = sandbox().createKey(signerDraft);
        QVERIFY(signer);
        KeyDraft same;
        same.name = u"same"_s;
        same.operations = {u"get-sos-object"_s};
        same.resources = signerDraft.resources;
        QVERIFY(sandbox().createKey(same, signer->key.key));
        KeyDraft other = same;
        other.resources = {AccessKeyResource(u"sos"_s, u"bucket"_s, u"theirs"_s)};
        QCOMPARE(
            sandbox().createKey(other, signer->key.key).error().code(), Error::Code::AccessDenied);
        KeyDraft none = same;
        none.resources.clear();
        QCOMPARE(
            sandbox().createKey(none, signer->key.key).error().code(), Error::Code::AccessDenied);
    }

    void revocationIsAsynchronousAndDoesNotCascade()
    {
        sandbox().setRevokeDelay(200ms);
        KeyDraft parentDraft;
        parentDraft.name = u"parent"_s;
        parentDraft.tags = {u"iam"_s};
        auto parent = sandbox().createKey(parentDraft);
        QVERIFY(parent);
        KeyDraft childDraft;
        childDraft.name = u"child"_s;
        childDraft.operations = {u"list-access-keys"_s};
        auto child = sandbox().createKey(childDraft, parent->key.key);
        QVERIFY(child);

        const QByteArray path = "/access-key/" + parent->key.key.toLatin1();
        QSignalSpy revoked(&sandbox(), &Sandbox::keyRevoked);
        const Answer pending = send("DELETE", path, {}, validAuthorization("DELETE", path));
        QCOMPARE(pending.status, 200);
        QCOMPARE(pending.json.value("state"_L1).toString(), u"pending"_s);
        QCOMPARE(pending.json.value("reference"_L1).toObject().value("command"_L1).toString(),
            u"revoke-access-key"_s);
        QVERIFY(sandbox().hasKey(parent->key.key)); // still there while pending
        QVERIFY(revoked.wait(5000));
        const QByteArray operationPath
            = "/operation/" + pending.json.value("id"_L1).toString().toLatin1();
        const Answer done
            = send("GET", operationPath, {}, validAuthorization("GET", operationPath));
        QCOMPARE(done.json.value("state"_L1).toString(), u"success"_s);
        QCOMPARE(send("GET", path, {}, validAuthorization("GET", path)).status, 404);
        QVERIFY(sandbox().hasKey(child->key.key));
    }

    void faultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("retryAfter");
        using K = SandboxFault::Kind;
        const QByteArray any;
        QTest::newRow("503") << u"503"_s << true << int(K::Status) << 503 << any << any << -1 << -1;
        QTest::newRow("500 twice")
            << u"500*2"_s << true << int(K::Status) << 500 << any << any << 2 << -1;
        QTest::newRow("503 with Retry-After")
            << u"503:4@/v2/operation/"_s << true << int(K::Status) << 503 << any
            << QByteArray("/v2/operation/") << -1 << 4;
        QTest::newRow("429 on a path") << u"429:5@/v2/access-key*1"_s << true << int(K::RateLimit)
                                       << 429 << any << QByteArray("/v2/access-key") << 1 << 5;
        QTest::newRow("429 says 1 s by default")
            << u"429"_s << true << int(K::RateLimit) << 429 << any << any << -1 << 1;
        QTest::newRow("malformed")
            << u"malformed"_s << true << int(K::Malformed) << 500 << any << any << -1 << -1;
        QTest::newRow("drop") << u"drop*3"_s << true << int(K::Drop) << 500 << any << any << 3
                              << -1;
        QTest::newRow("hang") << u"hang@/v2/operation"_s << true << int(K::Hang) << 500 << any
                              << QByteArray("/v2/operation") << -1 << -1;
        QTest::newRow("hang of every DELETE of a key")
            << u"hang@DELETE/v2/access-key/"_s << true << int(K::Hang) << 500
            << QByteArray("DELETE") << QByteArray("/v2/access-key/") << -1 << -1;
        QTest::newRow("503 of creates once")
            << u"503@POST/v2/access-key*1"_s << true << int(K::Status) << 503 << QByteArray("POST")
            << QByteArray("/v2/access-key") << 1 << -1;
        QTest::newRow("a method alone") << u"drop@DELETE"_s << true << int(K::Drop) << 500
                                        << QByteArray("DELETE") << any << -1 << -1;
        QTest::newRow("latency") << u"latency:250"_s << true << int(K::Latency) << 500 << any << any
                                 << -1 << -1;
        QTest::newRow("iamv3") << u"iamv3@/v2/access-key*1"_s << true << int(K::GenerationMismatch)
                               << 403 << any << QByteArray("/v2/access-key") << 1 << -1;
        QTest::newRow("200 is no fault") << u"200"_s << false << 0 << 0 << any << any << 0 << -1;
        QTest::newRow("nonsense") << u"explode"_s << false << 0 << 0 << any << any << 0 << -1;
        QTest::newRow("zero count") << u"503*0"_s << false << 0 << 0 << any << any << 0 << -1;
        QTest::newRow("latency without value")
            << u"latency"_s << false << 0 << 0 << any << any << 0 << -1;
        QTest::newRow("relative path") << u"503@v2"_s << false << 0 << 0 << any << any << 0 << -1;
        QTest::newRow("lower-case method")
            << u"503@delete/v2/access-key/"_s << false << 0 << 0 << any << any << 0 << -1;
        QTest::newRow("nothing after @") << u"503@"_s << false << 0 << 0 << any << any << 0 << -1;
        QTest::newRow("status with a word")
            << u"503:soon"_s << false << 0 << 0 << any << any << 0 << -1;
    }

    void faultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        const auto fault = SandboxFault::parse(spec);
        QCOMPARE(fault.isOk(), valid);
        if (!valid) {
            QVERIFY(fault.error().message().contains(spec));
            return;
        }
        QFETCH(int, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(int, count);
        QFETCH(int, retryAfter);
        QCOMPARE(int(fault->kind), kind);
        if (kind == int(SandboxFault::Kind::Status) || kind == int(SandboxFault::Kind::RateLimit)
            || kind == int(SandboxFault::Kind::GenerationMismatch))
            QCOMPARE(fault->status, status);
        QCOMPARE(fault->method, method);
        QCOMPARE(fault->path, path);
        QCOMPARE(fault->remaining, count);
        QCOMPARE(fault->retryAfterSeconds, retryAfter);
        QCOMPARE(fault->spec, spec);
    }

    void faultTargets_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<bool>("matches");
        const QString list = u"503@/v2/access-key"_s;
        const QByteArray key = "/v2/access-key/EXO0123456789abcdef01234567";
        QTest::newRow("exact: the list")
            << list << QByteArray("GET") << QByteArray("/v2/access-key") << true;
        QTest::newRow("exact: a create")
            << list << QByteArray("POST") << QByteArray("/v2/access-key") << true;
        QTest::newRow("exact: the query is ignored")
            << list << QByteArray("GET") << QByteArray("/v2/access-key?a=1&b=2") << true;
        QTest::newRow("exact: not the own operations")
            << list << QByteArray("GET") << QByteArray("/v2/access-key-operations") << false;
        QTest::newRow("exact: not the known operations")
            << list << QByteArray("GET") << QByteArray("/v2/access-key-known-operations") << false;
        QTest::newRow("exact: not one key") << list << QByteArray("GET") << key << false;
        QTest::newRow("exact: not with a slash")
            << list << QByteArray("GET") << QByteArray("/v2/access-key/") << false;
        QTest::newRow("under: one key's GET")
            << u"503@/v2/access-key/"_s << QByteArray("GET") << key << true;
        QTest::newRow("under: one key's DELETE")
            << u"503@/v2/access-key/"_s << QByteArray("DELETE") << key << true;
        QTest::newRow("under: not the list") << u"503@/v2/access-key/"_s << QByteArray("GET")
                                             << QByteArray("/v2/access-key") << false;
        QTest::newRow("under: every poll") << u"503@/v2/operation/"_s << QByteArray("GET")
                                           << QByteArray("/v2/operation/1234?x=y") << true;
        QTest::newRow("method and path: DELETE")
            << u"hang@DELETE/v2/access-key/"_s << QByteArray("DELETE") << key << true;
        QTest::newRow("method and path: not a GET")
            << u"hang@DELETE/v2/access-key/"_s << QByteArray("GET") << key << false;
        QTest::newRow("method and path: POST") << u"503@POST/v2/access-key"_s << QByteArray("POST")
                                               << QByteArray("/v2/access-key") << true;
        QTest::newRow("method and path: not the list")
            << u"503@POST/v2/access-key"_s << QByteArray("GET") << QByteArray("/v2/access-key")
            << false;
        QTest::newRow("method alone")
            << u"503@DELETE"_s << QByteArray("DELETE") << QByteArray("/v2/anything") << true;
        QTest::newRow("method alone: not another")
            << u"503@DELETE"_s << QByteArray("GET") << QByteArray("/v2/anything") << false;
        QTest::newRow("no target: everything")
            << u"503"_s << QByteArray("PUT") << QByteArray("/elsewhere") << true;
    }

    void faultTargets()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(bool, matches);
        const auto fault = SandboxFault::parse(spec);
        QVERIFY(fault);
        HttpRequest request;
        request.method = method;
        request.target = target;
        QCOMPARE(fault->matches(request), matches);
    }

    void exactPathFaultOnTheWire()
    {
        // Before: a prefix, so the list's fault also broke both catalog requests.
        sandbox().addFault(SandboxFault::parse(u"503@/v2/access-key"_s).value());
        const auto auth
            = [this](const QByteArray &path) { return validAuthorization("GET", path); };
        QCOMPARE(send("GET", "/access-key", {}, auth("/access-key")).status, 503);
        QCOMPARE(
            send("GET", "/access-key-operations", {}, auth("/access-key-operations")).status, 200);
        QCOMPARE(
            send("GET", "/access-key-known-operations", {}, auth("/access-key-known-operations"))
                .status,
            200);
        const QByteArray root = "/access-key/" + sandbox().rootKeyId().toLatin1();
        QCOMPARE(send("GET", root, {}, auth(root)).status, 200);
    }

    void methodFaultOnTheWire()
    {
        sandbox().addFault(SandboxFault::parse(u"503@POST/v2/access-key"_s).value());
        const QByteArray body = R"({"name":"refused","operations":["ping"]})";
        QCOMPARE(
            send("GET", "/access-key", {}, validAuthorization("GET", "/access-key")).status, 200);
        QCOMPARE(send("POST", "/access-key", body, validAuthorization("POST", "/access-key", body))
                     .status,
            503);
    }

    void malformedAnswerAfterTheWorkIsDone()
    {
        // A garbled answer does not mean nothing happened: the key is revoked all the same.
        KeyDraft draft;
        draft.name = u"garbled"_s;
        draft.operations = {u"ping"_s};
        auto created = sandbox().createKey(draft);
        QVERIFY(created);
        sandbox().addFault(SandboxFault::parse(u"malformed@DELETE/v2/access-key/*1"_s).value());
        QSignalSpy revoked(&sandbox(), &Sandbox::keyRevoked);
        const QByteArray path = "/access-key/" + created->key.key.toLatin1();
        const Answer answer = send("DELETE", path, {}, validAuthorization("DELETE", path));
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.json.isEmpty()); // not JSON
        QVERIFY(revoked.wait(5000));
        QVERIFY(!sandbox().hasKey(created->key.key));
    }

    void requestLog()
    {
        QBuffer log;
        QVERIFY(log.open(QIODevice::ReadWrite));
        sandbox().setLog(&log);
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

        // A normal request, with a body and a query that must not be logged.
        const QByteArray body = R"({"name":"log-me-not","operations":["ping"]})";
        const QByteArray authorization = validAuthorization("POST", "/access-key", body);
        QCOMPARE(send("POST", "/access-key", body, authorization).status, 200);
        // A 503.
        sandbox().addFault(SandboxFault::parse(u"503@/v2/access-key-operations*1"_s).value());
        QCOMPARE(send("GET", "/access-key-operations?x=1", {},
                     validAuthorization("GET", "/access-key-operations"))
                     .status,
            503);
        // A dropped connection (the network layer may send it again: it is dropped each time).
        sandbox().addFault(SandboxFault::parse(u"drop@/v2/access-key-known-operations"_s).value());
        QCOMPARE(send("GET", "/access-key-known-operations", {},
                     validAuthorization("GET", "/access-key-known-operations"))
                     .status,
            0);
        // A request that hangs is logged as soon as it is received, not when it ends.
        sandbox().addFault(SandboxFault::parse(u"hang"_s).value());
        QNetworkRequest hanging(QUrl(sandbox().endpointUrl() + u"/operation/abc"_s));
        hanging.setRawHeader("Authorization", validAuthorization("GET", "/operation/abc"));
        QNetworkReply *reply = m_fixture->network().get(hanging);
        QTRY_VERIFY(log.data().contains("/v2/operation/abc"));
        QVERIFY(reply->isRunning());
        reply->abort();
        reply->deleteLater();

        QList<QJsonObject> lines;
        for (const QByteArray &line : log.data().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            QVERIFY2(
                error.error == QJsonParseError::NoError && document.isObject(), line.constData());
            lines.append(document.object());
        }
        QVERIFY(lines.size() >= 4);
        for (const QJsonObject &line : std::as_const(lines)) {
            const QStringList keys = line.keys();
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
                (QSet<QString>{u"time"_s, u"method"_s, u"path"_s, u"status"_s, u"fault"_s}));
            QVERIFY(line.value("status"_L1).isDouble());
            const QString timeText = line.value("time"_L1).toString();
            QVERIFY2(timeText.endsWith(u'Z'), qPrintable(timeText));
            const QDateTime time = QDateTime::fromString(timeText, Qt::ISODateWithMs);
            QVERIFY(time.isValid());
            QVERIFY(time >= before && time <= QDateTime::currentDateTimeUtc().addSecs(1));
        }
        const QJsonObject created = lines.first();
        QCOMPARE(created.value("method"_L1).toString(), u"POST"_s);
        QCOMPARE(created.value("path"_L1).toString(), u"/v2/access-key"_s);
        QCOMPARE(created.value("status"_L1).toInt(), 200);
        QVERIFY(created.value("fault"_L1).isNull());

        const QJsonObject refused = lines.at(1);
        QCOMPARE(refused.value("method"_L1).toString(), u"GET"_s);
        QCOMPARE(refused.value("path"_L1).toString(), u"/v2/access-key-operations"_s);
        QCOMPARE(refused.value("status"_L1).toInt(), 503);
        QCOMPARE(refused.value("fault"_L1).toString(), u"503@/v2/access-key-operations*1"_s);

        const QJsonObject hung = lines.last();
        QCOMPARE(hung.value("path"_L1).toString(), u"/v2/operation/abc"_s);
        QCOMPARE(hung.value("status"_L1).toInt(), 0);
        QCOMPARE(hung.value("fault"_L1).toString(), u"hang"_s);

        const QList<QJsonObject> drops = lines.mid(2, lines.size() - 3);
        QVERIFY(!drops.isEmpty());
        for (const QJsonObject &dropped : drops) {
            QCOMPARE(dropped.value("path"_L1).toString(), u"/v2/access-key-known-operations"_s);
            QCOMPARE(dropped.value("status"_L1).toInt(), 0);
            QCOMPARE(
                dropped.value("fault"_L1).toString(), u"drop@/v2/access-key-known-operations"_s);
        }

        // Never a body, a header, a query or a secret.
        QVERIFY(!log.data().contains("log-me-not"));
        QVERIFY(!log.data().contains(authorization.mid(authorization.indexOf("signature="))));
        QVERIFY(!log.data().contains("EXO2-HMAC"));
        QVERIFY(!log.data().contains("x=1"));
        QVERIFY(!log.data().contains(sandbox().rootSecret().utf8()));
        sandbox().setLog(nullptr);
    }

    void requestLogFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"requests.jsonl"_s);
        QVERIFY(sandbox().setLogFile(path));
        QCOMPARE(
            send("GET", "/access-key", {}, validAuthorization("GET", "/access-key")).status, 200);
        // Flushed at once: readable while the sandbox still runs.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 2); // one line, then the empty rest after its newline
        const QJsonObject line = QJsonDocument::fromJson(lines.first()).object();
        QCOMPARE(line.value("path"_L1).toString(), u"/v2/access-key"_s);
        QCOMPARE(line.value("status"_L1).toInt(), 200);

        QVERIFY(!sandbox().setLogFile(dir.filePath(u"no/such/dir/log"_s)));
        QVERIFY(sandbox().errorString().contains(u"no/such/dir/log"));
    }

    void faultsWearOffAfterTheirCount()
    {
        sandbox().addFault(SandboxFault::parse(u"503*2"_s).value());
        const auto auth = [this] { return validAuthorization("GET", "/access-key"); };
        QCOMPARE(send("GET", "/access-key", {}, auth()).status, 503);
        QCOMPARE(send("GET", "/access-key", {}, auth()).status, 503);
        QCOMPARE(send("GET", "/access-key", {}, auth()).status, 200);
    }

    void rateLimitCarriesRetryAfter()
    {
        sandbox().addFault(SandboxFault::parse(u"429:7*1"_s).value());
        QNetworkRequest request(QUrl(sandbox().endpointUrl() + u"/access-key"_s));
        request.setRawHeader("Authorization", validAuthorization("GET", "/access-key"));
        QNetworkReply *reply = m_fixture->network().get(request);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 429);
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("7"));
        QCOMPARE(
            QJsonDocument::fromJson(reply->readAll()).object().value("retry_after"_L1).toInt(), 7);
        reply->deleteLater();
    }

    void httpServerSurvivesGarbage_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("statusLine");
        QTest::newRow("not HTTP") << QByteArray("hello\r\n\r\n") << QByteArray("HTTP/1.1 400");
        QTest::newRow("bad header") << QByteArray("GET /v2/access-key HTTP/1.1\r\nnocolon\r\n\r\n")
                                    << QByteArray("HTTP/1.1 400");
        QTest::newRow("chunked") << QByteArray(
            "POST /v2/access-key HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << QByteArray("HTTP/1.1 411");
        QTest::newRow("huge body")
            << QByteArray("POST /v2/access-key HTTP/1.1\r\nContent-Length: 999999999\r\n\r\n")
            << QByteArray("HTTP/1.1 413");
        QTest::newRow("negative length")
            << QByteArray("POST /v2/access-key HTTP/1.1\r\nContent-Length: -4\r\n\r\n")
            << QByteArray("HTTP/1.1 400");
    }

    void httpServerSurvivesGarbage()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, statusLine);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sandbox().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(raw);
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains("\r\n\r\n");
            },
            5000));
        QVERIFY2(received.startsWith(statusLine), received.constData());
        // And the server still answers properly afterwards.
        QCOMPARE(
            send("GET", "/access-key", {}, validAuthorization("GET", "/access-key")).status, 200);
    }

private:
    Sandbox &sandbox() { return m_fixture->sandbox(); }

    QByteArray validAuthorization(
        const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
    {
        RequestSigner signer(sandbox().rootKeyId(), sandbox().rootSecret());
        return signer.authorization(method,
            QUrl(sandbox().endpointUrl() + QString::fromLatin1(path)), body,
            QDateTime::currentDateTimeUtc().addSecs(300));
    }

    Answer send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
        const QByteArray &authorization)
    {
        QNetworkRequest request(
            QUrl(sandbox().endpointUrl() + QString::fromLatin1(path), QUrl::StrictMode));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_fixture->network().sendCustomRequest(request, method, body);
        QSignalSpy spy(reply, &QNetworkReply::finished);
        if (!spy.wait(5000))
            qFatal("no answer from the sandbox");
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        reply->deleteLater();
        return answer;
    }

    std::unique_ptr<SandboxFixture> m_fixture;
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
