// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PutBackFromQuarantineStep.h"

#include <hosts/Hosts.h>
#include <restore/DatabaseReplacement.h>
#include <restore/Quarantine.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

namespace {
// The anchor an entry's quarantine lives in: the folder above ".lifeboat-quarantine".
QString anchorOf(const Quarantine::Entry &entry, const ClusterProfile &profile)
{
    for (const HostPath &anchor : Quarantine::anchors(profile)) {
        if (anchor.host == entry.host && entry.original.startsWith(anchor.path + u'/'))
            return anchor.path;
    }
    return QFileInfo(entry.original).absolutePath();
}
} // namespace

PutBackFromQuarantineStep::PutBackFromQuarantineStep(QString restoreRunId)
    : m_restoreRunId(std::move(restoreRunId))
{
}

QString PutBackFromQuarantineStep::title() const
{
    return tr("Put back what the restore %1 replaced").arg(m_restoreRunId);
}

ChangeList PutBackFromQuarantineStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const Quarantine::Entry &entry : Quarantine::undoLog(context.profile(), m_restoreRunId)) {
        HostFiles &files = context.hosts().files(entry.host);
        if (!entry.exists(files))
            continue;
        // A database's dump is what is loaded (its size counts for space).
        HostFiles::Usage usage;
        if (context.measuresPreview() || !entry.database.isEmpty())
            (void)files.usage(entry.isPlaced() ? entry.original : entry.stored, &usage, nullptr);
        if (!entry.database.isEmpty()) {
            changes.append({Change::Kind::Overwrite, entry.original,
                            tr("loaded from %1, after a dump of what it holds now is kept in this run's quarantine").arg(entry.stored), 1,
                            usage.bytes});
            continue;
        }
        changes.append(entry.isPlaced()
                           ? Change{Change::Kind::Move, files.describe(entry.original), tr("restored from the backup; moved to the quarantine"), usage.files, usage.bytes}
                           : Change{Change::Kind::Move, files.describe(entry.stored), tr("back to %1").arg(files.describe(entry.original)), usage.files, usage.bytes});
    }
    return changes;
}

bool PutBackFromQuarantineStep::run(StepContext &context)
{
    const QList<Quarantine::Entry> log = Quarantine::undoLog(context.profile(), m_restoreRunId);
    // Which entries are undone, for a repeat after a crash: a placed path is
    // there again once an older entry put the original back.
    QFile progress(QDir(context.runDirectory()).filePath(QStringLiteral("undone.txt")));
    const QList<QByteArray> done = progress.open(QIODevice::ReadOnly) ? progress.readAll().split('\n') : QList<QByteArray>();
    progress.close();
    if (!progress.open(QIODevice::WriteOnly | QIODevice::Append))
        return context.fail(tr("Cannot write %1.").arg(progress.fileName()));
    int undone = 0;
    for (const Quarantine::Entry &entry : log) {
        HostFiles &files = context.hosts().files(entry.host);
        if (!entry.exists(files) || done.contains(QByteArray::number(entry.sequence)))
            continue;
        Quarantine quarantine(files, context.runId(), context.options().value(QStringLiteral("scenario")).toString());
        if (!entry.database.isEmpty()) {
            if (!putBackDatabase(context, entry))
                return false;
        } else if (!putBack(context, quarantine, entry)) {
            return false;
        }
        progress.write(QByteArray::number(entry.sequence) + '\n');
        progress.flush();
        ++undone;
        context.progress(undone, log.size());
    }
    context.info(tr("Undid %n change(s) of the restore %1; the files are as they were before it.", nullptr, undone).arg(m_restoreRunId));
    return true;
}

bool PutBackFromQuarantineStep::putBack(StepContext &context, Quarantine &quarantine, const Quarantine::Entry &entry) const
{
    const QString anchor = anchorOf(entry, context.profile());
    if (!quarantine.move(entry.original, anchor))
        return context.fail(quarantine.errorString());
    HostFiles &files = context.hosts().files(entry.host);
    if (entry.isPlaced()) {
        context.recordChange({Change::Kind::Move, files.describe(entry.original), tr("put in place by %1; now in this run's quarantine").arg(m_restoreRunId)});
    } else {
        QString error;
        if (!files.makeDirectory(QFileInfo(entry.original).absolutePath(), &error) || !files.rename(entry.stored, entry.original, &error))
            return context.fail(tr("Cannot move %1 back to %2.").arg(files.describe(entry.stored), entry.original) + u' ' + error);
        context.recordChange({Change::Kind::Move, files.describe(entry.stored), tr("back to %1").arg(files.describe(entry.original))});
    }
    return true;
}

bool PutBackFromQuarantineStep::putBackDatabase(StepContext &context, const Quarantine::Entry &entry) const
{
    for (const DatabaseProfile &database : context.profile().databases) {
        if (database.name == entry.database)
            return DatabaseReplacement::replace(context, database, entry.stored);
    }
    return context.fail(tr("The profile has no database named %1, so its contents kept in %2 cannot be loaded back. Add it to "
                           "the profile again, or load the dump with the database's own client.")
                            .arg(entry.database, entry.stored));
}

} // namespace Lifeboat
