// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>
#include <QStringList>

class QFileInfo;

namespace Lifeboat {

// How many files and bytes a file or directory holds (hidden files too;
// links are counted, not followed). What previews and space checks show.
struct DiskUsage
{
    qint64 files = 0;
    qint64 bytes = 0;
    // What a backup cannot hold, found on the way (at most `maxNamed` of
    // each): pipes, sockets and devices, which are never opened (a pipe
    // would block the reader for ever), and links whose target leaves
    // `path` (see LinkTarget).
    QStringList special;
    QStringList linksOutside;
    static constexpr qsizetype maxNamed = 20;

    static DiskUsage of(const QString &path);
    // `path`, or its nearest ancestor that exists: where the free space for
    // something not yet created is measured.
    static QString nearestExisting(QString path);

private:
    void note(const QFileInfo &entry, const QString &root);
};

} // namespace Lifeboat
