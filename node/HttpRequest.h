// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QUrlQuery>

namespace Lifeboat {

// One parsed HTTP/1.1 request as HttpServer hands it to a route's handler.
struct HttpRequest
{
    QByteArray method;
    // Percent-decoded, without the query: AEM's JMX paths arrive either way.
    QString path;
    QUrlQuery query;
    // Header names are lower-cased; a repeated header keeps its last value.
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

} // namespace Lifeboat
