// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HostFiles.h"

#include <QFileInfo>

namespace Lifeboat {

QString HostFiles::Entry::name() const
{
    return QFileInfo(path).fileName();
}

QString HostFiles::readText(const QString &path, bool *readable)
{
    constexpr qint64 smallFileLimit = 1 << 20;
    QByteArray data;
    const bool read = !path.isEmpty() && readFile(path, smallFileLimit, &data, nullptr);
    if (readable)
        *readable = read;
    return QString::fromUtf8(data).trimmed();
}

HostFiles::Entry HostFiles::nearestExisting(QString path)
{
    Entry entry;
    while (stat(path, &entry, nullptr) && !entry.exists() && QFileInfo(path).absolutePath() != path)
        path = QFileInfo(path).absolutePath();
    entry.path = path;
    return entry;
}

QString HostFiles::describe(const QString &path) const
{
    return isLocal() ? path : host() + u':' + path;
}

} // namespace Lifeboat
