// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ArchivePartsStep.h"

#include <backup/StagedSet.h>

#include <backup/BackupSetLayout.h>

#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <vector>

namespace Lifeboat {

ArchivePartsStep::ArchivePartsStep(QList<BackupPart> parts, QString title)
    : m_parts(std::move(parts))
    , m_title(std::move(title))
{
}

ChangeList ArchivePartsStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const BackupPart &part : m_parts)
        changes.append(StagedSet::preview(context, part));
    return changes;
}

// One thread per core for the parts read here; a part read on another host
// is compressed and hashed by that host's CPUs and only waits here, so each
// gets a thread of its own: the hosts work at the same time.
int ArchivePartsStep::threadsFor(const QList<int> &pending) const
{
    int remote = 0;
    for (int index : pending) {
        const auto &sources = m_parts[index].sources;
        if (std::any_of(sources.cbegin(), sources.cend(), [](const BackupPart::Source &source) { return !source.host.isEmpty(); }))
            ++remote;
    }
    return std::max(1, QThread::idealThreadCount()) + remote;
}

bool ArchivePartsStep::run(StepContext &context)
{
    const QString staging = StagedSet::directory(context);
    if (!QDir().mkpath(staging))
        return context.fail(tr("Cannot create %1. Check the backup root's permissions and free space.").arg(staging));
    // Full or incremental, and why, as decided when the plan was made.
    const QString kind = context.options().value(QStringLiteral("baseReason")).toString();
    if (!kind.isEmpty())
        context.info(kind);
    QList<int> pending;
    std::vector<qint64> done(size_t(m_parts.size()), 0);
    std::vector<qint64> sizes(size_t(m_parts.size()), 0);
    qint64 total = 0;
    for (int i = 0; i < m_parts.size(); ++i) {
        if (QFileInfo::exists(BackupSetLayout::partFile(staging, m_parts[i].name)))
            continue;
        pending.append(i);
        sizes[size_t(i)] = StagedSet::preview(context, m_parts[i]).bytes;
        total += sizes[size_t(i)];
    }
    // The largest first: a large part started last would leave the other
    // cores idle while it runs on alone.
    std::stable_sort(pending.begin(), pending.end(), [&sizes](int a, int b) { return sizes[size_t(a)] > sizes[size_t(b)]; });
    QMutex progressMutex;
    std::atomic_bool failed{false};
    auto archiveOne = [&](int index) {
        BackupPart part = m_parts[index];
        QString error;
        const bool written = StagedSet::write(context, part,
                                              {[&, index](qint64 partDone, qint64) {
                                                   const QMutexLocker lock(&progressMutex);
                                                   done[size_t(index)] = partDone;
                                                   qint64 sum = 0;
                                                   for (qint64 value : done)
                                                       sum += value;
                                                   context.progress(sum, total);
                                               },
                                               [&] { return failed.load() || context.isCancelled(); },
                                               [&](const QString &warning) { context.warn(warning); }},
                                              &error);
        if (!written) {
            // The first failure stops the others: what they say then is only
            // that they were stopped ("Cancelled by the user.", when nobody
            // cancelled anything), not the news.
            if (!failed.exchange(true))
                context.fail(error);
            return;
        }
        if (!StagedSet::record(context, part))
            failed = true;
    };
    QThreadPool pool;
    pool.setMaxThreadCount(threadsFor(pending));
    QtConcurrent::blockingMap(&pool, pending, archiveOne);
    if (!failed && !context.isCancelled())
        return true;
    // A failure was already reported; a bare cancel still needs saying.
    return context.errorString().isEmpty() ? context.failCancelled() : false;
}

} // namespace Lifeboat
