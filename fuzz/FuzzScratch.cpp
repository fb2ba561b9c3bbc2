// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FuzzScratch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace Lifeboat {

QString FuzzScratch::directory()
{
    static QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/lifeboat-fuzz-XXXXXX"));
    if (!scratch.isValid())
        std::abort(); // nothing can be fuzzed without it; say so loudly
    return scratch.path();
}

QString FuzzScratch::write(const QString &name, const uint8_t *data, size_t size)
{
    const QString path = directory() + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
        std::abort();
    return path;
}

QByteArray FuzzScratch::bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Lifeboat
