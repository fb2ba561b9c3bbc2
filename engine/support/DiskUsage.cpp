// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DiskUsage.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Lifeboat {

DiskUsage DiskUsage::of(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return {1, 0};
    if (!info.exists())
        return {};
    if (!info.isDir())
        return {1, info.size()};
    DiskUsage usage;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        usage.bytes += it.nextFileInfo().size();
        ++usage.files;
    }
    return usage;
}

QString DiskUsage::nearestExisting(QString path)
{
    while (!QFileInfo::exists(path) && QFileInfo(path).absolutePath() != path)
        path = QFileInfo(path).absolutePath();
    return path;
}

} // namespace Lifeboat
