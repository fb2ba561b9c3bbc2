// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxFaults.h"

#include <sandbox/SandboxBuilder.h>
#include <sandbox/SandboxFileSystem.h>

#include <profile/AemPaths.h>
#include <cluster/RepositoryLock.h>
#include <sandbox/SandboxLayout.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QStorageInfo>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <fcntl.h>

namespace Lifeboat {

namespace {
constexpr qint64 damagedBytes = 4096;

QStringList filesBelow(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}
} // namespace

QStringList SandboxFaults::names()
{
    return {QStringLiteral("corrupt-repository"), QStringLiteral("delete-repository"),
            QStringLiteral("missing-cluster-node-id"), QStringLiteral("stale-lock"), QStringLiteral("crash"),
            QStringLiteral("lose-gds-files"), QStringLiteral("corrupt-database"), QStringLiteral("lose-node"),
            QStringLiteral("slow-stop"), QStringLiteral("old-image"), QStringLiteral("host-down"),
            QStringLiteral("disk-full")};
}

QString SandboxFaults::title(const QString &fault)
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("corrupt-repository"), QT_TR_NOOP("Corrupt a node's repository")},
        {QStringLiteral("delete-repository"), QT_TR_NOOP("Delete a node's repository")},
        {QStringLiteral("missing-cluster-node-id"), QT_TR_NOOP("Remove a node's cluster node id")},
        {QStringLiteral("stale-lock"), QT_TR_NOOP("Leave a stale .lock behind a stopped node")},
        {QStringLiteral("crash"), QT_TR_NOOP("Crash a node")},
        {QStringLiteral("lose-gds-files"), QT_TR_NOOP("Lose files from the GDS")},
        {QStringLiteral("corrupt-database"), QT_TR_NOOP("Corrupt the forms database")},
        {QStringLiteral("lose-node"), QT_TR_NOOP("Lose a whole node")},
        {QStringLiteral("slow-stop"), QT_TR_NOOP("Make a node slow to stop")},
        {QStringLiteral("old-image"), QT_TR_NOOP("Rebuild a node from an older image")},
        {QStringLiteral("host-down"), QT_TR_NOOP("Take a node's host down (a sandbox with hosts)")},
        {QStringLiteral("disk-full"), QT_TR_NOOP("Crash a node and fill its disk (a sandbox with its own file system)")},
    };
    const char *title = titles.value(fault);
    return title ? tr(title) : fault;
}

bool SandboxFaults::needsNode(const QString &fault)
{
    return fault != QLatin1String("lose-gds-files") && fault != QLatin1String("corrupt-database");
}

SandboxFaults::SandboxFaults(const ClusterProfile &profile)
    : m_profile(profile)
{
}

const NodeProfile *SandboxFaults::sandboxNode(const QString &nodeName)
{
    if (!m_profile.sandbox) {
        m_error = tr("%1 is not a sandbox profile; Lifeboat only breaks sandbox clusters.").arg(m_profile.filePath);
        return nullptr;
    }
    m_hosts = SandboxHosts::load(m_profile.directory(), &m_error);
    if (!m_error.isEmpty())
        return nullptr;
    const auto secondaries = m_profile.nodesWithRole(NodeRole::Secondary);
    const NodeProfile *node = !nodeName.isEmpty()    ? m_profile.node(nodeName)
                            : !secondaries.isEmpty() ? secondaries.first()
                                                     : m_profile.primary();
    if (!node)
        m_error = tr("The sandbox has no node '%1'; it has: %2.").arg(nodeName, m_profile.nodeNames().join(QStringLiteral(", ")));
    return node;
}

bool SandboxFaults::inject(const QString &fault, const QString &nodeName)
{
    if (!names().contains(fault)) {
        m_error = tr("Unknown fault '%1'. Choose one of: %2.").arg(fault, names().join(QStringLiteral(", ")));
        return false;
    }
    const NodeProfile *node = sandboxNode(nodeName);
    if (!node)
        return false;
    if (fault == QLatin1String("old-image"))
        return rebuildFromOldImage(*node);
    if (fault == QLatin1String("host-down"))
        return takeHostDown(*node);
    if (fault == QLatin1String("disk-full"))
        return fillDisk(*node);
    if (fault == QLatin1String("lose-gds-files"))
        return loseGdsFiles();
    if (fault == QLatin1String("corrupt-database"))
        return corruptDatabase();
    if (fault == QLatin1String("corrupt-repository"))
        return corruptRepository(*node);
    if (fault == QLatin1String("delete-repository"))
        return deleteRepository(*node);
    if (fault == QLatin1String("missing-cluster-node-id"))
        return removeClusterNodeId(*node);
    if (fault == QLatin1String("stale-lock"))
        return leaveStaleLock(*node);
    if (fault == QLatin1String("crash"))
        return crash(*node);
    if (fault == QLatin1String("slow-stop"))
        return slowStop(*node);
    return loseNode(*node);
}

bool SandboxFaults::damageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 offset = file.size() / 2;
    file.seek(offset);
    QByteArray bytes = file.read(damagedBytes);
    for (char &byte : bytes)
        byte = char(~byte);
    file.seek(offset);
    return file.write(bytes) == bytes.size();
}

QString SandboxFaults::here(const QString &host, const QString &path) const
{
    // A path no host mounts is where the profile says, as on a sandbox of one machine.
    const QString local = m_hosts && !host.isEmpty() ? m_hosts->localPath(host, path) : QString();
    return local.isEmpty() ? path : local;
}

QString SandboxFaults::named(const QString &host, const QString &path) const
{
    return host.isEmpty() ? path : host + u':' + path;
}

bool SandboxFaults::corruptRepository(const NodeProfile &node)
{
    const QString repository = here(node, AemPaths::at(node.repository, AemPaths::repository));
    const QStringList files = filesBelow(repository + QStringLiteral("/segmentstore"))
                            + filesBelow(repository + QStringLiteral("/datastore")).mid(0, 3);
    int damaged = 0;
    for (const QString &file : files)
        damaged += damageFile(file) ? 1 : 0;
    if (damaged == 0) {
        m_error = tr("%1 has no repository files to damage.").arg(node.name);
        return false;
    }
    appendErrorLog(node, QStringLiteral("*ERROR* [ClusterSyncManager] repository unsync: the journal of %1 does not "
                                        "match the cluster; segment data damaged").arg(node.name));
    m_description = tr("Damaged %n repository file(s) of %1 and logged \"repository unsync\" in its error.log.", nullptr, damaged)
                        .arg(node.name);
    return true;
}

bool SandboxFaults::deleteRepository(const NodeProfile &node)
{
    const QString repository = AemPaths::at(node.repository, AemPaths::repository);
    if (!QDir(here(node, repository)).removeRecursively()) {
        m_error = tr("Cannot delete %1.").arg(named(node, repository));
        return false;
    }
    appendErrorLog(node, QStringLiteral("*ERROR* [main] repository directory %1 is gone").arg(repository));
    m_description = tr("Deleted %1.").arg(named(node, repository));
    return true;
}

bool SandboxFaults::removeClusterNodeId(const NodeProfile &node)
{
    const QString file = AemPaths::at(node.repository, AemPaths::clusterNodeId);
    if (!QFile::remove(here(node, file))) {
        m_error = tr("%1 has no cluster node id file to remove (%2).").arg(node.name, named(node, file));
        return false;
    }
    m_description = tr("Removed %1.").arg(named(node, file));
    return true;
}

bool SandboxFaults::killNode(const NodeProfile &node)
{
    // A lock held on a host is held on its backing file too: one file, one flock.
    const QString repository = here(node, node.repository);
    const auto lock = RepositoryLock::inspect(repository);
    if (lock.state != RepositoryLock::State::Held)
        return false;
    ::kill(pid_t(lock.pid), SIGKILL);
    for (int i = 0; i < 100 && RepositoryLock::inspect(repository).state == RepositoryLock::State::Held; ++i)
        QThread::msleep(50);
    return true;
}

bool SandboxFaults::crash(const NodeProfile &node)
{
    if (!killNode(node)) {
        m_error = tr("%1 is not running, so it cannot crash. Start the sandbox first.").arg(node.name);
        return false;
    }
    m_description = tr("Killed %1 with SIGKILL; its .lock is left behind.").arg(node.name);
    return true;
}

bool SandboxFaults::slowStop(const NodeProfile &node)
{
    if (RepositoryLock::inspect(here(node, node.repository)).state != RepositoryLock::State::Held) {
        m_error = tr("%1 is not running, so it cannot be slow to stop. Start the sandbox first.").arg(node.name);
        return false;
    }
    const QString marker = SandboxLayout::slowStopMarker(node.repository);
    QFile file(here(node, marker));
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(slowStopSeconds) + '\n') <= 0) {
        m_error = tr("Cannot write %1.").arg(named(node, marker));
        return false;
    }
    m_description = tr("%1 will take %2 seconds to stop: told to stop, it stops answering at once but keeps its "
                       "repository locked until then, as a JVM slow to close its repository does.")
                        .arg(node.name).arg(slowStopSeconds);
    return true;
}

bool SandboxFaults::leaveStaleLock(const NodeProfile &node)
{
    if (killNode(node)) {
        m_description = tr("Killed %1 with SIGKILL, leaving a stale .lock.").arg(node.name);
        return true;
    }
    // Not running: leave the pid of a process that has already ended.
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    const qint64 pid = finished.processId();
    finished.waitForFinished();
    QFile lock(RepositoryLock::path(here(node, node.repository)));
    if (!lock.open(QIODevice::WriteOnly) || lock.write(QByteArray::number(pid) + '\n') <= 0) {
        m_error = tr("Cannot write %1.").arg(named(node, RepositoryLock::path(node.repository)));
        return false;
    }
    m_description
        = tr("Left a stale .lock in %1 (pid %2, no longer running).").arg(named(node, node.repository)).arg(pid);
    return true;
}

bool SandboxFaults::loseGdsFiles()
{
    QStringList documents = filesBelow(here(m_profile.gdsHost, m_profile.gds));
    documents.removeIf([](const QString &path) { return !QFileInfo(path).dir().dirName().startsWith(QLatin1String("docm")); });
    int lost = 0;
    for (qsizetype i = 0; i < documents.size(); i += 4)
        lost += QFile::remove(documents[i]) ? 1 : 0;
    if (lost == 0) {
        m_error = tr("The GDS %1 holds no documents to lose.").arg(named(m_profile.gdsHost, m_profile.gds));
        return false;
    }
    m_description
        = tr("Deleted %n document(s) from the GDS %1.", nullptr, lost).arg(named(m_profile.gdsHost, m_profile.gds));
    return true;
}

bool SandboxFaults::corruptDatabase()
{
    const QString path = m_profile.databases.value(0).path;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() < 3 * damagedBytes) {
        m_error = tr("Cannot damage the forms database %1.").arg(path);
        return false;
    }
    // The b-tree headers of every page after the first: SQLite still opens
    // the file (its header and schema are intact) and its integrity check
    // reports the damage, as after a failed disk.
    const QByteArray header = file.read(18);
    const qint64 pageSize = header.size() == 18 ? (quint8(header[16]) << 8 | quint8(header[17])) : 0;
    if (pageSize < 512) {
        m_error = tr("%1 is not an SQLite database.").arg(path);
        return false;
    }
    for (qint64 offset = pageSize; offset < file.size(); offset += pageSize) {
        file.seek(offset);
        file.write(QByteArray(16, '\xA5'));
    }
    m_description = tr("Damaged pages of the forms database %1.").arg(path);
    return true;
}

bool SandboxFaults::loseNode(const NodeProfile &node)
{
    killNode(node);
    const QString directory = QFileInfo(node.repository).absolutePath();
    const QString local = here(node, directory);
    bool removed = QFileInfo(local).isDir();
    if (m_hosts && !m_hosts->mountedAt(m_profile.hostOf(node), directory).isEmpty()) {
        // The host's disk is wiped; the folder its namespace mounts stays.
        for (const QFileInfo &entry :
             QDir(local).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            removed = removed
                && (entry.isDir() && !entry.isSymLink() ? QDir(entry.filePath()).removeRecursively()
                                                        : QFile::remove(entry.filePath()));
    } else {
        removed = removed && QDir(local).removeRecursively();
    }
    if (!removed) {
        m_error = tr("Cannot remove %1.").arg(named(node, directory));
        return false;
    }
    m_description = tr("%1 is gone, as after a disk failure: removed %2.").arg(node.name, named(node, directory));
    return true;
}

// A server rebuilt from the image it was first installed from, before the
// service pack and patches that the cluster (and its backups) has since:
// the node is down, its repository gone, its patch level the image's.
bool SandboxFaults::rebuildFromOldImage(const NodeProfile &node)
{
    killNode(node);
    if (!deleteRepository(node) || !writePatchLevel(node, QStringLiteral("AEM Forms on JEE 6.5.20.0\nService pack: 6.5.20.0 (SP20)\n")))
        return false;
    m_description = tr("%1's server was rebuilt from an older image: service pack SP20, no repository.").arg(node.name);
    return true;
}

// The host goes away: its sshd and every process it ran (the node, stopped
// as a shutdown would) end, and nothing on it can be reached until the
// sandbox is started again.
bool SandboxFaults::takeHostDown(const NodeProfile &node)
{
    const SandboxHosts::Host *host = m_hosts ? m_hosts->host(m_profile.hostOf(node)) : nullptr;
    if (!host) {
        m_error = tr("host-down needs a sandbox whose nodes have hosts of their own ('lifeboat sandbox create --hosts').");
        return false;
    }
    if (!m_hosts->sandboxHost(*host).stop(&m_error))
        return false;
    m_description = tr("The host %1 is down: its sshd and %2 ended. 'lifeboat sandbox start' brings it back.")
                        .arg(host->name, node.name);
    return true;
}

// An out-of-memory crash: the node dies, its repository is left damaged,
// and the heap dump the JVM wrote beside it fills the disk, leaving half of
// what the repository takes: too little to unpack a restore of it. Only on
// a sandbox's own file system, which can fill up without filling this
// machine's.
bool SandboxFaults::fillDisk(const NodeProfile &node)
{
    const QString repository = here(node, node.repository);
    if (m_hosts || !SandboxFileSystem::isMounted(m_profile.directory())
        || !QFileInfo(repository).canonicalFilePath().startsWith(
            QFileInfo(QDir(m_profile.directory()).filePath(SandboxFileSystem::mountDirectory())).canonicalFilePath() + u'/')) {
        m_error = tr("disk-full needs a sandbox with a file system of its own ('lifeboat sandbox create --filesystem xfs', "
                     "as root), mounted ('lifeboat sandbox start').");
        return false;
    }
    const qint64 pid = RepositoryLock::inspect(repository).pid;
    killNode(node);
    if (!corruptRepository(node))
        return false;
    qint64 repositoryBytes = 0;
    for (QDirIterator it(repository, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();)
        repositoryBytes += it.nextFileInfo().size();
    const QString dumps = QDir(QFileInfo(repository).absolutePath()).filePath(QStringLiteral("heapdumps"));
    const QString dump = QDir(dumps).filePath(QStringLiteral("java_pid%1.hprof").arg(pid > 0 ? pid : 1));
    const qint64 size = QStorageInfo(repository).bytesAvailable() - repositoryBytes / 2;
    QFile file(dump);
    if (!QDir().mkpath(dumps) || !file.open(QIODevice::WriteOnly)
        || (size > 0 && ::posix_fallocate(file.handle(), 0, size) != 0)) {
        m_error = tr("Cannot write the heap dump %1.").arg(dump);
        return false;
    }
    appendErrorLog(node, QStringLiteral("*ERROR* [main] java.lang.OutOfMemoryError: Java heap space; heap dumped to %1")
                             .arg(QDir(QFileInfo(node.repository).absolutePath()).filePath(QStringLiteral("heapdumps/") + QFileInfo(dump).fileName())));
    m_description = tr("%1 crashed with its repository damaged, and a heap dump of %2 fills its disk (%3).")
                        .arg(node.name, QLocale().formattedDataSize(qMax<qint64>(0, size)), dump);
    return true;
}

bool SandboxFaults::patch(const QString &nodeName)
{
    const NodeProfile *node = sandboxNode(nodeName);
    if (!node || !writePatchLevel(*node, SandboxBuilder::systemImagePatchLevel()))
        return false;
    m_description = tr("%1 now has the sandbox's service pack and patches: %2.")
                        .arg(node->name, SandboxBuilder::systemImagePatchLevel().section(u'\n', 1, 1));
    return true;
}

bool SandboxFaults::writePatchLevel(const NodeProfile &node, const QString &level)
{
    QDir().mkpath(QFileInfo(here(node, node.patchLevelFile)).absolutePath());
    QSaveFile file(here(node, node.patchLevelFile));
    if (!file.open(QIODevice::WriteOnly) || file.write(level.toUtf8()) != level.toUtf8().size() || !file.commit()) {
        m_error = tr("Cannot write %1: %2").arg(named(node, node.patchLevelFile), file.errorString());
        return false;
    }
    return true;
}

void SandboxFaults::appendErrorLog(const NodeProfile &node, const QString &line)
{
    QFile file(here(node, node.errorLog));
    if (file.open(QIODevice::Append))
        file.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + line.toUtf8() + '\n');
}

} // namespace Lifeboat
