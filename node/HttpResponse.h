// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Lifeboat {

// What a route's handler answers. HttpServer adds Content-Length and
// Connection: close itself.
struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;

    static HttpResponse json(const QJsonObject &object, int status = 200)
    {
        return {status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact)};
    }

    static HttpResponse text(const QString &text, int status = 200)
    {
        return {status, "text/plain; charset=utf-8", text.toUtf8()};
    }
};

} // namespace Lifeboat
