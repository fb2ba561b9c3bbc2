// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HttpClient.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace Lifeboat {

HttpClient::HttpClient(QString user, QString password, int timeoutMs)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_timeoutMs(timeoutMs)
{
}

HttpClient::Reply HttpClient::get(const QUrl &url) const
{
    return send("GET", url, {});
}

HttpClient::Reply HttpClient::post(const QUrl &url, const QByteArray &body) const
{
    return send("POST", url, body);
}

HttpClient::Reply HttpClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body) const
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    reply->deleteLater();
    return result;
}

} // namespace Lifeboat
