// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace Lifeboat {

QString DataPaths::dataDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("lifeboat"));
}

QString DataPaths::logDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

QString DataPaths::runsDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("runs"));
}

} // namespace Lifeboat
