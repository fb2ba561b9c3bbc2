// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// What any local process may send a node's HTTP interface before the blank
// line: parsed as HttpServer parses it.

#include "FuzzScratch.h"

#include <HttpRequestHead.h>

#include <cstdlib>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpRequest request;
    qint64 contentLength = -1;
    const int status = HttpRequestHead::parse(FuzzScratch::bytes(data, size), request, contentLength);
    if (status == 0) {
        if (contentLength < 0 || request.method.isEmpty() || !request.path.startsWith(QLatin1Char('/')))
            std::abort(); // a head the server would act on must be whole
        (void)request.query.queryItems(QUrl::FullyDecoded);
    } else if (status != 400 && status != 501) {
        std::abort();
    }
    return 0;
}
