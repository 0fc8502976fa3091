// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>

#include <chrono>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace Keyport {

/// One HTTP/1.1 request as it arrived: the target is kept exactly as sent (for signatures).
struct HttpRequest
{
    QByteArray method;
    QByteArray target; ///< "/v2/access-key?x=1", escaped as sent
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    /// Who sent it (the loopback address in practice); null for requests made in-process.
    QHostAddress peerAddress;

    QByteArray path() const; ///< the target up to '?'
    QByteArray query() const; ///< after '?', without it
    /// A header's value, by case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
};

/// What the server does with a request: answer (after a delay), drop the connection, or never
/// answer at all. The last two exist to simulate faults.
struct HttpAction
{
    enum class Kind { Respond, Drop, Hang };
    Kind kind = Kind::Respond;
    HttpResponse response;
    std::chrono::milliseconds delay{0};
};

/// A small HTTP/1.1 server on a loopback address, with keep-alive and Content-Length bodies:
/// enough for QNetworkAccessManager, curl and Python's urllib.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpAction(const HttpRequest &)>;

    explicit HttpServer(Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    /// Listens on 127.0.0.1 (never on another interface). Port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString errorString() const;

    static QByteArray reasonPhrase(int status);

    static constexpr qsizetype maximumHeaderSize = 64 * 1024;
    static constexpr qsizetype maximumBodySize = 8 * 1024 * 1024;

private:
    void onNewConnection();

    Handler m_handler;
    QTcpServer *m_server;
};

} // namespace Keyport
