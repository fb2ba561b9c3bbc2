// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HttpRequestHead.h"

#include <QUrl>

#include <algorithm>

namespace Lifeboat {

namespace {

// RFC 9110 "token": what methods and header names are made of.
bool isToken(const QByteArray &text)
{
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return !text.isEmpty() && std::ranges::all_of(text, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
    });
}

QByteArray withoutCarriageReturn(const QByteArray &line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

// Fills method, path and query from "METHOD /target HTTP/1.x".
bool parseRequestLine(const QByteArray &line, HttpRequest &request)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/'))
        return false;
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return false;
    const QByteArray &target = parts[1];
    const qsizetype question = target.indexOf('?');
    request.method = parts[0];
    // AEM's JMX paths hold ':' and '='; clients send them raw or as %3A/%3D.
    request.path = QUrl::fromPercentEncoding(target.left(question < 0 ? target.size() : question));
    if (question >= 0)
        request.query.setQuery(QString::fromUtf8(target.mid(question + 1)));
    return true;
}

bool parseHeaderLines(const QList<QByteArray> &lines, HttpRequest &request)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = withoutCarriageReturn(lines[i]);
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = line.left(colon).toLower();
        if (colon <= 0 || !isToken(name))
            return false;
        request.headers.insert(name, line.mid(colon + 1).trimmed());
    }
    return true;
}

} // namespace

int HttpRequestHead::parse(const QByteArray &head, HttpRequest &request, qint64 &contentLength)
{
    const QList<QByteArray> lines = head.split('\n');
    if (!parseRequestLine(withoutCarriageReturn(lines.first()), request) || !parseHeaderLines(lines, request))
        return 400;
    if (request.headers.contains("transfer-encoding"))
        return 501; // no chunked bodies: Lifeboat's clients always send a length
    contentLength = 0;
    if (const auto it = request.headers.constFind("content-length"); it != request.headers.cend()) {
        bool ok = false;
        contentLength = it->toLongLong(&ok);
        if (!ok || contentLength < 0)
            return 400;
    }
    return 0;
}


} // namespace Lifeboat
