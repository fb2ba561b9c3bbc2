// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// A tar stream as a backup set's archive or lifeboat-agent's input carries
// it: every entry's header read and its data read to the end.

#include "FuzzScratch.h"

#include <backup/TarStreamReader.h>

#include <QBuffer>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = FuzzScratch::bytes(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    TarStreamReader reader(&buffer);
    TarStreamReader::Entry entry;
    char chunk[4096];
    // A stream can claim any number of entries; it cannot hold more than its bytes.
    for (int entries = 0; entries < 10000 && reader.next(&entry); ++entries) {
        while (reader.read(chunk, sizeof chunk) > 0) {
        }
    }
    (void)reader.errorString();
    return 0;
}
