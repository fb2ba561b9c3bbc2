// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// `lifeboat-node lcbackupmode` arguments, one per NUL-separated piece of the
// input, as a script (or a profile's command template) passes them.

#include "FuzzScratch.h"

#include <BackupModeArguments.h>

#include <cstdlib>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments;
    for (const QByteArray &piece : FuzzScratch::bytes(data, size).split('\0'))
        arguments.append(QString::fromUtf8(piece));
    QString error;
    const std::optional<BackupModeArguments> parsed = BackupModeArguments::parse(arguments, &error);
    if (!parsed) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const QUrl url = parsed->url(QStringLiteral("/lc/backupmode/"));
    if (!url.isValid() || url.host().isEmpty() || url.port() < 1)
        std::abort(); // what the parser accepts makes a request that can be sent
    return 0;
}
