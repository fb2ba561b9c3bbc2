// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DiskSync.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

template<typename Sync>
bool withDescriptor(const QString &path, int flags, Sync sync)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = sync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

bool DiskSync::file(const QString &path)
{
    return withDescriptor(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK, ::fsync);
}

bool DiskSync::directory(const QString &path)
{
    return withDescriptor(path, O_RDONLY | O_DIRECTORY, ::fsync);
}

void DiskSync::beginWriting(int fd)
{
#ifdef SYNC_FILE_RANGE_WRITE
    (void)::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#else
    (void)fd;
#endif
}

bool DiskSync::fileSystemOf(const QString &path)
{
    return withDescriptor(path, O_RDONLY | O_NONBLOCK, ::syncfs);
}

} // namespace Lifeboat
