// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// How many files and bytes a file or directory holds (hidden files too;
// links are counted, not followed). What previews and space checks show.
struct DiskUsage
{
    qint64 files = 0;
    qint64 bytes = 0;

    static DiskUsage of(const QString &path);
    // `path`, or its nearest ancestor that exists: where the free space for
    // something not yet created is measured.
    static QString nearestExisting(QString path);
};

} // namespace Lifeboat
