// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "HttpRequest.h"

#include <QByteArray>

namespace Lifeboat {

// Reads a request's head (the request line and the header lines, without the
// blank line that ends them) as HttpServer receives it from any local
// process: everything in it is untrusted, so anything but a plain HTTP/1.x
// request line and well-formed headers is refused.
class HttpRequestHead
{
public:
    // 0 when the head is usable (request and contentLength filled in), else
    // the status to answer with: 400 malformed, 501 a transfer coding.
    static int parse(const QByteArray &head, HttpRequest &request, qint64 &contentLength);
};

} // namespace Lifeboat
