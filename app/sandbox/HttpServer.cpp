// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Keyport {

QByteArray HttpRequest::path() const
{
    const auto mark = target.indexOf('?');
    return mark < 0 ? target : target.left(mark);
}

QByteArray HttpRequest::query() const
{
    const auto mark = target.indexOf('?');
    return mark < 0 ? QByteArray() : target.mid(mark + 1);
}

QByteArray HttpRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

namespace {

/// Reads requests off one socket, one at a time: the next is read once the previous is answered.
class HttpConnection : public QObject
{
public:
    HttpConnection(QTcpSocket *socket, const HttpServer::Handler &handler)
        : QObject(socket)
        , m_socket(socket)
        , m_handler(handler)
    {
        connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::processBuffer);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void processBuffer()
    {
        if (m_busy || m_hung)
            return;
        m_buffer += m_socket->readAll();
        const auto headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > HttpServer::maximumHeaderSize)
                fail(431, "request headers too large");
            return;
        }
        HttpRequest request;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
            fail(400, "malformed request line");
            return;
        }
        request.method = requestLine.at(0);
        request.peerAddress = m_socket->peerAddress();
        request.target = requestLine.at(1);
        m_closeAfter = requestLine.at(2) == "HTTP/1.0";
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const auto colon = line.indexOf(':');
            if (colon <= 0) {
                fail(400, "malformed header line");
                return;
            }
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            fail(411, "chunked bodies are not supported; send Content-Length");
            return;
        }
        bool lengthOk = true;
        const QByteArray lengthText = request.header("Content-Length");
        const qlonglong length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
        if (!lengthOk || length < 0) {
            fail(400, "malformed Content-Length");
            return;
        }
        if (length > HttpServer::maximumBodySize) {
            fail(413, "request body too large");
            return;
        }
        const qsizetype bodyStart = headerEnd + 4;
        if (m_buffer.size() - bodyStart < length)
            return; // wait for the rest of the body
        request.body = m_buffer.mid(bodyStart, length);
        m_buffer.remove(0, bodyStart + length);
        if (request.header("Connection").compare("close", Qt::CaseInsensitive) == 0)
            m_closeAfter = true;

        m_busy = true;
        const HttpAction action = m_handler(request);
        if (action.delay.count() > 0)
            QTimer::singleShot(action.delay, this, [this, action] { perform(action); });
        else
            perform(action);
    }

    void perform(const HttpAction &action)
    {
        switch (action.kind) {
        case HttpAction::Kind::Drop:
            m_socket->abort();
            return;
        case HttpAction::Kind::Hang:
            m_hung = true; // keep the connection open and never answer
            return;
        case HttpAction::Kind::Respond:
            write(action.response);
            m_busy = false;
            if (m_closeAfter)
                m_socket->disconnectFromHost();
            else if (!m_buffer.isEmpty() || m_socket->bytesAvailable() > 0)
                QTimer::singleShot(0, this, &HttpConnection::processBuffer);
            return;
        }
    }

    void write(const HttpResponse &response)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
            + HttpServer::reasonPhrase(response.status) + "\r\n";
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        for (const auto &[name, value] : response.headers)
            out += name + ": " + value + "\r\n";
        out += m_closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        out += "\r\n";
        out += response.body;
        m_socket->write(out);
    }

    void fail(int status, const QByteArray &why)
    {
        m_closeAfter = true;
        m_buffer.clear();
        write({status, "{\"message\":\"" + why + "\"}", "application/json", {}});
        m_socket->disconnectFromHost();
        m_hung = true;
    }

    QTcpSocket *m_socket;
    HttpServer::Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_hung = false;
    bool m_closeAfter = false;
};

} // namespace

HttpServer::HttpServer(Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

bool HttpServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Sockets are children of the server: they go when it goes.
        new HttpConnection(socket, m_handler);
    }
}

} // namespace Keyport
