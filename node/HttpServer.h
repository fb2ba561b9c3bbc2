// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <utility>

class QTcpSocket;

namespace Lifeboat {

// A deliberately small HTTP/1.1 server for the node agent's loopback
// interface: one request per connection, Basic auth on every route, exact
// path routes. It imitates the part of AEM's Sling console that Lifeboat and
// Adobe's scripts talk to; it is not a general web server. What it answers
// on the wire is English in any locale, as AEM's is; only the errors of
// listen() are for the person who starts the node, in their language.
class HttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    HttpServer(const QString &user, const QString &password, QObject *parent = nullptr);
    ~HttpServer() override;

    // Only loopback addresses are accepted. Port 0 picks any free port.
    [[nodiscard]] bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

    // The path is matched exactly against the request's percent-decoded path.
    void route(const QByteArray &method, const QString &path, Handler handler);

private:
    using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

    struct Connection
    {
        QByteArray buffer;
        qsizetype headerEnd = -1;
        qint64 contentLength = 0;
        HttpRequest request;
        bool answered = false;
        // Body bytes still to swallow after an early answer, so that closing
        // the socket does not reset the connection before the client read it.
        qint64 toDiscard = 0;
    };

    void acceptConnections();
    void readFrom(QTcpSocket *socket);
    [[nodiscard]] bool readHead(QTcpSocket *socket, Connection &connection);
    void discard(QTcpSocket *socket, Connection &connection, qint64 bytes);
    void dispatch(QTcpSocket *socket, const HttpRequest &request);
    [[nodiscard]] bool authorized(const HttpRequest &request) const;
    void reject(QTcpSocket *socket, int status, const QString &message, qint64 unreadBody = 0);
    void send(QTcpSocket *socket, const HttpResponse &response, const HeaderList &extraHeaders = {});
    void forget(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_credentials;
    QHash<QString, QHash<QByteArray, Handler>> m_routes;
    QHash<QTcpSocket *, Connection> m_connections;
    QString m_errorString;
};

} // namespace Lifeboat
