// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "OnlineBackupJob.h"

#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <profile/AemPaths.h>
#include <support/FileMode.h>

#include <KZip>

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>
#include <QtConcurrentRun>

#include <algorithm>
#include <exception>

namespace Lifeboat {

namespace {

constexpr int maxPasses = 10;
constexpr qint64 chunkBytes = 256 * 1024;
// Adobe's documented pacing: one delay per 4 MB copied, per 2 MB into a zip.
constexpr qint64 directoryDelayBytes = 4 * 1024 * 1024;
constexpr qint64 zipDelayBytes = 2 * 1024 * 1024;
constexpr int copyingShareOfZip = 70;
const QString markerFileName = QStringLiteral("backupInProgress.txt");
// QFileInfo's "User" bits say what the current user may do (everything, for
// root); only the owner/group/other bits are the file's mode.
constexpr QFile::Permissions modeBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

auto logger()
{
    return Logging::logger(Subsystem::nodeBackup);
}

// What a pass remembers of a file it copied, to tell later whether it changed.
struct FileState
{
    qint64 size = 0;
    qint64 modifiedMs = 0;
    QFile::Permissions permissions;

    bool sameContentAs(const FileState &other) const
    {
        return size == other.size && modifiedMs == other.modifiedMs;
    }
};

// One walk over the repository: folders parent-first, files in copy order.
struct Listing
{
    QStringList directories;
    QStringList files;
    QHash<QString, FileState> states;
    qint64 totalBytes = 0;
};

// AEM's online backup leaves out what the node rebuilds itself, and the lock
// that marks the repository as open.
bool isExcluded(const QString &relativePath)
{
    static const QStringList excludedTrees = {QStringLiteral("repository/index"), QStringLiteral("repository/cache")};
    if (relativePath == AemPaths::lock)
        return true;
    return std::ranges::any_of(excludedTrees, [&](const QString &tree) {
        return relativePath == tree || relativePath.startsWith(tree + QLatin1Char('/'));
    });
}

// The tar segments first, then the blobs they refer to, then the rest, as AEM does.
int copyRank(const QString &relativePath)
{
    if (relativePath.startsWith(QLatin1String("repository/segmentstore/")))
        return 0;
    if (relativePath.startsWith(QLatin1String("repository/datastore/")))
        return 1;
    return 2;
}

// A regular file's mode, as a zip entry records it.
mode_t unixMode(QFile::Permissions permissions)
{
    return 0100000 | FileMode::fromPermissions(permissions);
}

// The copying and zipping of one backup, run on the worker thread.
//
// Its messages, like the job's, are AEM's own: they answer on the HTTP
// interface (BackupResult, the startBackup error), which stays English in any
// locale as AEM's does, and Lifeboat reads BackupResult for "failed".
class BackupRun
{
public:
    BackupRun(const QString &repositoryDir, const QString &copyDir, bool zip, int delayMs,
              const std::atomic_bool &cancel, std::atomic_int &progress)
        : m_source(repositoryDir)
        , m_copy(copyDir)
        , m_zip(zip)
        , m_delayMs(delayMs)
        , m_cancel(cancel)
        , m_progress(progress)
    {
    }

    [[nodiscard]] bool copyInPasses();
    // Zips the copy into target.partial, then renames that to target.
    [[nodiscard]] bool writeZip(const QString &target);
    int passes() const { return m_passes; }
    qint64 copiedBytes() const { return m_copiedBytes; }
    QString errorString() const { return m_errorString; }

private:
    [[nodiscard]] bool list(Listing &listing);
    void listDirectory(const QString &relativeDir, Listing &listing) const;
    [[nodiscard]] bool runPass(int &changes);
    [[nodiscard]] bool removeVanished(const Listing &listing, int &changes);
    [[nodiscard]] bool createDirectories(const Listing &listing, int &changes);
    [[nodiscard]] bool copyFile(const QString &relativePath, const FileState &state);
    [[nodiscard]] bool copyContents(QFile &source, QFile &destination);
    [[nodiscard]] bool zipFile(KZip &zip, const QString &relativePath, qint64 &zippedBytes, qint64 totalBytes);
    [[nodiscard]] bool account(qint64 bytes);
    [[nodiscard]] bool cancelled();
    [[nodiscard]] bool fail(const QString &message);
    void reportCopyProgress();

    const QDir m_source;
    const QDir m_copy;
    const bool m_zip;
    const int m_delayMs;
    const std::atomic_bool &m_cancel;
    std::atomic_int &m_progress;

    QHash<QString, FileState> m_copied; // what the copy holds, as of when it was copied
    QSet<QString> m_directories;
    int m_passes = 0;
    qint64 m_firstPassTotal = 0;
    qint64 m_firstPassCopied = 0;
    qint64 m_copiedBytes = 0;
    qint64 m_bytesSinceDelay = 0;
    QString m_errorString;
};

bool BackupRun::fail(const QString &message)
{
    if (m_errorString.isEmpty())
        m_errorString = message;
    return false;
}

bool BackupRun::cancelled()
{
    if (!m_cancel)
        return false;
    return !fail(QStringLiteral("the backup was cancelled"));
}

bool BackupRun::copyInPasses()
{
    for (int pass = 1; pass <= maxPasses; ++pass) {
        m_passes = pass;
        int changes = 0;
        if (!runPass(changes))
            return false;
        logger()->debug("Pass {} of the backup to {} made {} changes", pass, m_copy.path().toStdString(), changes);
        if (changes == 0)
            return true;
    }
    // The node is writing faster than we copy; AEM also stops after a bounded number of passes.
    logger()->warn("The repository {} still changed after {} passes", m_source.path().toStdString(), maxPasses);
    return true;
}

bool BackupRun::runPass(int &changes)
{
    Listing listing;
    if (!list(listing))
        return false;
    if (m_passes == 1)
        m_firstPassTotal = listing.totalBytes;
    if (!removeVanished(listing, changes) || !createDirectories(listing, changes))
        return false;
    for (const QString &file : std::as_const(listing.files)) {
        const FileState state = listing.states.value(file);
        const auto copied = m_copied.constFind(file);
        if (copied != m_copied.cend() && copied->sameContentAs(state))
            continue;
        if (!copyFile(file, state))
            return false;
        ++changes;
    }
    return true;
}

bool BackupRun::list(Listing &listing)
{
    if (!m_source.exists())
        return fail(QStringLiteral("the repository %1 has disappeared").arg(m_source.path()));
    listDirectory(QString(), listing);
    std::ranges::stable_sort(listing.files, {}, copyRank);
    return true;
}

void BackupRun::listDirectory(const QString &relativeDir, Listing &listing) const
{
    const QDir dir(m_source.filePath(relativeDir));
    const auto entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                           QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString relative = relativeDir.isEmpty() ? entry.fileName() : relativeDir + QLatin1Char('/') + entry.fileName();
        if (isExcluded(relative))
            continue;
        if (entry.isDir() && !entry.isSymLink()) {
            listing.directories.append(relative);
            listDirectory(relative, listing);
        } else if (entry.isFile()) {
            listing.files.append(relative);
            listing.states.insert(relative, {entry.size(), entry.lastModified().toMSecsSinceEpoch(),
                                             entry.permissions() & modeBits});
            listing.totalBytes += entry.size();
        }
        // Sockets, fifos and links to folders are no part of a repository backup.
    }
}

bool BackupRun::removeVanished(const Listing &listing, int &changes)
{
    const QStringList copiedFiles = m_copied.keys();
    for (const QString &file : copiedFiles) {
        if (listing.states.contains(file))
            continue;
        if (!QFile::remove(m_copy.filePath(file)) && QFileInfo::exists(m_copy.filePath(file)))
            return fail(QStringLiteral("cannot remove %1 from the backup").arg(m_copy.filePath(file)));
        m_copied.remove(file);
        ++changes;
    }
    const QSet<QString> current(listing.directories.cbegin(), listing.directories.cend());
    QSet<QString> vanished = m_directories;
    vanished.subtract(current);
    for (const QString &dir : std::as_const(vanished)) {
        QDir(m_copy.filePath(dir)).removeRecursively();
        ++changes;
    }
    m_directories = current;
    return true;
}

bool BackupRun::createDirectories(const Listing &listing, int &changes)
{
    for (const QString &dir : listing.directories) {
        if (QFileInfo(m_copy.filePath(dir)).isDir())
            continue;
        if (!m_copy.mkpath(dir))
            return fail(QStringLiteral("cannot create the folder %1").arg(m_copy.filePath(dir)));
        ++changes;
    }
    return true;
}

bool BackupRun::copyFile(const QString &relativePath, const FileState &state)
{
    const QString destinationPath = m_copy.filePath(relativePath);
    QFile source(m_source.filePath(relativePath));
    if (!source.open(QIODevice::ReadOnly)) {
        if (source.exists())
            return fail(QStringLiteral("cannot read %1: %2").arg(source.fileName(), source.errorString()));
        // Deleted by the node since the listing: the next pass finds it gone.
        QFile::remove(destinationPath);
        m_copied.remove(relativePath);
        return true;
    }
    // The previous pass may have left a read-only copy; replace it.
    QFile::remove(destinationPath);
    QFile destination(destinationPath);
    if (!destination.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(destinationPath, destination.errorString()));
    if (!copyContents(source, destination))
        return false;
    destination.setFileTime(QDateTime::fromMSecsSinceEpoch(state.modifiedMs), QFileDevice::FileModificationTime);
    destination.close();
    if (!destination.setPermissions(state.permissions))
        return fail(QStringLiteral("cannot set the permissions of %1").arg(destinationPath));
    m_copied.insert(relativePath, state);
    return true;
}

bool BackupRun::copyContents(QFile &source, QFile &destination)
{
    QByteArray buffer(chunkBytes, Qt::Uninitialized);
    for (;;) {
        if (cancelled())
            return false;
        const qint64 read = source.read(buffer.data(), buffer.size());
        if (read < 0)
            return fail(QStringLiteral("cannot read %1: %2").arg(source.fileName(), source.errorString()));
        if (read == 0)
            break;
        if (destination.write(buffer.constData(), read) != read)
            return fail(QStringLiteral("cannot write %1: %2").arg(destination.fileName(), destination.errorString()));
        if (m_passes == 1)
            m_firstPassCopied += read;
        reportCopyProgress();
        if (!account(read))
            return false;
    }
    if (!destination.flush())
        return fail(QStringLiteral("cannot write %1: %2").arg(destination.fileName(), destination.errorString()));
    return true;
}

void BackupRun::reportCopyProgress()
{
    if (m_firstPassTotal <= 0)
        return;
    const int share = m_zip ? copyingShareOfZip : 99; // 100 only once the backup is complete
    const qint64 copied = std::min(m_firstPassCopied, m_firstPassTotal);
    m_progress = int(copied * share / m_firstPassTotal);
}

// Counts copied bytes and sleeps the configured delay at each threshold, in
// short slices so that cancelling stays prompt.
bool BackupRun::account(qint64 bytes)
{
    m_copiedBytes += bytes;
    m_bytesSinceDelay += bytes;
    const qint64 threshold = m_zip ? zipDelayBytes : directoryDelayBytes;
    while (m_delayMs > 0 && m_bytesSinceDelay >= threshold) {
        m_bytesSinceDelay -= threshold;
        QElapsedTimer slept;
        slept.start();
        while (slept.elapsed() < m_delayMs) {
            if (cancelled())
                return false;
            QThread::msleep(std::clamp<qint64>(m_delayMs - slept.elapsed(), 1, 20));
        }
    }
    return !cancelled();
}

bool BackupRun::writeZip(const QString &target)
{
    const QString zipPath = target + QStringLiteral(".partial");
    KZip zip(zipPath);
    if (!zip.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot create %1: %2").arg(zipPath, zip.errorString()));
    QStringList directories(m_directories.cbegin(), m_directories.cend());
    directories.sort();
    for (const QString &dir : std::as_const(directories)) {
        if (!zip.writeDir(dir))
            return fail(QStringLiteral("cannot write %1: %2").arg(zipPath, zip.errorString()));
    }
    QStringList files = m_copied.keys();
    std::ranges::stable_sort(files, {}, copyRank);
    qint64 totalBytes = 0;
    for (const FileState &state : std::as_const(m_copied))
        totalBytes += state.size;
    qint64 zippedBytes = 0;
    for (const QString &file : std::as_const(files)) {
        if (!zipFile(zip, file, zippedBytes, totalBytes))
            return false;
    }
    if (!zip.close())
        return fail(QStringLiteral("cannot write %1: %2").arg(zipPath, zip.errorString()));
    if (!QFile::rename(zipPath, target))
        return fail(QStringLiteral("cannot rename %1 to %2").arg(zipPath, target));
    return true;
}

bool BackupRun::zipFile(KZip &zip, const QString &relativePath, qint64 &zippedBytes, qint64 totalBytes)
{
    QFile source(m_copy.filePath(relativePath));
    if (!source.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(source.fileName(), source.errorString()));
    const FileState &state = m_copied[relativePath];
    const QDateTime modified = QDateTime::fromMSecsSinceEpoch(state.modifiedMs);
    if (!zip.prepareWriting(relativePath, QString(), QString(), source.size(), unixMode(state.permissions),
                            modified, modified, modified))
        return fail(QStringLiteral("cannot add %1 to the zip: %2").arg(relativePath, zip.errorString()));
    QByteArray buffer(chunkBytes, Qt::Uninitialized);
    qint64 written = 0;
    qint64 read = 0;
    while ((read = source.read(buffer.data(), buffer.size())) > 0) {
        if (cancelled())
            return false;
        if (!zip.writeData(buffer.constData(), read))
            return fail(QStringLiteral("cannot add %1 to the zip: %2").arg(relativePath, zip.errorString()));
        written += read;
        zippedBytes += read;
        if (totalBytes > 0)
            m_progress = copyingShareOfZip + int(std::min(zippedBytes, totalBytes) * (99 - copyingShareOfZip) / totalBytes);
    }
    if (read < 0)
        return fail(QStringLiteral("cannot read %1: %2").arg(source.fileName(), source.errorString()));
    if (!zip.finishWriting(written))
        return fail(QStringLiteral("cannot add %1 to the zip: %2").arg(relativePath, zip.errorString()));
    return true;
}

QString newTemporaryName()
{
    return QStringLiteral("backup.%1.temp").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool isInside(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder + QLatin1Char('/'));
}

} // namespace

OnlineBackupJob::OnlineBackupJob(QObject *parent)
    : QObject(parent)
{
}

OnlineBackupJob::~OnlineBackupJob()
{
    m_cancel = true;
    m_future.waitForFinished();
}

bool OnlineBackupJob::start(const OnlineBackupOptions &options)
{
    bool idle = false;
    if (!m_running.compare_exchange_strong(idle, true))
        return fail(QStringLiteral("A backup to %1 is already in progress.").arg(currentTarget()));
    Plan plan;
    if (!prepare(options, plan)) {
        m_running = false;
        return false;
    }
    // A previous worker may still be returning from finish(); it is done with its work.
    m_future.waitForFinished();
    m_cancel = false;
    m_progress = 0;
    {
        const QMutexLocker lock(&m_mutex);
        m_currentTarget = plan.target;
        m_errorString.clear();
    }
    logger()->info("Online backup of {} to {} started (delay {} ms)", plan.repositoryDir.toStdString(),
                   plan.target.toStdString(), plan.delayMs);
    m_future = QtConcurrent::run([this, plan] { run(plan); });
    return true;
}

bool OnlineBackupJob::fail(const QString &message)
{
    const QMutexLocker lock(&m_mutex);
    m_errorString = message;
    return false;
}

bool OnlineBackupJob::prepare(const OnlineBackupOptions &options, Plan &plan)
{
    const QFileInfo repository(options.repositoryDir);
    if (options.repositoryDir.isEmpty() || !repository.isDir())
        return fail(QStringLiteral("The repository folder %1 does not exist.").arg(options.repositoryDir));
    if (options.target.trimmed().isEmpty())
        return fail(QStringLiteral("No backup target was given."));
    plan.repositoryDir = repository.canonicalFilePath();
    plan.target = QDir::cleanPath(QFileInfo(options.target).absoluteFilePath());
    plan.zip = plan.target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
    plan.delayMs = std::max(0, options.delayMs);

    const QFileInfo target(plan.target);
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return fail(QStringLiteral("The folder %1 that should hold the backup does not exist.").arg(parent));
    const QString resolvedTarget = QFileInfo(parent).canonicalFilePath() + QLatin1Char('/') + target.fileName();
    if (isInside(resolvedTarget, plan.repositoryDir))
        return fail(QStringLiteral("The backup target %1 lies inside the repository %2.").arg(plan.target, plan.repositoryDir));
    return plan.zip ? prepareZip(plan) : prepareDirectory(plan);
}

bool OnlineBackupJob::prepareDirectory(Plan &plan)
{
    const QFileInfo target(plan.target);
    if (target.exists() && !target.isDir())
        return fail(QStringLiteral("The backup target %1 exists and is not a folder.").arg(plan.target));
    const QDir dir(plan.target);
    if (target.exists() && !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty())
        return fail(QStringLiteral("The backup target folder %1 is not empty.").arg(plan.target));
    if (!dir.exists() && !QDir().mkdir(plan.target))
        return fail(QStringLiteral("Cannot create the backup target folder %1.").arg(plan.target));
    // Present for as long as the copy is incomplete, as AEM does.
    QFile marker(dir.filePath(markerFileName));
    if (!marker.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("Cannot write %1: %2").arg(marker.fileName(), marker.errorString()));
    plan.copyDir = plan.target;
    return true;
}

bool OnlineBackupJob::prepareZip(Plan &plan)
{
    if (QFileInfo::exists(plan.target))
        return fail(QStringLiteral("The backup target %1 already exists.").arg(plan.target));
    const QDir parent = QFileInfo(plan.target).absoluteDir();
    for (int attempt = 0; attempt < 5 && plan.copyDir.isEmpty(); ++attempt) {
        const QString name = newTemporaryName();
        if (parent.mkdir(name))
            plan.copyDir = parent.filePath(name);
    }
    if (plan.copyDir.isEmpty())
        return fail(QStringLiteral("Cannot create a temporary folder in %1.").arg(parent.path()));
    return true;
}

void OnlineBackupJob::run(const Plan &plan)
{
    QElapsedTimer timer;
    timer.start();
    BackupRun backup(plan.repositoryDir, plan.copyDir, plan.zip, plan.delayMs, m_cancel, m_progress);
    bool succeeded = false;
    QString failure;
    try {
        succeeded = backup.copyInPasses() && (!plan.zip || backup.writeZip(plan.target));
        failure = backup.errorString();
    } catch (const std::exception &error) {
        // The worker must report back whatever happens: callers poll
        // inProgress() and the destructor waits for it.
        failure = QString::fromLocal8Bit(error.what());
    }
    cleanUp(plan, succeeded);
    const QString message = !succeeded ? QStringLiteral("Backup failed: %1").arg(failure)
        : backup.passes() == 1         ? QStringLiteral("Backup completed successfully in 1 pass")
                                       : QStringLiteral("Backup completed successfully in %1 passes").arg(backup.passes());
    logger()->info("Online backup to {} ended after {} ms, {} bytes copied: {}", plan.target.toStdString(),
                   timer.elapsed(), backup.copiedBytes(), message.toStdString());
    finish(succeeded, message);
}

// A failed directory backup keeps its backupInProgress.txt, so that a half
// copy never looks complete; a failed zip backup leaves nothing behind.
void OnlineBackupJob::cleanUp(const Plan &plan, bool succeeded)
{
    if (plan.zip) {
        QDir(plan.copyDir).removeRecursively();
        if (!succeeded)
            QFile::remove(plan.target + QStringLiteral(".partial"));
    } else if (succeeded) {
        QFile::remove(QDir(plan.target).filePath(markerFileName));
    }
}

void OnlineBackupJob::finish(bool succeeded, const QString &message)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_lastResult = message;
        m_currentTarget.clear();
    }
    m_lastSucceeded = succeeded;
    if (succeeded)
        m_progress = 100;
    m_running = false;
    QMetaObject::invokeMethod(
        this, [this, succeeded, message] { Q_EMIT finished(succeeded, message); }, Qt::QueuedConnection);
}

bool OnlineBackupJob::inProgress() const
{
    return m_running;
}

int OnlineBackupJob::progressPercent() const
{
    return m_progress;
}

QString OnlineBackupJob::currentTarget() const
{
    const QMutexLocker lock(&m_mutex);
    return m_currentTarget;
}

QString OnlineBackupJob::lastResult() const
{
    const QMutexLocker lock(&m_mutex);
    return m_lastResult;
}

bool OnlineBackupJob::lastSucceeded() const
{
    return m_lastSucceeded;
}

QString OnlineBackupJob::errorString() const
{
    const QMutexLocker lock(&m_mutex);
    return m_errorString;
}

} // namespace Lifeboat
