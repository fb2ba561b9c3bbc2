// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/HostFiles.h>

#include <QCoreApplication>

class QIODevice;

namespace Lifeboat {

class PartExtractor;

// The files of the machine this process runs on: Lifeboat's own machine, or
// a node host where lifeboat-agent runs it for a RemoteHostFiles. Every
// safety rule of a restore (refusing unsafe archive entries, checking every
// hash, writing whole files, syncing renames, deleting only Lifeboat's own
// folders) is here, so it holds the same on every host.
class LocalHostFiles : public HostFiles
{
    Q_DECLARE_TR_FUNCTIONS(LocalHostFiles)

public:
    QString host() const override { return {}; }

    bool stat(const QString &path, Entry *entry, QString *error) override;
    bool list(const QString &directory, QList<Entry> *entries, QString *error) override;
    bool listTree(const QString &root, QList<Entry> *entries, QString *error) override;
    bool usage(const QString &path, Usage *usage, QString *error) override;
    bool freeSpace(const QString &path, qint64 *bytes, QString *error) override;
    bool readFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error) override;
    bool readTail(const QString &path, qint64 maxBytes, QByteArray *data, QString *error) override;
    bool hashFile(const QString &path, QString *sha256, QString *error) override;
    bool findByName(const QString &root, const QString &name, QStringList *paths, QString *error) override;
    bool inspectLock(const QString &lockFile, Lock *lock, QString *error) override;
    std::unique_ptr<HeldLock> holdLock(const QString &lockFile, const QByteArray &record, QByteArray *holder,
                                       QString *error) override;
    bool lockHolder(const QString &lockFile, std::optional<QByteArray> *holder, QString *error) override;
    bool checkWritable(const QString &path, QString *whyNot, QString *error) override;
    bool identity(Identity *identity, QString *error) override;

    bool writeFile(const QString &path, const QByteArray &data, int mode, QString *error) override;
    bool makeDirectory(const QString &path, QString *error) override;
    bool rename(const QString &from, const QString &to, QString *error) override;
    bool copy(const QString &from, const QString &to, QString *error) override;
    bool copyAttributes(const QString &from, const QString &to, QString *error) override;
    bool removeOwnTree(const QString &path, QString *error) override;

    bool snapshotSupport(const QString &path, SnapshotSupport *support, QString *error) override;
    bool createSnapshot(const QString &path, SnapshotMethod method, const QString &snapshotPath, QString *error) override;
    bool removeSnapshot(const QString &snapshotPath, QString *error) override;

    bool archive(BackupPart &part, ArchiveFormat format, const QString &localDirectory, const Callbacks &callbacks,
                 QString *error) override;
    bool extract(const QString &localArchive, const BackupPart &part, const QString &prefix, const QString &target,
                 ExtractMode mode, const Callbacks &callbacks, Extracted *extracted, QString *error) override;
    bool fetch(const QString &path, const QString &localPath, const Callbacks &callbacks, QString *error) override;

    // The same three with a stream in place of the file on Lifeboat's
    // machine: lifeboat-agent's connection to Lifeboat. archiveTo() writes
    // the archive into `device` (a tar as it is made, see PartArchiver);
    // extractFrom() unpacks from `device` (`archiveName` gives the format
    // and names it in messages) and, when it is a stream, reads it to its
    // end, so a stream that breaks off after the archive fails too; fetchInto()
    // copies the file into `device`.
    [[nodiscard]] bool archiveTo(BackupPart &part, ArchiveFormat format, QIODevice *device, const Callbacks &callbacks,
                                 QString *error);
    [[nodiscard]] bool extractFrom(QIODevice *device, const QString &archiveName, const BackupPart &part,
                                   const QString &prefix, const QString &target, ExtractMode mode,
                                   const Callbacks &callbacks, Extracted *extracted, QString *error);
    [[nodiscard]] bool fetchInto(const QString &path, QIODevice *device, const QString &deviceName,
                                 const Callbacks &callbacks, QString *error);

    // A path with one of Lifeboat's own ".lifeboat-…" folders or files in it.
    static bool isLifeboatsOwn(const QString &path);
    static Entry entryOf(const QString &path);

private:
    bool copyEntry(const QString &from, const QString &to, QString *error);
    bool unpack(PartExtractor &extractor, QIODevice *stream, const QString &target, ExtractMode mode,
                const Callbacks &callbacks, Extracted *extracted, QString *error);
};

} // namespace Lifeboat
