// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StagedReadBack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

// What identifies the file as it was read: a rewrite changes one of them.
struct Stamp
{
    qint64 size = -1;
    qint64 modifiedNs = 0;
    quint64 inode = 0;
    bool operator==(const Stamp &) const = default;
};

Stamp stampOf(const QString &path)
{
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return {qint64(info.st_size), qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec, quint64(info.st_ino)};
}

struct ReadBack
{
    QString staging;
    BackupPart part; // shares its lists with the read-back's own copy
    Stamp stamp;
    std::shared_ptr<std::atomic<bool>> stopped;
    QFuture<BackupSetVerifier::ArchiveCheck> result;
};

// The archives being read back, by path, on a pool of their own: its
// threads are niced once and stay so (lowering a nice value again needs
// privileges), so no other work may ever run on them.
struct Registry
{
    QMutex mutex;
    QHash<QString, ReadBack> readBacks;
    QThreadPool pool;
    Registry() { pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount())); }
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

QList<ReadBack> takeAll(const QString &staging, QHash<QString, ReadBack> *readBacks, QStringList *paths)
{
    QList<ReadBack> taken;
    for (auto it = readBacks->begin(); it != readBacks->end();) {
        if (it->staging != staging) {
            ++it;
            continue;
        }
        paths->append(it.key());
        taken.append(*it);
        it = readBacks->erase(it);
    }
    return taken;
}

} // namespace

void StagedReadBack::start(const QString &archivePath, const BackupPart &part)
{
    if (archivePath.endsWith(QLatin1String(".zip")))
        return;
    Registry &all = registry();
    // As the sidecar records it: the base (every file of the older set's
    // part) and where the sources were read are not in a manifest.
    BackupPart recorded = part;
    recorded.base = {};
    for (BackupPart::Source &source : recorded.sources)
        source = {source.path, source.archivePath, {}, {}};
    ReadBack readBack{QDir::cleanPath(QFileInfo(archivePath).path()), recorded, stampOf(archivePath),
                      std::make_shared<std::atomic<bool>>(false), {}};
    const auto stopped = readBack.stopped;
    readBack.result = QtConcurrent::run(&all.pool, [part = recorded, archivePath, stopped] {
        (void)::setpriority(PRIO_PROCESS, ::gettid(), 19);
        return BackupSetVerifier::readBack(part, archivePath, [stopped] { return stopped->load(); });
    });
    const QMutexLocker lock(&all.mutex);
    // An archive written again (a repeated step) makes the earlier read-back moot.
    if (const auto earlier = all.readBacks.constFind(archivePath); earlier != all.readBacks.constEnd())
        earlier->stopped->store(true);
    all.readBacks.insert(archivePath, readBack);
}

QHash<QString, BackupSetVerifier::ArchiveCheck> StagedReadBack::finish(const QString &staging)
{
    QStringList paths;
    QList<ReadBack> taken;
    {
        const QMutexLocker lock(&registry().mutex);
        taken = takeAll(QDir::cleanPath(staging), &registry().readBacks, &paths);
    }
    QHash<QString, BackupSetVerifier::ArchiveCheck> checks;
    for (qsizetype i = 0; i < taken.size(); ++i) {
        taken[i].result.waitForFinished();
        if (stampOf(paths[i]) == taken[i].stamp && taken[i].stamp.size >= 0)
            checks.insert(QFileInfo(paths[i]).fileName(), taken[i].result.result());
    }
    return checks;
}

std::optional<BackupPart> StagedReadBack::recorded(const QString &staging, const QString &partName)
{
    const QString directory = QDir::cleanPath(staging);
    const QMutexLocker lock(&registry().mutex);
    for (auto it = registry().readBacks.cbegin(); it != registry().readBacks.cend(); ++it) {
        if (it->staging == directory && it->part.name == partName && !partName.isEmpty())
            return stampOf(it.key()) == it->stamp && it->stamp.size >= 0 ? std::optional(it->part) : std::nullopt;
    }
    return std::nullopt;
}

void StagedReadBack::abandon(const QString &staging)
{
    QStringList paths;
    QList<ReadBack> taken;
    {
        const QMutexLocker lock(&registry().mutex);
        taken = takeAll(QDir::cleanPath(staging), &registry().readBacks, &paths);
    }
    for (ReadBack &readBack : taken)
        readBack.stopped->store(true);
    for (ReadBack &readBack : taken)
        readBack.result.waitForFinished();
}

} // namespace Lifeboat
