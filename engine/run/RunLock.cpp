// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <run/Precondition.h>
#include <support/DataPaths.h>
#include <sys/file.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

QString userName()
{
    const passwd *entry = ::getpwuid(::getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(::getuid());
}

QString lockPath(const ClusterProfile &profile, const QString &directory)
{
    return QDir(directory).filePath(RunLock::clusterId(profile) + QStringLiteral(".lock"));
}

std::optional<RunLock::Holder> readHolder(int fd)
{
    QByteArray data;
    char buffer[1024];
    ssize_t length = 0;
    while ((length = ::pread(fd, buffer, sizeof buffer, data.size())) > 0 && data.size() < 16384)
        data.append(buffer, length);
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    if (json.isEmpty())
        return std::nullopt;
    return RunLock::Holder{ .pid = json.value(QLatin1String("pid")).toInteger(),
        .host = json.value(QLatin1String("host")).toString(),
        .user = json.value(QLatin1String("user")).toString(),
        .scenario = json.value(QLatin1String("scenario")).toString(),
        .since = QDateTime::fromString(json.value(QLatin1String("since")).toString(), Qt::ISODateWithMs) };
}

} // namespace

RunLock::RunLock(const ClusterProfile &profile, QString directory)
    : m_path(lockPath(profile, directory))
    , m_clusterName(profile.name)
{ }

RunLock::~RunLock()
{
    release();
}

QString RunLock::defaultDirectory()
{
    return QDir(DataPaths::dataDirectory()).filePath(QStringLiteral("locks"));
}

QString RunLock::clusterId(const ClusterProfile &profile)
{
    // Two profiles of one cluster (a copy, an edited file) name the same
    // primary repository on the same host.
    const NodeProfile *primary = profile.primary();
    const QString hostName = primary ? profile.hostOf(*primary) : QString();
    const HostProfile *host = profile.host(hostName);
    const QString where = QStringLiteral("%1\n%2").arg(host ? host->address : QStringLiteral("localhost"),
        primary ? QDir::cleanPath(primary->repository) : profile.filePath);
    QString name;
    for (const QChar c : profile.name)
        name.append(c.isLetterOrNumber() || c == u'-' || c == u'_' ? c : u'_');
    return QStringLiteral("%1-%2").arg(name.left(40),
        QString::fromLatin1(
            QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha256).toHex().left(16)));
}

QString RunLock::describe(const Holder &holder)
{
    return tr("%1, pid %2 on %3 by %4, since %5")
        .arg(holder.scenario)
        .arg(holder.pid)
        .arg(holder.host, holder.user,
            holder.since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
}

bool RunLock::acquire(const QString &scenario)
{
    if (isHeld())
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = tr("Cannot create the folder of the run lock %1. Check the permissions and free space.")
                      .arg(m_path);
        return false;
    }
    // Never unlinked: a process that opened the old file would lock an
    // inode nobody else sees. O_CLOEXEC: a node this run starts must not
    // inherit the lock and hold it after the run.
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (m_fd < 0) {
        m_error
            = tr("Cannot open the run lock %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const std::optional<Holder> other = readHolder(m_fd);
        ::close(m_fd);
        m_fd = -1;
        m_error
            = tr("Another Lifeboat run is working on the cluster %1: %2. Only one run per cluster at a time; "
                 "wait until it has ended, then try again (a run that crashed releases its lock by itself). "
                 "Nothing was changed. The lock: %3")
                  .arg(m_clusterName, other ? describe(*other) : tr("a process that has not said who it is"),
                      m_path);
        return false;
    }
    const QByteArray record
        = QJsonDocument(
              QJsonObject{ { QStringLiteral("pid"), qint64(::getpid()) },
                  { QStringLiteral("host"), QSysInfo::machineHostName() },
                  { QStringLiteral("user"), userName() }, { QStringLiteral("scenario"), scenario },
                  { QStringLiteral("cluster"), m_clusterName },
                  { QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } })
              .toJson(QJsonDocument::Compact)
        + '\n';
    if (::ftruncate(m_fd, 0) != 0
        || ::pwrite(m_fd, record.constData(), size_t(record.size()), 0) != record.size()) {
        m_error = tr("Cannot write the run lock %1: %2")
                      .arg(m_path, QString::fromLocal8Bit(std::strerror(errno)));
        release();
        return false;
    }
    ::fsync(m_fd);
    return true;
}

void RunLock::release()
{
    if (m_fd < 0)
        return;
    // Emptied, so that nobody reads a finished run as the holder.
    if (::ftruncate(m_fd, 0) != 0)
        m_error = QString::fromLocal8Bit(std::strerror(errno));
    ::close(m_fd); // drops the flock
    m_fd = -1;
}

std::optional<RunLock::Holder> RunLock::holder(const QString &lockFile)
{
    const int fd = ::open(QFile::encodeName(lockFile).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::optional<Holder> result;
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0)
        ::flock(fd, LOCK_UN); // nobody holds it: what the file says is from a run that ended
    else
        result = readHolder(fd).value_or(Holder{});
    ::close(fd);
    return result;
}

Precondition RunLock::check(const ClusterProfile &profile)
{
    return { tr("No other run is working on this cluster"),
        [path = lockPath(profile, defaultDirectory()), name = profile.name] {
            const std::optional<Holder> other = holder(path);
            // This process holds it while it checks before its own run.
            if (!other || (other->pid == qint64(::getpid()) && other->host == QSysInfo::machineHostName()))
                return PreconditionResult::pass(tr("No other Lifeboat run holds the cluster %1.").arg(name));
            return PreconditionResult::fail(
                tr("Another Lifeboat run is working on the cluster %1: %2.").arg(name, describe(*other)),
                tr("Only one run per cluster at a time: wait until it has ended, then check again "
                   "(a run that crashed releases its lock by itself). The lock: %1")
                    .arg(path));
        } };
}

} // namespace Lifeboat
