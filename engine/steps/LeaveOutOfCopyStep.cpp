// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LeaveOutOfCopyStep.h"

#include <hosts/Hosts.h>
#include <restore/RestoreScratch.h>
#include <run/FailPoint.h>
#include <restore/PathPatterns.h>

#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Lifeboat {

LeaveOutOfCopyStep::LeaveOutOfCopyStep(QList<HostPath> locations, QStringList paths, QString title)
    : m_locations(std::move(locations))
    , m_paths(std::move(paths))
    , m_title(std::move(title))
{
}

QString LeaveOutOfCopyStep::details() const
{
    return tr("Deletes %1 from the unpacked copy, before the node stops: the procedure deletes them once the backup is "
              "restored, and the set keeps them. Nothing the cluster uses changes yet.")
        .arg(m_paths.join(QStringLiteral(", ")));
}

ChangeList LeaveOutOfCopyStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const HostPath &location : m_locations) {
        HostFiles &files = context.hosts().files(location);
        changes.append({Change::Kind::Delete, files.describe(RestoreScratch::copyFor(files, location.path, context.runIdForPreview())),
                        tr("only %1 in it, where it holds them; the set keeps them").arg(m_paths.join(QStringLiteral(", ")))});
    }
    return changes;
}

// Each host searches its own copy, all at once, as they were unpacked
// (ExtractPartStep): a search takes seconds for every 300,000 files.
bool LeaveOutOfCopyStep::run(StepContext &context)
{
    std::atomic_int count{0};
    std::atomic_bool failed{false};
    QList<int> indexes;
    for (int i = 0; i < m_locations.size(); ++i)
        indexes.append(i);
    QThreadPool pool;
    pool.setMaxThreadCount(int(m_locations.size()));
    QtConcurrent::blockingMap(&pool, indexes, [&](int index) {
        if (context.isCancelled() || !leaveOut(context, m_locations[index], &count))
            failed = true; // the others go on: a repeat skips what is gone
    });
    if (failed)
        return context.errorString().isEmpty() ? context.failCancelled() : false;
    context.info(tr("Left %n file(s) out of the unpacked copy.", nullptr, count.load()));
    return true;
}

bool LeaveOutOfCopyStep::leaveOut(StepContext &context, const HostPath &location, std::atomic_int *count)
{
    HostFiles &files = context.hosts().files(location);
    const QString copy = RestoreScratch::copyFor(files, location.path, context.runId());
    QStringList found;
    QString error;
    if (!PathPatterns::match(files, copy, m_paths, &found, &error))
        return context.fail(error);
    for (const QString &path : std::as_const(found)) {
        if (!files.removeOwnTree(path, &error))
            return context.fail(error);
        context.recordChange({Change::Kind::Delete, files.describe(path), tr("left out of the restored copy; the set keeps it")});
        FailPoint::hit(QStringLiteral("left-out:") + QFileInfo(path).fileName());
        ++*count;
    }
    return true;
}

} // namespace Lifeboat
