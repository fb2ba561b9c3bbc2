// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DiskUsage.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <support/LinkTarget.h>

namespace Lifeboat {

DiskUsage DiskUsage::of(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink())
        return {1, 0};
    if (!info.exists())
        return {};
    DiskUsage usage;
    if (!info.isDir()) {
        usage.note(info, path);
        return usage;
    }
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo entry = it.nextFileInfo();
        if (!entry.isDir() || entry.isSymLink())
            usage.note(entry, path);
    }
    return usage;
}

void DiskUsage::note(const QFileInfo &entry, const QString &root)
{
    const auto name = [](QStringList *list, const QString &path) {
        if (list->size() < maxNamed)
            list->append(path);
    };
    if (entry.isSymLink()) {
        if (!LinkTarget::staysInside(QDir(root).relativeFilePath(entry.filePath()), entry.readSymLink()))
            name(&linksOutside, entry.filePath());
        // Counted as before: a link to a file by the size of that file.
        if (!entry.isDir()) {
            ++files;
            bytes += entry.isFile() ? entry.size() : 0;
        }
        return;
    }
    ++files;
    if (entry.isFile())
        bytes += entry.size();
    else
        name(&special, entry.filePath());
}

QString DiskUsage::nearestExisting(QString path)
{
    while (!QFileInfo::exists(path) && QFileInfo(path).absolutePath() != path)
        path = QFileInfo(path).absolutePath();
    return path;
}

} // namespace Lifeboat
