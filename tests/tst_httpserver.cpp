// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <HttpServer.h>

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Lifeboat;

namespace {

const QByteArray startBackupPlain =
    "/system/console/jmx/com.adobe.granite:type=Repository/op/startBackup/java.lang.String";
const QByteArray startBackupEncoded =
    "/system/console/jmx/com.adobe.granite%3Atype%3DRepository/op/startBackup/java.lang.String";
const QByteArray goodCredentials = "admin:s3cret";

struct Answer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; // lower-cased names
};

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> m_server;
    QNetworkAccessManager m_network;
    QList<HttpRequest> m_backupRequests;

    QUrl url(const QByteArray &pathAndQuery) const
    {
        return QUrl::fromEncoded("http://127.0.0.1:" + QByteArray::number(m_server->port()) + pathAndQuery,
                                 QUrl::StrictMode);
    }

    Answer ask(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QByteArray &credentials = goodCredentials)
    {
        QNetworkRequest request(url);
        if (!credentials.isEmpty())
            request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(10000))
            return {};
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->error(), {}};
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        return answer;
    }

    // Sends raw bytes in pieces, pausing between them so that they reach the
    // server as separate reads, and returns everything it answers.
    QByteArray exchangeRaw(const QList<QByteArray> &pieces)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return {};
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        for (const QByteArray &piece : pieces) {
            socket.write(piece);
            socket.flush();
            QTest::qWait(40);
            if (piece != pieces.last() && !received.isEmpty())
                return "answered too early: " + received;
        }
        // The server closes the connection after its answer.
        const QDeadlineTimer deadline(5000);
        while (socket.state() != QAbstractSocket::UnconnectedState && !deadline.hasExpired())
            QTest::qWait(10);
        if (socket.state() != QAbstractSocket::UnconnectedState)
            return "still connected after: " + received;
        return received + socket.readAll();
    }

    static QByteArray header(const QByteArray &raw, const QByteArray &name)
    {
        for (const QByteArray &line : raw.left(raw.indexOf("\r\n\r\n")).split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_backupRequests.clear();
        m_server = std::make_unique<HttpServer>(QStringLiteral("admin"), QStringLiteral("s3cret"));
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0), qPrintable(m_server->errorString()));
        QVERIFY(m_server->port() != 0);
        m_server->route("GET", QStringLiteral("/status"), [](const HttpRequest &request) {
            return HttpResponse::json({{QStringLiteral("ok"), true},
                                       {QStringLiteral("method"), QString::fromLatin1(request.method)}});
        });
        m_server->route("POST", QStringLiteral("/echo"), [](const HttpRequest &request) {
            return HttpResponse{201, "application/octet-stream", request.body};
        });
        m_server->route("POST", QString::fromLatin1(startBackupPlain), [this](const HttpRequest &request) {
            m_backupRequests.append(request);
            return HttpResponse::json(
                {{QStringLiteral("target"), request.query.queryItemValue(QStringLiteral("target"), QUrl::FullyDecoded)}});
        });
    }

    void cleanup() { m_server.reset(); }

    void refusesANonLoopbackAddress()
    {
        HttpServer server(QStringLiteral("a"), QStringLiteral("b"));
        QVERIFY(!server.listen(QHostAddress::AnyIPv4, 0));
        QVERIFY(server.errorString().contains(QLatin1String("loopback")));
    }

    void refusesRequestsWithoutCredentials()
    {
        const Answer answer = ask("GET", url("/status"), {}, {});
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.headers.value("www-authenticate"), QByteArray("Basic realm=\"Sling (Development)\""));
    }

    void refusesWrongCredentials()
    {
        const Answer answer = ask("GET", url("/status"), {}, "admin:wrong");
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.headers.value("www-authenticate"), QByteArray("Basic realm=\"Sling (Development)\""));
    }

    void unknownPathsNeedCredentialsToo()
    {
        QCOMPARE(ask("GET", url("/nowhere"), {}, {}).status, 401);
    }

    void answersWithTheHandlersResult()
    {
        const Answer answer = ask("GET", url("/status"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
        QCOMPARE(answer.headers.value("content-length").toInt(), answer.body.size());
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    }

    void passesTheBodyToTheHandler()
    {
        const QByteArray body(300 * 1024, 'x');
        const Answer answer = ask("POST", url("/echo"), body);
        QCOMPARE(answer.status, 201);
        QCOMPARE(answer.body, body);
    }

    void unknownPathIsNotFound()
    {
        QCOMPARE(ask("GET", url("/nowhere")).status, 404);
        QCOMPARE(ask("GET", url("/status/")).status, 404); // exact match only
    }

    void wrongMethodIsNotAllowed()
    {
        const Answer answer = ask("DELETE", url("/status"));
        QCOMPARE(answer.status, 405);
        QCOMPARE(answer.headers.value("allow"), QByteArray("GET"));
        QCOMPARE(ask("GET", url(startBackupPlain + "?target=/tmp/x")).status, 405);
        QVERIFY(m_backupRequests.isEmpty());
    }

    void startBackupPathMatchesEncodedOrNot_data()
    {
        QTest::addColumn<QByteArray>("pathAndQuery");
        QTest::addColumn<QByteArray>("onTheWire");
        QTest::newRow("plain") << startBackupPlain + "?target=/tmp/x" << QByteArray("granite:type=Repository");
        QTest::newRow("encoded") << startBackupEncoded + "?target=%2Ftmp%2Fx" << QByteArray("granite%3Atype%3DRepository");
    }

    void startBackupPathMatchesEncodedOrNot()
    {
        QFETCH(QByteArray, pathAndQuery);
        QFETCH(QByteArray, onTheWire);
        const QUrl target = url(pathAndQuery);
        // QNetworkAccessManager sends the URL's encoded form: make sure it is the one meant.
        QVERIFY2(target.toEncoded().contains(onTheWire), target.toEncoded().constData());

        const Answer answer = ask("POST", target);
        QCOMPARE(answer.status, 200);
        QCOMPARE(m_backupRequests.size(), 1);
        QCOMPARE(m_backupRequests.first().path, QString::fromLatin1(startBackupPlain));
        QCOMPARE(m_backupRequests.first().method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(answer.body).object().value(QStringLiteral("target")).toString(),
                 QStringLiteral("/tmp/x"));
    }

    void assemblesARequestFromSeveralWrites()
    {
        const QByteArray auth = "Basic " + goodCredentials.toBase64();
        const QByteArray answer = exchangeRaw({
            "PO",
            "ST /ec",
            "ho HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthor",
            "ization: " + auth + "\r\nContent-Length: 11\r\n",
            "\r\nhello",
            " world",
        });
        QVERIFY2(answer.startsWith("HTTP/1.1 201 "), answer.constData());
        QCOMPARE(header(answer, "Content-Length"), QByteArray("11"));
        QCOMPARE(header(answer, "Connection"), QByteArray("close"));
        QCOMPARE(answer.mid(answer.indexOf("\r\n\r\n") + 4), QByteArray("hello world"));
    }

    void answersExpectContinueBeforeTheBody()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        socket.write("POST /echo HTTP/1.1\r\nAuthorization: Basic " + goodCredentials.toBase64()
                     + "\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
        QTRY_COMPARE(received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write("12345");
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY2(received.contains("\r\n\r\nHTTP/1.1 201 "), received.constData());
        QVERIFY(received.endsWith("\r\n\r\n12345"));
    }

    void refusesABadRequestLine()
    {
        const QByteArray answer = exchangeRaw({"HELLO THERE\r\n\r\n"});
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    }

    void refusesAnOverLargeHeader()
    {
        const QByteArray answer = exchangeRaw({"GET /status HTTP/1.1\r\nX-Filler: " + QByteArray(70 * 1024, 'a')});
        QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    }

    void refusesAnOverLargeBody()
    {
        const Answer answer = ask("POST", url("/echo"), QByteArray(2 * 1024 * 1024, 'y'));
        QCOMPARE(answer.status, 413);
        // Just under the limit still works.
        QCOMPARE(ask("POST", url("/echo"), QByteArray(1024 * 1024, 'z')).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
