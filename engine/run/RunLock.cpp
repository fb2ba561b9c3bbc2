// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <run/Precondition.h>
#include <support/AccountNames.h>
#include <support/DataPaths.h>
#include <support/LockFile.h>
#include <hosts/Hosts.h>
#include <unistd.h>

namespace Lifeboat {

namespace {

QString lockPath(const ClusterProfile &profile, const QString &directory)
{
    return QDir(directory).filePath(RunLock::clusterId(profile) + QStringLiteral(".lock"));
}

std::optional<RunLock::Holder> holderFrom(const QByteArray &record)
{
    const QJsonObject json = QJsonDocument::fromJson(record).object();
    if (json.isEmpty())
        return std::nullopt;
    return RunLock::Holder{ .pid = json.value(QLatin1String("pid")).toInteger(),
        .host = json.value(QLatin1String("host")).toString(),
        .user = json.value(QLatin1String("user")).toString(),
        .scenario = json.value(QLatin1String("scenario")).toString(),
        .since = QDateTime::fromString(json.value(QLatin1String("since")).toString(), Qt::ISODateWithMs) };
}

bool isThisProcess(const RunLock::Holder &holder)
{
    return holder.pid == qint64(::getpid()) && holder.host == QSysInfo::machineHostName();
}

} // namespace

RunLock::RunLock(const ClusterProfile &profile, QString directory)
    : m_path(lockPath(profile, directory))
    , m_clusterName(profile.name)
    , m_remote(remoteLock(profile))
{
    if (!m_remote.isLocal())
        m_hosts = Hosts::of(profile);
}

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

HostPath RunLock::remoteLock(const ClusterProfile &profile)
{
    const NodeProfile *primary = profile.primary();
    if (!primary || profile.hostOf(*primary).isEmpty())
        return {};
    // Beside the repository, in the folder the AEM user owns on every host
    // of the cluster: whoever may change the repository may take the lock.
    return profile.onNode(*primary,
        QDir(QFileInfo(QDir::cleanPath(primary->repository)).path()).filePath(QStringLiteral(".lifeboat-run.lock")));
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
    const QByteArray record
        = QJsonDocument(
              QJsonObject{ { QStringLiteral("pid"), qint64(::getpid()) },
                  { QStringLiteral("host"), QSysInfo::machineHostName() },
                  { QStringLiteral("user"), AccountNames::processUser() }, { QStringLiteral("scenario"), scenario },
                  { QStringLiteral("cluster"), m_clusterName },
                  { QStringLiteral("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) } })
              .toJson(QJsonDocument::Compact)
        + '\n';
    QByteArray holder;
    QString error;
    m_local = LockFile::acquire(m_path, record, &holder, &error);
    QString where = m_path;
    if (m_local && !m_remote.isLocal()) {
        m_remoteLock = m_hosts->files(m_remote).holdLock(m_remote.path, record, &holder, &error);
        where = m_remote.display();
        if (!m_remoteLock)
            m_local.reset();
    }
    if (m_local)
        return true;
    if (!error.isEmpty()) {
        m_error = tr("Cannot take the run lock %1: %2. Nothing was changed.").arg(where, error);
        return false;
    }
    const std::optional<Holder> other = holderFrom(holder);
    m_error = tr("Another Lifeboat run is working on the cluster %1: %2. Only one run per cluster at a time; "
                 "wait until it has ended, then try again (a run that crashed releases its lock by itself). "
                 "Nothing was changed. The lock: %3")
                  .arg(m_clusterName, other ? describe(*other) : tr("a process that has not said who it is"), where);
    return false;
}

void RunLock::release()
{
    // The remote lock first: it was taken last.
    m_remoteLock.reset();
    m_local.reset();
}

std::optional<RunLock::Holder> RunLock::holder(const QString &lockFile)
{
    const std::optional<QByteArray> record = LockFile::holder(lockFile);
    if (!record)
        return std::nullopt;
    return holderFrom(*record).value_or(Holder{});
}

Precondition RunLock::check(const ClusterProfile &profile)
{
    return { tr("No other run is working on this cluster"),
        [path = lockPath(profile, defaultDirectory()), name = profile.name, remote = remoteLock(profile),
            hosts = remoteLock(profile).isLocal() ? nullptr : Hosts::of(profile)] {
            std::optional<Holder> other = holder(path);
            QString where = path;
            // This process holds it while it checks before its own run.
            if ((!other || isThisProcess(*other)) && hosts) {
                std::optional<QByteArray> record;
                QString error;
                if (!hosts->files(remote).lockHolder(remote.path, &record, &error))
                    return PreconditionResult::fail(error, Hosts::reachHint());
                other = record ? holderFrom(*record).value_or(Holder{}) : std::optional<Holder>();
                where = remote.display();
            }
            if (!other || isThisProcess(*other))
                return PreconditionResult::pass(tr("No other Lifeboat run holds the cluster %1.").arg(name));
            return PreconditionResult::fail(
                tr("Another Lifeboat run is working on the cluster %1: %2.").arg(name, describe(*other)),
                tr("Only one run per cluster at a time: wait until it has ended, then check again "
                   "(a run that crashed releases its lock by itself). The lock: %1")
                    .arg(where));
        } };
}

} // namespace Lifeboat
