// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TextFile.h"

#include <QFile>

namespace Lifeboat {

QString TextFile::readTrimmed(const QString &path, bool *readable)
{
    QFile file(path);
    const bool opened = file.open(QIODevice::ReadOnly);
    if (readable)
        *readable = opened;
    return opened ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

} // namespace Lifeboat
