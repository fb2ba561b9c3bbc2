// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

class KArchiveDirectory;
class QIODevice;

namespace Lifeboat {

class FileWriterThread;

// Unpacks one part of a backup set into a directory, the way a restore must:
// every entry is checked before anything is written for it. An entry whose
// path is absolute or climbs out with "..", a link that points elsewhere, or
// a directory on the way that is a link (or a file that is one) is refused,
// and the extraction stops; nothing is ever written outside the target, nor
// through a link. Links that stay inside (see LinkTarget) and that the
// manifest lists with the same target are recreated as links. Every
// file's size and SHA-256 are checked against the manifest as it is written,
// and a file the manifest lists but the archive lacks is an error too, so an
// extraction that succeeds is also a verification.
//
// Every file and directory gets the owner, group, mode and modification time
// the manifest records for it (a set made before they were recorded: the
// mode from the archive, as before). An owner that cannot be given (the
// process does not run as root) is no error: the file stays the restoring
// user's, and ownersNotSet() counts it for the report.
//
// Only entries below `prefix` are unpacked, with the prefix taken off
// ("crx-repository/" for Lifeboat's repository archives; nothing for the
// zip that AEM's online backup writes).
//
// An incremental set's part is unpacked from several archives into one
// target (see BackupChain), each with its Mode: the older sets' archives
// first, giving only the files `part` lists (an older archive also holds
// files that changed since, and directories: those are skipped), then the
// set's own archive, as strict as a whole one.
class PartExtractor
{
    Q_DECLARE_TR_FUNCTIONS(PartExtractor)

public:
    enum class Mode {
        Whole,       // the part's only archive, into a target of its own
        OlderPiece,  // an older set's archive: only the files `part` lists are taken
        NewestPiece, // the set's own archive, into the target the older pieces began
    };

    PartExtractor(QString archivePath, const BackupPart &part, QString prefix = {});
    // Reads the archive from `device`, open for reading, instead of a file:
    // a tar arrives as a stream (lifeboat-agent's input) and is unpacked as it
    // comes, decompressed once; a zip needs a device that can seek.
    // `archiveName` names it in messages and gives its format.
    PartExtractor(QIODevice *device, QString archiveName, const BackupPart &part, QString prefix = {});

    void setMode(Mode mode) { m_mode = mode; }
    void setCancelCheck(std::function<bool()> cancelled) { m_cancelled = std::move(cancelled); }
    void onProgress(std::function<void(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }

    [[nodiscard]] bool extractTo(const QString &target);
    QString errorString() const { return m_error; }
    int filesWritten() const { return m_filesWritten; }
    qint64 bytesWritten() const { return m_done; }
    qint64 bytesExpected() const { return m_total; }
    int ownersNotSet() const { return m_ownersNotSet; }

private:
    bool extractTar(const QString &target);
    bool extractZip(const QString &target);
    bool extractZipDirectory(const KArchiveDirectory *directory, const QString &path, const QString &target);
    // The entry's path below the prefix, or empty when it is not wanted.
    bool wanted(const QString &archivePath, QString *relative);
    bool checkedDestination(const QString &target, const QString &relative, QString *destination);
    bool writeFile(const QString &archivePath, const QString &destination, int mode,
                   const std::function<qint64(char *, qint64)> &read);
    bool writerFailed();
    bool makeLink(const QString &archivePath, const QString &relative, const QString &destination,
                  const QString &linkTarget);
    bool checkAllWritten();
    bool setAttributes(const QString &destination, const FileAttributes &attributes);
    // A directory unpacked (or the target itself, for the prefix's own entry),
    // whose recorded attributes are set once everything below it is written.
    void noteDirectory(const QString &archivePath);
    bool setDirectoryAttributes();
    bool refuse(const QString &archivePath, const QString &why);

    QString m_archivePath;
    QString m_archiveName;
    QIODevice *m_device = nullptr;
    QString m_prefix;
    Mode m_mode = Mode::Whole;
    // Each file the manifest lists, by its path: where it is in m_files (the
    // part's list, shared, not copied: a copy of each file's record here was
    // 98 MB at 300,000 files), and whether it was written (no second list
    // of the paths written).
    struct Expected
    {
        qsizetype index = 0;
        bool written = false;
    };
    QList<BackupPart::File> m_files;
    QHash<QString, Expected> m_expected;
    // The target as given and as the file system resolves it, once per
    // extraction; and the directories already found to be themselves (no
    // link on the way), which stay so: only this extraction writes into the
    // target, and no entry may put a link where something exists. Resolving
    // every file's path again took a dozen readlink calls per file.
    QString m_root;
    QString m_realTarget;
    // The last few: a set's archives list each directory's entries
    // together, and checking one again is only a few system calls, where
    // keeping every directory of a repository took a string for each.
    QList<QString> m_checkedDirectories;
    // Each directory the manifest lists, by its path: where it is in
    // m_directories (the part's list, shared, as m_files is: a copy of each
    // directory's attributes here was about 30 MB more at 362,000 folders).
    QList<BackupPart::Directory> m_directories;
    QHash<QString, qsizetype> m_directoryIndex;
    // Where in m_directories each directory made is, its destination made
    // again from its path at the end.
    QList<qsizetype> m_directoriesMade;
    QString m_target;
    std::function<bool()> m_cancelled;
    std::function<void(qint64, qint64)> m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_filesWritten = 0;
    int m_ownersNotSet = 0;
    QString m_error;
    FileWriterThread *m_writer = nullptr; // during extractTo()
};

} // namespace Lifeboat
