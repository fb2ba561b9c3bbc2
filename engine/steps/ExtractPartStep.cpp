// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ExtractPartStep.h"

#include <backup/BackupSetVerifier.h>
#include <steps/WritablePlaces.h>
#include <hosts/Hosts.h>
#include <restore/RestoreScratch.h>
#include <restore/ScratchCopy.h>

#include <QDir>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <atomic>
#include <numeric>
#include <vector>

namespace Lifeboat {

ExtractPartStep::ExtractPartStep(QString setDirectory, BackupPart part, QString prefix, HostPath location, QString title)
    : ExtractPartStep(std::move(setDirectory), std::move(part), std::move(prefix), QList<HostPath>{std::move(location)},
                      std::move(title))
{
}

ExtractPartStep::ExtractPartStep(QString setDirectory, BackupPart part, QString prefix, QList<HostPath> locations,
                                 QString title)
    : m_setDirectory(std::move(setDirectory))
    , m_part(std::move(part))
    , m_prefix(std::move(prefix))
    , m_locations(std::move(locations))
    , m_title(std::move(title))
{
}

QString ExtractPartStep::details() const
{
    QStringList places;
    for (const HostPath &location : m_locations)
        places.append(location.display());
    return tr("Unpacks %1 from the backup set next to %2 and checks every file against the manifest. Nothing the "
              "cluster uses changes yet.").arg(m_part.archiveFile, places.join(QStringLiteral(", ")));
}

QStringList ExtractPartStep::missingRequirements(const StepContext &context) const
{
    return WritablePlaces::missing(context, m_locations);
}

ChangeList ExtractPartStep::preview(const StepContext &context) const
{
    qint64 files = 0, bytes = 0;
    for (const BackupPart::File &file : m_part.files) {
        if (file.path.startsWith(m_prefix)) {
            ++files;
            bytes += file.size;
        }
    }
    ChangeList changes;
    for (const HostPath &location : m_locations) {
        HostFiles &host = context.hosts().files(location);
        changes.append({Change::Kind::Write,
                        host.describe(RestoreScratch::copyFor(host, location.path, context.runIdForPreview())),
                        tr("scratch copy, swapped in later"), files, bytes});
        ScratchCopy::previewOwners(host, m_part, location, &changes);
    }
    return changes;
}

bool ExtractPartStep::run(StepContext &context)
{
    const QString archive = QDir(m_setDirectory).filePath(m_part.archiveFile);
    const bool unpacked = m_locations.size() == 1
        ? !ScratchCopy::unpack(context, archive, m_part, m_prefix, m_locations.first()).isEmpty()
        : unpackEverywhere(context, archive);
    if (unpacked || !m_beforeAnyChange || context.isCancelled())
        return unpacked;
    return failIfDamaged(context);
}

// The verification left this part's archives to the unpacking (see
// VerifyBackupSetStep): when the unpacking failed, the part is read back
// as the verification reads it, so that a damaged set is named as one
// (the archive, the older set) and ends the run as it would have there.
bool ExtractPartStep::failIfDamaged(StepContext &context) const
{
    BackupSetVerifier verifier(m_setDirectory);
    verifier.onlyParts({m_part.name});
    verifier.trustSigners(context.profile().signing);
    if (verifier.verify() && !verifier.intact())
        return context.failDamaged(verifier.refusalToRestore());
    return false;
}

// One thread per location, each streaming from the set to its own host;
// the progress shown is the sum.
bool ExtractPartStep::unpackEverywhere(StepContext &context, const QString &archive) const
{
    QMutex progressMutex;
    std::vector<qint64> done(size_t(m_locations.size()), 0);
    std::vector<qint64> totals(size_t(m_locations.size()), 0);
    std::atomic_bool failed{false};
    QList<int> indexes;
    for (int i = 0; i < m_locations.size(); ++i)
        indexes.append(i);
    auto unpackOne = [&](int index) {
        const auto progress = [&, index](qint64 locationDone, qint64 locationTotal) {
            const QMutexLocker lock(&progressMutex);
            done[size_t(index)] = locationDone;
            totals[size_t(index)] = locationTotal;
            context.progress(std::accumulate(done.begin(), done.end(), qint64(0)),
                             std::accumulate(totals.begin(), totals.end(), qint64(0)));
        };
        if (ScratchCopy::unpack(context, archive, m_part, m_prefix, m_locations[index], {}, progress).isEmpty())
            failed = true; // the others go on: what they finish, a resume keeps
    };
    QThreadPool pool;
    pool.setMaxThreadCount(int(m_locations.size()));
    QtConcurrent::blockingMap(&pool, indexes, unpackOne);
    if (!failed && !context.isCancelled())
        return true;
    return context.errorString().isEmpty() ? context.failCancelled() : false;
}

} // namespace Lifeboat
