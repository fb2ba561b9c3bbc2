// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StagedSet.h"

#include <backup/BackupSetLayout.h>
#include <backup/PartArchiver.h>
#include <run/StepContext.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace Lifeboat {

QString StagedSet::directory(const StepContext &context)
{
    return BackupSetLayout::staging(context.profile().backupRoot, context.options().value(QStringLiteral("setId")).toString());
}

ArchiveFormat StagedSet::format(const StepContext &context)
{
    ArchiveFormat format = ArchiveFormat::TarZstd;
    archiveFormatFromName(context.options().value(QStringLiteral("compression"), QStringLiteral("zstd")).toString(), &format);
    return format;
}

Change StagedSet::preview(const StepContext &context, const BackupPart &part)
{
    qint64 files = 0, bytes = 0;
    for (const BackupPart::Source &source : part.sources) {
        if (QFileInfo(source.path).isFile()) {
            ++files;
            bytes += QFileInfo(source.path).size();
            continue;
        }
        QDirIterator it(source.path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            ++files;
            bytes += it.nextFileInfo().size();
        }
    }
    return {Change::Kind::Write, QDir(directory(context)).filePath(part.name), tr("archive of %1").arg(part.kind), files, bytes};
}

bool StagedSet::archive(StepContext &context, BackupPart part)
{
    const QString staging = directory(context);
    if (!QDir().mkpath(staging))
        return context.fail(tr("Cannot create %1. Check the backup root's permissions and free space.").arg(staging));
    PartArchiver archiver(format(context), {[&context](qint64 done, qint64 total) { context.progress(done, total); },
                                            [&context] { return context.isCancelled(); },
                                            [&context](const QString &warning) { context.warn(warning); }});
    if (!archiver.write(part, staging))
        return context.fail(archiver.errorString());
    return record(context, part);
}

bool StagedSet::record(StepContext &context, const BackupPart &part)
{
    const QString staging = directory(context);
    QSaveFile sidecar(BackupSetLayout::partFile(staging, part.name));
    const QByteArray json = QJsonDocument(part.toJson()).toJson(QJsonDocument::Compact);
    if (!sidecar.open(QIODevice::WriteOnly) || sidecar.write(json) != json.size() || !sidecar.commit())
        return context.fail(tr("Cannot write %1: %2").arg(sidecar.fileName(), sidecar.errorString()));
    context.recordChange({Change::Kind::Write, QDir(staging).filePath(part.archiveFile), part.kind, part.files.size(), part.bytes});
    context.info(tr("Archived %1: %n file(s).", nullptr, int(part.files.size())).arg(part.name));
    return true;
}

} // namespace Lifeboat
