// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HttpServer.h"

#include "HttpRequestHead.h"

#include <logging/Logging.h>
#include <logging/Subsystem.h>

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace Lifeboat {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 1024 * 1024;
// After refusing a large body we read at most this much of it before closing.
constexpr qint64 maxDiscardBytes = 16 * 1024 * 1024;
// A client that never finishes its request must not hold a socket forever.
constexpr std::chrono::seconds connectionTimeout{30};

const QByteArray authenticateHeader = QByteArrayLiteral("Basic realm=\"Sling (Development)\"");

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Content Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return {};
    }
}

} // namespace

HttpServer::HttpServer(const QString &user, const QString &password, QObject *parent)
    : QObject(parent)
    , m_credentials((user + QLatin1Char(':') + password).toUtf8())
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

HttpServer::~HttpServer()
{
    // Sockets are children of m_server; end them before our members go away,
    // so no disconnected() handler runs on a half-destroyed server.
    m_server.close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
        delete socket;
    }
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        m_errorString = tr("The node agent's HTTP server listens on loopback addresses only, not on %1.")
                            .arg(address.toString());
        return false;
    }
    if (!m_server.listen(address, port)) {
        m_errorString = tr("Cannot listen on %1 port %2: %3")
                            .arg(address.toString())
                            .arg(port)
                            .arg(m_server.errorString());
        return false;
    }
    Logging::logger(Subsystem::node)->info("HTTP server listening on {}:{}", address.toString().toStdString(),
                                  m_server.serverPort());
    return true;
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QString HttpServer::errorString() const
{
    return m_errorString;
}

void HttpServer::route(const QByteArray &method, const QString &path, Handler handler)
{
    m_routes[path].insert(method, std::move(handler));
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_connections.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
        QTimer::singleShot(connectionTimeout, socket, [socket] { socket->abort(); });
        // Data may have arrived before readyRead was connected.
        if (socket->bytesAvailable() > 0)
            readFrom(socket);
    }
}

void HttpServer::forget(QTcpSocket *socket)
{
    if (m_connections.remove(socket))
        socket->deleteLater();
}

void HttpServer::readFrom(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection &connection = *it;
    if (connection.answered) {
        discard(socket, connection, socket->readAll().size());
        return;
    }
    connection.buffer += socket->readAll();
    if (connection.headerEnd < 0 && !readHead(socket, connection))
        return;
    if (connection.buffer.size() - connection.headerEnd < connection.contentLength)
        return; // the rest of the body is still on its way
    connection.request.body = connection.buffer.mid(connection.headerEnd, connection.contentLength);
    connection.answered = true;
    // Moved out: answering may close the socket and drop its Connection.
    const HttpRequest request = std::move(connection.request);
    dispatch(socket, request);
}

// Returns true once the head is parsed and the body may be awaited; false
// while the head is incomplete or after the request was refused.
bool HttpServer::readHead(QTcpSocket *socket, Connection &connection)
{
    const qsizetype end = connection.buffer.indexOf("\r\n\r\n");
    if (end < 0 || end > maxHeaderBytes) {
        if (connection.buffer.size() > maxHeaderBytes)
            reject(socket, 413, QStringLiteral("The request header is larger than %1 bytes.").arg(maxHeaderBytes));
        return false;
    }
    const int status = HttpRequestHead::parse(connection.buffer.left(end), connection.request, connection.contentLength);
    if (status != 0) {
        reject(socket, status, QStringLiteral("The request could not be understood."));
        return false;
    }
    connection.headerEnd = end + 4;
    const qint64 received = connection.buffer.size() - connection.headerEnd;
    // curl asks before it sends a larger body, and sends none after a refusal.
    const bool expectsContinue = connection.request.headers.value("expect").toLower() == "100-continue";
    if (connection.contentLength > maxBodyBytes) {
        reject(socket, 413, QStringLiteral("The request body is larger than %1 bytes.").arg(maxBodyBytes),
               expectsContinue && received == 0 ? 0 : connection.contentLength - received);
        return false;
    }
    if (expectsContinue && received < connection.contentLength)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    return true;
}

void HttpServer::discard(QTcpSocket *socket, Connection &connection, qint64 bytes)
{
    connection.toDiscard -= bytes;
    if (connection.toDiscard <= 0)
        socket->disconnectFromHost();
}

bool HttpServer::authorized(const HttpRequest &request) const
{
    const QByteArray header = request.headers.value("authorization");
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "basic")
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded && *decoded == m_credentials;
}

void HttpServer::dispatch(QTcpSocket *socket, const HttpRequest &request)
{
    if (!authorized(request)) {
        send(socket, HttpResponse::text(QStringLiteral("Authentication required."), 401),
             {{"WWW-Authenticate", authenticateHeader}});
        return;
    }
    const auto route = m_routes.constFind(request.path);
    if (route == m_routes.cend()) {
        send(socket, HttpResponse::text(QStringLiteral("No such resource: %1").arg(request.path), 404));
        return;
    }
    const auto handler = route->constFind(request.method);
    if (handler == route->cend()) {
        QByteArrayList methods = route->keys();
        std::ranges::sort(methods);
        send(socket, HttpResponse::text(QStringLiteral("Method not allowed."), 405), {{"Allow", methods.join(", ")}});
        return;
    }
    const HttpResponse response = (*handler)(request);
    Logging::logger(Subsystem::node)->debug("HTTP {} {} -> {}", request.method.toStdString(), request.path.toStdString(),
                                   response.status);
    send(socket, response);
}

void HttpServer::reject(QTcpSocket *socket, int status, const QString &message, qint64 unreadBody)
{
    Connection &connection = m_connections[socket];
    connection.answered = true;
    connection.toDiscard = std::min(unreadBody, maxDiscardBytes);
    const auto logger = Logging::logger(Subsystem::node);
    logger->warn("HTTP request from {} refused with {}: {}", socket->peerAddress().toString().toStdString(),
                 status, message.toStdString());
    send(socket, HttpResponse::text(message, status));
}

void HttpServer::send(QTcpSocket *socket, const HttpResponse &response, const HeaderList &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
        + "\r\nContent-Type: " + response.contentType
        + "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    socket->write(head + "\r\n" + response.body);
    const auto connection = m_connections.constFind(socket);
    if (connection == m_connections.cend() || connection->toDiscard <= 0)
        socket->disconnectFromHost(); // flushes the answer first
}

} // namespace Lifeboat
