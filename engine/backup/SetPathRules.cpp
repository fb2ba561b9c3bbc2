// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SetPathRules.h"

#include <support/LinkTarget.h>

#include <QStringList>
#include <algorithm>

namespace Lifeboat {

bool SetPathRules::isSafeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(QChar(0)) || path.contains(u'\\'))
        return false;
    const QStringList components = path.split(u'/');
    return std::none_of(components.cbegin(), components.cend(), [](const QString &component) {
        return component.isEmpty() || component == QLatin1String(".") || component == QLatin1String("..");
    });
}

bool SetPathRules::isSafeName(const QString &name)
{
    return isSafeRelativePath(name) && !name.contains(u'/') && !name.startsWith(u'.');
}

bool SetPathRules::isSafeEntryPath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(QChar(0)) || path.contains(u'\\'))
        return false;
    const QStringList components = path.split(u'/', Qt::SkipEmptyParts);
    return !components.isEmpty() && !components.contains(QLatin1String(".."));
}

namespace {

// The entry's path below the root of its part's source, as LinkTarget takes it.
QString pathInsideSource(const QString &entryPath, const BackupPart *part)
{
    QString path = entryPath;
    while (path.startsWith(QLatin1String("./")))
        path = path.mid(2);
    if (!part)
        return path;
    for (const BackupPart::Source &source : part->sources) {
        if (path.startsWith(source.archivePath + u'/'))
            return path.mid(source.archivePath.size() + 1);
    }
    return path;
}

} // namespace

QString SetPathRules::landsOutside()
{
    return tr("would land outside the target (an absolute path or \"..\")");
}

QString SetPathRules::entryProblem(const TarStreamReader::Entry &entry, const BackupPart *part)
{
    if (!isSafeEntryPath(entry.path))
        return landsOutside();
    if (entry.type == '1')
        return tr("is a hard link (to \"%1\"), which a backup part never holds").arg(entry.linkTarget);
    if (entry.type == '2')
        return LinkTarget::staysInside(pathInsideSource(entry.path, part), entry.linkTarget)
            ? QString()
            : tr("is a link to \"%1\", outside the target").arg(entry.linkTarget);
    if (!entry.isFile() && !entry.isDirectory())
        return tr("is a device, pipe or other special file");
    return {};
}

} // namespace Lifeboat
