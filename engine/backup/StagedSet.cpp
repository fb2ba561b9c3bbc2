// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StagedSet.h"

#include <backup/BackupSetLayout.h>
#include <backup/BackupSetManifest.h>
#include <backup/IncrementalBase.h>
#include <backup/StagedReadBack.h>
#include <hosts/Hosts.h>
#include <support/FileAttributes.h>
#include <run/StepContext.h>

#include <QDir>
#include <QFile>
#include <QSet>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include <algorithm>

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
        HostFiles::Usage usage;
        if (context.hosts().files(source.host).usage(source.path, &usage, nullptr)) {
            files += usage.files;
            bytes += usage.bytes;
        }
    }
    const QString from = origin(part);
    QString what = from.isEmpty() ? tr("archive of %1").arg(part.kind) : tr("archive of %1 from %2").arg(part.kind, from);
    const QString base = context.options().value(QStringLiteral("base")).toString();
    if (!base.isEmpty())
        what += tr(", only files changed since %1").arg(base);
    return {Change::Kind::Write, QDir(directory(context)).filePath(part.name), what, files, bytes};
}

QString StagedSet::origin(const BackupPart &part)
{
    QStringList hosts;
    for (const BackupPart::Source &source : part.sources) {
        const QString name = source.host.isEmpty() ? tr("this machine") : source.host;
        if (!hosts.contains(name))
            hosts.append(name);
    }
    const bool local = std::all_of(part.sources.cbegin(), part.sources.cend(), [](const BackupPart::Source &source) { return source.host.isEmpty(); });
    if (local)
        return {};
    if (part.sources.size() == 1)
        return HostPath{part.sources.first().host, part.sources.first().path}.display();
    return hosts.join(QStringLiteral(", "));
}

bool StagedSet::archive(StepContext &context, BackupPart part)
{
    const QString staging = directory(context);
    if (!QDir().mkpath(staging))
        return context.fail(tr("Cannot create %1. Check the backup root's permissions and free space.").arg(staging));
    QString error;
    if (!write(context, part,
               {[&context](qint64 done, qint64 total) { context.progress(done, total); }, [&context] { return context.isCancelled(); },
                [&context](const QString &warning) { context.warn(warning); }},
               &error))
        return context.fail(error);
    return record(context, part);
}

void StagedSet::attachBase(StepContext &context, BackupPart &part)
{
    const QString base = context.options().value(QStringLiteral("base")).toString();
    if (base.isEmpty() || format(context) == ArchiveFormat::Zip)
        return;
    QString error;
    std::optional<BackupPart::Base> found = IncrementalBase::of(BackupSetLayout::final(context.profile().backupRoot, base), part, &error);
    if (!found) {
        // Gone since the plan was made (pruned, moved): whole is always right.
        context.warn(tr("The base set %1 cannot be read (%2), so %3 is archived whole.").arg(base, error, part.name));
        return;
    }
    part.base = *std::move(found);
}

bool StagedSet::write(StepContext &context, BackupPart &part, const HostFiles::Callbacks &callbacks, QString *error)
{
    const QString staging = directory(context);
    attachBase(context, part);
    QSet<QString> hosts;
    for (const BackupPart::Source &source : std::as_const(part.sources))
        hosts.insert(source.host);
    if (hosts.size() <= 1)
        return context.hosts().files(hosts.isEmpty() ? QString() : *hosts.cbegin()).archive(part, format(context), staging, callbacks, error);
    BackupPart gathered = part;
    const QString work = QDir(BackupSetLayout::workDirectory(staging)).filePath(part.name);
    for (BackupPart::Source &source : gathered.sources) {
        if (source.host.isEmpty())
            continue;
        HostFiles &files = context.hosts().files(source.host);
        HostFiles::Entry entry;
        if (!files.stat(source.path, &entry, error))
            return false;
        if (!entry.isFile()) {
            *error = tr("%1 is not a file; a part read from several hosts holds only files.").arg(files.describe(source.path));
            return false;
        }
        const QString local = QDir(work).filePath(source.archivePath);
        if (!QDir().mkpath(QFileInfo(local).absolutePath()) || !files.fetch(source.path, local, callbacks, error))
            return false;
        // The copy stands for the file on its host: its owner, mode and time
        // are what the archive and the manifest record.
        bool ownerSet = false;
        if (!FileAttributes::apply(local, {entry.mode, entry.uid, entry.gid, entry.owner, entry.group, entry.modified},
                                   &ownerSet, error))
            return false;
        source.path = local;
        source.host.clear();
    }
    if (!context.hosts().local().archive(gathered, format(context), staging, callbacks, error))
        return false;
    gathered.sources = part.sources; // as the profile names them
    part = gathered;
    return true;
}

namespace {
constexpr QLatin1StringView archiveSha256Key("archiveSha256");
}

bool StagedSet::record(StepContext &context, const BackupPart &part)
{
    const QString staging = directory(context);
    QSaveFile sidecar(BackupSetLayout::partFile(staging, part.name));
    if (!sidecar.open(QIODevice::WriteOnly)
        || !part.write(&sidecar, QJsonDocument::Compact, {{archiveSha256Key, QString::fromLatin1(part.archiveSha256)}})
        || !sidecar.commit())
        return context.fail(tr("Cannot write %1: %2").arg(sidecar.fileName(), sidecar.errorString()));
    StagedReadBack::start(QDir(staging).filePath(part.archiveFile), part);
    // What went into this archive; referenced files stay where they are.
    const qsizetype own = std::count_if(part.files.cbegin(), part.files.cend(),
                                        [](const BackupPart::File &file) { return file.storedIn.isEmpty(); });
    context.recordChange({Change::Kind::Write, QDir(staging).filePath(part.archiveFile), part.kind, own, part.ownBytes()});
    const QString from = origin(part);
    context.info(from.isEmpty() ? tr("Archived %1: %n file(s).", nullptr, int(part.files.size())).arg(part.name)
                                : tr("Archived %1 from %2: %n file(s).", nullptr, int(part.files.size())).arg(part.name, from));
    const qsizetype kept = part.files.size() - own;
    if (kept > 0)
        context.info(tr("%n of them unchanged: referenced in the older sets that hold them (%1).", nullptr, int(kept))
                         .arg(part.storedInOtherSets().join(QStringLiteral(", "))));
    return true;
}

std::optional<BackupPart> StagedSet::recorded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A piece at a time: the repository's part lists every file of it.
    BackupPart::Lists lists;
    JsonStreamReader reader = BackupPart::listReader(&lists);
    reader.read(&file);
    const QJsonObject object = reader.skeleton();
    BackupPart part = BackupPart::fromJson(object, &lists);
    const QByteArray sha = object.value(archiveSha256Key).toString().toLatin1();
    // Only a well-formed checksum; anything else is read anew from the archive.
    if (sha.size() == 64 && QByteArray::fromHex(sha).toHex() == sha)
        part.archiveSha256 = sha;
    return part;
}

QStringList StagedSet::sidecars(const QString &staging)
{
    QStringList paths;
    for (const QString &name : QDir(staging).entryList({QFileInfo(BackupSetLayout::partFile(staging, QStringLiteral("*"))).fileName()}, QDir::Files, QDir::Name))
        paths.append(QDir(staging).filePath(name));
    return paths;
}

} // namespace Lifeboat
