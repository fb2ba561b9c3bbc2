// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxHost.h"

#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <support/ExternalCommand.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace Lifeboat {

namespace {

constexpr int toolTimeoutMs = 15000;
constexpr int listenTimeoutMs = 10000;
constexpr int pollMs = 50;

// Runs in the new mount namespace: bind-mounts each (source, mount point)
// pair, then becomes sshd. The mounts must not propagate back to this
// machine's namespace, so the mounts holding them are made private first (all
// of them where / is a mount point; in a chroot it is not, and only the
// holders can be).
const char launchScript[] = R"(set -e
sshd=$1 config=$2 log=$3
shift 3
allprivate=no
mount --make-rprivate / 2>/dev/null && allprivate=yes
while [ $# -ge 2 ]; do
  if [ $allprivate = no ]; then
    holder=$(findmnt -n -o TARGET -T "$2" || true)
    [ -z "$holder" ] || mount --make-private "$holder"
  fi
  mount --bind "$1" "$2"
  shift 2
done
exec "$sshd" -f "$config" -E "$log"
)";

QString sshdProgram()
{
    QString found = QStandardPaths::findExecutable(QStringLiteral("sshd"));
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            QStringLiteral("sshd"),
            {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/local/sbin"), QStringLiteral("/sbin")});
    return found;
}

// A value of sshd_config, quoted, with its %-tokens escaped.
QString configValue(QString value)
{
    value.replace(u'%', QLatin1String("%%"));
    return u'"' + value + u'"';
}

QByteArray linkTarget(const QString &path)
{
    char buffer[256];
    const ssize_t size = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    return size > 0 ? QByteArray(buffer, size) : QByteArray();
}

// Gone, or a zombie waiting for its parent: either way it does nothing more.
bool processEnded(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype end = text.lastIndexOf(')');
    return end < 0 || text.mid(end + 2, 1) == "Z";
}

// Every process whose mount namespace is `ns`.
QList<qint64> processesIn(const QByteArray &ns)
{
    QList<qint64> found;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool number = false;
        const qint64 pid = entry.toLongLong(&number);
        if (number && linkTarget(QStringLiteral("/proc/%1/ns/mnt").arg(pid)) == ns && !processEnded(pid))
            found.append(pid);
    }
    return found;
}

// A path as /proc/self/mountinfo writes it (space, tab, newline and
// backslash in octal).
QString mountinfoPath(QString path)
{
    return path.replace(u'\\', QLatin1String("\\134"))
        .replace(u' ', QLatin1String("\\040"))
        .replace(u'\t', QLatin1String("\\011"))
        .replace(u'\n', QLatin1String("\\012"));
}

} // namespace

SandboxHost::SandboxHost(QString workDirectory, QString name, QString address, int port, QList<BindMount> mounts)
    : m_workDirectory(QDir(workDirectory).absolutePath())
    , m_name(std::move(name))
    , m_address(std::move(address))
    , m_port(port)
    , m_mounts(std::move(mounts))
{ }

QString SandboxHost::hostDirectory() const
{
    return QDir(m_workDirectory).filePath(m_name);
}

QString SandboxHost::hostKeyPath() const
{
    return QDir(hostDirectory()).filePath(QStringLiteral("ssh_host_ed25519_key"));
}

QString SandboxHost::hostPublicKeyPath() const
{
    return hostKeyPath() + QStringLiteral(".pub");
}

QString SandboxHost::clientKeyPath() const
{
    return QDir(m_workDirectory).filePath(QStringLiteral("client_key"));
}

QString SandboxHost::clientPublicKeyPath() const
{
    return clientKeyPath() + QStringLiteral(".pub");
}

QString SandboxHost::authorizedKeysPath() const
{
    return QDir(m_workDirectory).filePath(QStringLiteral("authorized_keys"));
}

QString SandboxHost::configPath() const
{
    return QDir(hostDirectory()).filePath(QStringLiteral("sshd_config"));
}

QString SandboxHost::pidFilePath() const
{
    return QDir(hostDirectory()).filePath(QStringLiteral("sshd.pid"));
}

QString SandboxHost::logPath() const
{
    return QDir(hostDirectory()).filePath(QStringLiteral("sshd.log"));
}

HostProfile SandboxHost::profile() const
{
    HostProfile host;
    host.name = m_name;
    host.address = m_address;
    host.port = m_port;
    host.user = QStringLiteral("root");
    host.identityFile = clientKeyPath();
    return host;
}

static bool generateKey(const QString &path, const QString &comment, QString *error)
{
    // An empty passphrase: these keys only open the sandbox's own hosts.
    const auto result = ExternalCommand::run(QStringLiteral("ssh-keygen"),
                                             {QStringLiteral("-q"), QStringLiteral("-t"),
                                              QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                              QStringLiteral("-C"), comment, QStringLiteral("-f"), path},
                                             toolTimeoutMs);
    if (!result.succeeded()) {
        *error = SandboxHost::tr("Cannot create the key %1: %2").arg(path, ExternalCommand::firstError(result));
        return false;
    }
    return true;
}

bool SandboxHost::prepare(QString *error)
{
    if (::geteuid() != 0) {
        *error = tr("The sandbox host %1 needs root: mount namespaces and bind mounts are only available to root.")
                     .arg(m_name);
        return false;
    }
    if (!QDir().mkpath(hostDirectory())) {
        *error = tr("Cannot create %1.").arg(hostDirectory());
        return false;
    }
    if (!QFileInfo::exists(clientKeyPath())
        && !generateKey(clientKeyPath(), QStringLiteral("lifeboat-sandbox-client"), error))
        return false;
    if (!QFileInfo::exists(authorizedKeysPath())) {
        QFile publicKey(clientPublicKeyPath());
        QSaveFile authorized(authorizedKeysPath());
        if (!publicKey.open(QIODevice::ReadOnly) || !authorized.open(QIODevice::WriteOnly)
            || authorized.write(publicKey.readAll()) < 0 || !authorized.commit()) {
            *error = tr("Cannot write %1.").arg(authorizedKeysPath());
            return false;
        }
    }
    if (!QFileInfo::exists(hostKeyPath())
        && !generateKey(hostKeyPath(), QStringLiteral("lifeboat-sandbox-%1").arg(m_name), error))
        return false;
    for (const BindMount &mount : std::as_const(m_mounts)) {
        if (!QFileInfo(mount.source).isDir()) {
            *error = tr("%1 is not a directory; it cannot be mounted on the sandbox host %2.")
                         .arg(mount.source, m_name);
            return false;
        }
        // Created empty here and left empty: only the host's namespace mounts on it.
        if (!QDir::isAbsolutePath(mount.mountPoint) || !QDir().mkpath(mount.mountPoint)) {
            *error = tr("Cannot create %1.").arg(mount.mountPoint);
            return false;
        }
    }
    // sshd's privilege separation directory.
    QDir().mkpath(QStringLiteral("/run/sshd"));
    if (!writeConfig(true, error))
        return false;
    QString checkError;
    if (checkConfig(&checkError))
        return true;
    // PerSourcePenalties came with OpenSSH 9.8; older servers do without.
    if (!checkError.contains(QLatin1String("PerSourcePenalties"))) {
        *error = checkError;
        return false;
    }
    return writeConfig(false, error) && checkConfig(error);
}

bool SandboxHost::writeConfig(bool withPenalties, QString *error) const
{
    QStringList lines{
        QStringLiteral("# Written by Lifeboat for the sandbox host %1.").arg(m_name),
        QStringLiteral("ListenAddress %1:%2").arg(m_address).arg(m_port),
        QStringLiteral("HostKey %1").arg(configValue(hostKeyPath())),
        QStringLiteral("AuthorizedKeysFile %1").arg(configValue(authorizedKeysPath())),
        QStringLiteral("PidFile %1").arg(configValue(pidFilePath())),
        QStringLiteral("PubkeyAuthentication yes"),
        QStringLiteral("PasswordAuthentication no"),
        QStringLiteral("KbdInteractiveAuthentication no"),
        QStringLiteral("UsePAM no"),
        QStringLiteral("StrictModes no"),
        QStringLiteral("PermitRootLogin prohibit-password"),
        QStringLiteral("AllowAgentForwarding no"),
        QStringLiteral("X11Forwarding no"),
        QStringLiteral("PrintMotd no"),
        // Lifeboat runs several commands at once over one connection.
        QStringLiteral("MaxSessions 64"),
        QStringLiteral("LogLevel INFO"),
    };
    // Every client comes from 127.0.0.1: one refused login (a test's) must
    // not shut the others out for a while.
    if (withPenalties)
        lines.append(QStringLiteral("PerSourcePenalties no"));
    QSaveFile file(configPath());
    if (!file.open(QIODevice::WriteOnly) || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(configPath(), file.errorString());
        return false;
    }
    return true;
}

bool SandboxHost::checkConfig(QString *error) const
{
    const QString sshd = sshdProgram();
    if (sshd.isEmpty()) {
        *error = tr("sshd was not found; install the OpenSSH server (openssh-server).");
        return false;
    }
    const auto result
        = ExternalCommand::run(sshd, {QStringLiteral("-t"), QStringLiteral("-f"), configPath()}, toolTimeoutMs);
    if (!result.succeeded()) {
        *error = tr("sshd does not accept %1: %2").arg(configPath(), ExternalCommand::firstError(result));
        return false;
    }
    return true;
}

bool SandboxHost::start(QString *error)
{
    if (isRunning())
        return true;
    if (!prepare(error) || !launch(error))
        return false;
    if (!waitUntilListening(error) || !mountsHiddenHere(error)) {
        QString ignored;
        (void)stop(&ignored);
        return false;
    }
    Logging::logger(Subsystem::hosts)
        ->info("sandbox host {} listens on {}:{} (pid {})", m_name.toStdString(), m_address.toStdString(), m_port,
               pid());
    return true;
}

bool SandboxHost::launch(QString *error)
{
    QFile::remove(pidFilePath());
    QStringList arguments{QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("unchanged")};
    arguments << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
              << QString::fromLatin1(launchScript) << QStringLiteral("sh") << sshdProgram() << configPath()
              << logPath();
    for (const BindMount &mount : std::as_const(m_mounts))
        arguments << mount.source << mount.mountPoint;
    // sshd detaches once it listens; unshare ends with its first process.
    const auto result = ExternalCommand::run(QStringLiteral("unshare"), arguments, toolTimeoutMs);
    if (!result.succeeded()) {
        *error = tr("Cannot start the sandbox host %1: %2").arg(m_name, ExternalCommand::firstError(result));
        return false;
    }
    return true;
}

bool SandboxHost::waitUntilListening(QString *error) const
{
    // sshd writes its pid file once its socket listens.
    const QDeadlineTimer deadline(listenTimeoutMs);
    while (!deadline.hasExpired()) {
        if (pid() > 0)
            return true;
        QThread::msleep(pollMs);
    }
    *error = tr("The sandbox host %1 did not start listening on %2:%3 within %4 seconds; see %5.")
                 .arg(m_name, m_address)
                 .arg(m_port)
                 .arg(listenTimeoutMs / 1000)
                 .arg(logPath());
    return false;
}

bool SandboxHost::mountsHiddenHere(QString *error) const
{
    QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountinfo.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(mountinfo.fileName(), mountinfo.errorString());
        return false;
    }
    QSet<QString> mounted;
    for (const QByteArray &line : mountinfo.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4)
            mounted.insert(QString::fromUtf8(fields.at(4)));
    }
    for (const BindMount &mount : std::as_const(m_mounts)) {
        if (mounted.contains(mountinfoPath(QFileInfo(mount.mountPoint).canonicalFilePath()))) {
            *error = tr("The files of the sandbox host %1 are visible at %2 outside the host; it was stopped.")
                         .arg(m_name, mount.mountPoint);
            return false;
        }
    }
    return true;
}

qint64 SandboxHost::pid() const
{
    QFile file(pidFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const qint64 pid = file.readAll().trimmed().toLongLong();
    if (pid <= 0 || processEnded(pid))
        return 0;
    // Only the sshd started with this host's configuration: a pid file may
    // outlive its process, and the number may belong to another by now.
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().contains(QFile::encodeName(configPath())))
        return 0;
    return pid;
}

bool SandboxHost::isRunning() const
{
    return pid() > 0;
}

bool SandboxHost::stop(QString *error, int timeoutMs)
{
    const qint64 listener = pid();
    if (listener == 0) {
        QFile::remove(pidFilePath());
        return true;
    }
    // Its namespace holds its sessions and what they started; never ours.
    const QByteArray ns = linkTarget(QStringLiteral("/proc/%1/ns/mnt").arg(listener));
    const bool ownNamespace = ns.isEmpty() || ns == linkTarget(QStringLiteral("/proc/self/ns/mnt"));
    // A process that is exiting has left its namespace already but is still
    // there: each one seen is followed by its number until it has ended,
    // unless the number now names a process of another namespace.
    QSet<qint64> seen{listener};
    const auto remaining = [&] {
        if (!ownNamespace) {
            for (qint64 pid : processesIn(ns))
                seen.insert(pid);
        }
        QList<qint64> left;
        for (auto it = seen.begin(); it != seen.end();) {
            const QByteArray now = linkTarget(QStringLiteral("/proc/%1/ns/mnt").arg(*it));
            if (processEnded(*it) || (!ns.isEmpty() && !now.isEmpty() && now != ns)) {
                it = seen.erase(it);
            } else {
                left.append(*it);
                ++it;
            }
        }
        return left;
    };
    ::kill(pid_t(listener), SIGTERM); // first, so that it accepts nobody new
    QList<qint64> left;
    for (int signal : {SIGTERM, SIGKILL}) {
        const QDeadlineTimer wait(signal == SIGTERM ? timeoutMs : 1000);
        QSet<qint64> signalled;
        while (!(left = remaining()).isEmpty() && !wait.hasExpired()) {
            for (qint64 pid : std::as_const(left)) {
                if (!signalled.contains(pid))
                    ::kill(pid_t(pid), signal);
                signalled.insert(pid);
            }
            QThread::msleep(pollMs);
        }
        if (left.isEmpty())
            break;
    }
    if (!left.isEmpty()) {
        *error = tr("Cannot stop the sandbox host %1: process %2 is still running.").arg(m_name).arg(left.first());
        return false;
    }
    QFile::remove(pidFilePath());
    Logging::logger(Subsystem::hosts)->info("sandbox host {} stopped", m_name.toStdString());
    return true;
}

bool SandboxHost::regenerateHostKey(QString *error)
{
    const QString fresh = hostKeyPath() + QStringLiteral(".new");
    QFile::remove(fresh);
    QFile::remove(fresh + QStringLiteral(".pub"));
    if (!generateKey(fresh, QStringLiteral("lifeboat-sandbox-%1").arg(m_name), error))
        return false;
    // Each rename replaces the old file in one step.
    if (std::rename(QFile::encodeName(fresh + QStringLiteral(".pub")).constData(),
                    QFile::encodeName(hostPublicKeyPath()).constData())
            != 0
        || std::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(hostKeyPath()).constData()) != 0) {
        *error = tr("Cannot replace the host key %1: %2")
                     .arg(hostKeyPath(), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

} // namespace Lifeboat
