// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SshConnection.h"

#include <logging/Logging.h>
#include <logging/Subsystem.h>

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>

namespace Lifeboat {

namespace {

const QString ssh = QStringLiteral("ssh");
constexpr int controlTimeoutMs = 10000;
// A Unix socket path has room for 104 bytes on some systems; ssh adds "/"
// and the 40 characters of %C, and 17 more while it sets the socket up.
constexpr qsizetype maxControlDirectoryLength = 104 - 1 - 40 - 17 - 1;

// ssh expands %-tokens in paths given with -o and -i.
QString sshPath(QString path)
{
    return path.replace(u'%', QLatin1String("%%"));
}

// An -o value is split like a line of ssh_config: quote one with spaces.
QString optionValue(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s\"'\\\\]*$"));
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
    return u'"' + escaped + u'"';
}

QString option(const char *name, const QString &value)
{
    return QLatin1String(name) + u'=' + optionValue(value);
}

// What ssh said, without the banner lines of its host key warning.
QString sshWords(const QByteArray &stderrBytes)
{
    QStringList words;
    for (const QString &line : QString::fromUtf8(stderrBytes).split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith(u'@'))
            words.append(trimmed);
    }
    return words.join(u' ');
}

} // namespace

QString SshConnection::stateName(HostState state)
{
    switch (state) {
    case HostState::Trusted:
        return QStringLiteral("trusted");
    case HostState::FirstSeen:
        return QStringLiteral("first-seen");
    case HostState::KeyChanged:
        return QStringLiteral("key-changed");
    case HostState::Unreachable:
        return QStringLiteral("unreachable");
    case HostState::LoginFailed:
        return QStringLiteral("login-failed");
    }
    return {};
}

SshConnection::SshConnection(HostProfile host, KnownHosts knownHosts, Timeouts timeouts)
    : m_host(std::move(host))
    , m_knownHosts(std::move(knownHosts))
    , m_timeouts(timeouts)
{ }

SshConnection::SshConnection(HostProfile host, KnownHosts knownHosts)
    : SshConnection(std::move(host), std::move(knownHosts), Timeouts{})
{ }

SshConnection::~SshConnection()
{
    close();
}

QString SshConnection::quoted(const QString &argument)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(argument).hasMatch())
        return argument;
    QString inner = argument;
    inner.replace(u'\'', QLatin1String("'\\''"));
    return u'\'' + inner + u'\'';
}

QStringList SshConnection::commonOptions(const QString &controlDirectory) const
{
    QStringList options;
    if (!m_host.sshConfig.isEmpty())
        options << QStringLiteral("-F") << m_host.sshConfig;
    // Options given here win over any ssh_config, so these hold whatever
    // the user's or the profile's configuration says. Only Lifeboat's own
    // known_hosts file counts, and ssh never writes to it.
    QStringList settings{
        QStringLiteral("BatchMode=yes"),
        QStringLiteral("StrictHostKeyChecking=yes"),
        option("UserKnownHostsFile", sshPath(m_knownHosts.filePath())),
        QStringLiteral("GlobalKnownHostsFile=/dev/null"),
        QStringLiteral("UpdateHostKeys=no"),
        QStringLiteral("CheckHostIP=no"),
        QStringLiteral("ConnectTimeout=%1").arg(m_timeouts.connectSeconds),
        QStringLiteral("ServerAliveInterval=%1").arg(m_timeouts.serverAliveIntervalSeconds),
        QStringLiteral("ServerAliveCountMax=%1").arg(m_timeouts.serverAliveCountMax),
        QStringLiteral("LogLevel=ERROR"),
    };
    // Whole repositories cross this link: AES-GCM, which x86-64 servers run
    // in hardware, moves them about half again as fast as OpenSSH's first
    // choice, ChaCha20 (benchmarks/README.md). "^" only puts it first among
    // OpenSSH's own defaults; a profile's ssh config decides for itself.
    if (m_host.sshConfig.isEmpty())
        settings << QStringLiteral("Ciphers=^aes128-gcm@openssh.com,aes256-gcm@openssh.com");
    if (!controlDirectory.isEmpty()) {
        settings << option("ControlPath", sshPath(controlDirectory) + QStringLiteral("/%C"))
                 << QStringLiteral("ControlPersist=%1").arg(m_timeouts.controlPersistSeconds);
    }
    if (!m_host.identityFile.isEmpty())
        settings << QStringLiteral("IdentitiesOnly=yes");
    for (const QString &setting : std::as_const(settings))
        options << QStringLiteral("-o") << setting;
    // No agent or X11 forwarding to node hosts.
    options << QStringLiteral("-a") << QStringLiteral("-x") << QStringLiteral("-p")
            << QString::number(m_host.port);
    if (!m_host.user.isEmpty())
        options << QStringLiteral("-l") << m_host.user;
    if (!m_host.identityFile.isEmpty())
        options << QStringLiteral("-i") << sshPath(m_host.identityFile);
    return options;
}

int SshConnection::masterTimeoutMs() const
{
    // Connecting, the key exchange and the login; ConnectTimeout covers the first.
    return (m_timeouts.connectSeconds + 20) * 1000;
}

bool SshConnection::makeControlDirectory(QString *error)
{
    QString base = QDir::tempPath();
    if (base.size() + 20 > maxControlDirectoryLength)
        base = QStringLiteral("/tmp");
    QByteArray pattern = QFile::encodeName(base + QStringLiteral("/lifeboat-ssh-XXXXXX"));
    // mkdtemp makes it 0700: nobody else may reach the master through it.
    if (!::mkdtemp(pattern.data())) {
        *error = tr("Cannot create a directory for the ssh connection in %1: %2")
                     .arg(base, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    ::chmod(pattern.constData(), 0700);
    m_controlDirectory = QFile::decodeName(pattern);
    return true;
}

void SshConnection::removeControlDirectory()
{
    if (!m_controlDirectory.isEmpty())
        QDir(m_controlDirectory).removeRecursively();
    m_controlDirectory.clear();
}

SshConnection::Check SshConnection::open()
{
    QMutexLocker lock(&m_mutex);
    if (m_open)
        return Check{HostState::Trusted};
    Check check;
    if (!makeControlDirectory(&check.message))
        return check;
    QStringList arguments = commonOptions(m_controlDirectory);
    arguments << QStringLiteral("-o") << QStringLiteral("ControlMaster=yes") << QStringLiteral("-N")
              << QStringLiteral("-f") << m_host.address;
    const auto result = ExternalCommand::run(ssh, arguments, masterTimeoutMs());
    const auto logger = Logging::logger(Subsystem::hosts);
    if (result.succeeded()) {
        m_open = true;
        logger->info("connected to {} ({}:{})", m_host.name.toStdString(), m_host.address.toStdString(),
                     m_host.port);
        return Check{HostState::Trusted};
    }
    removeControlDirectory();
    check = classify(result);
    logger->warn("{}: {} ({})", m_host.name.toStdString(), stateName(check.state).toStdString(),
                 (check.sshMessage.isEmpty() ? check.message : check.sshMessage).toStdString());
    return check;
}

SshConnection::Check SshConnection::classify(const ExternalCommand::Result &result) const
{
    const QString stderrText = QString::fromUtf8(result.err);
    const QString said = result.timedOut || stderrText.trimmed().isEmpty() ? result.error : sshWords(result.err);
    Check check;
    check.sshMessage = said;
    if (stderrText.contains(QLatin1String("Host key verification failed"))
        || stderrText.contains(QLatin1String("REMOTE HOST IDENTIFICATION HAS CHANGED")))
        return classifyHostKey(said, stderrText);
    if (stderrText.contains(QLatin1String("Permission denied"))
        || stderrText.contains(QLatin1String("Too many authentication failures"))) {
        check.state = HostState::LoginFailed;
        check.message = tr("Cannot log in to %1: %2").arg(m_host.displayName(), said);
        return check;
    }
    check.state = HostState::Unreachable;
    check.message = tr("Cannot reach %1: %2").arg(m_host.displayName(), said);
    return check;
}

SshConnection::Check SshConnection::classifyHostKey(const QString &said, const QString &stderrText) const
{
    Check check;
    check.sshMessage = said;
    QString error;
    if (!m_knownHosts.knownFingerprints(m_host, &check.knownFingerprints, &error)) {
        check.message = error;
        return check;
    }
    QList<KnownHosts::OfferedKey> offered;
    if (!m_knownHosts.scan(m_host, &offered, &error)) {
        check.message = tr("Cannot reach %1: %2").arg(m_host.displayName(), error);
        return check;
    }
    // The type of key ssh was checking, as it named it ("No ED25519 host key
    // is known…", "The fingerprint for the ED25519 key sent…").
    static const QRegularExpression typeNamed(
        QStringLiteral("No (\\S+) host key is known|The fingerprint for the (\\S+) key sent"));
    const QRegularExpressionMatch match = typeNamed.match(stderrText);
    const QString type = match.hasMatch() ? match.captured(1) + match.captured(2) : QString();
    const KnownHosts::OfferedKey *chosen = &offered.first();
    for (const KnownHosts::OfferedKey &key : offered) {
        if (key.type == type)
            chosen = &key;
    }
    check.offeredFingerprint = chosen->fingerprint;
    check.offeredKeyType = chosen->type;
    if (check.knownFingerprints.isEmpty()) {
        check.state = HostState::FirstSeen;
        check.message = tr("%1 is not yet known to Lifeboat. It offers the host key %2; compare it with the "
                           "fingerprint shown on that host (ssh-keygen -lf on its key in /etc/ssh) before you "
                           "trust it.")
                            .arg(m_host.displayName(), check.offeredFingerprint);
    } else {
        check.state = HostState::KeyChanged;
        check.message = tr("The host key of %1 has changed: Lifeboat knows %2, the host now offers %3. Nothing "
                           "was done on %1. If the host was reinstalled, confirm its new key; otherwise someone "
                           "may be intercepting the connection.")
                            .arg(m_host.displayName(), check.knownFingerprints.join(QLatin1String(", ")),
                                 check.offeredFingerprint);
    }
    return check;
}

bool SshConnection::masterRunning() const
{
    const QString directory = controlDirectory();
    if (directory.isEmpty())
        return false;
    QStringList arguments = commonOptions(directory);
    arguments << QStringLiteral("-O") << QStringLiteral("check") << m_host.address;
    return ExternalCommand::run(ssh, arguments, controlTimeoutMs).succeeded();
}

QStringList SshConnection::argumentsFor(const QStringList &remoteCommand) const
{
    const QString directory = controlDirectory();
    QStringList arguments{ssh};
    arguments << commonOptions(directory);
    // A master that went away (an idle timeout, a lost link) is started again
    // by the next command, with the same strict checks. Without a control
    // directory (not open), the command connects on its own.
    arguments << QStringLiteral("-o")
              << (directory.isEmpty() ? QStringLiteral("ControlMaster=no") : QStringLiteral("ControlMaster=auto"))
              << QStringLiteral("-T") << QStringLiteral("-e") << QStringLiteral("none") << m_host.address
              << QStringLiteral("--");
    if (m_host.sudo)
        arguments << QStringLiteral("sudo") << QStringLiteral("-n") << QStringLiteral("--");
    for (const QString &argument : remoteCommand)
        arguments << quoted(argument);
    return arguments;
}

ExternalCommand::Result SshConnection::run(const QStringList &remoteCommand, const QByteArray &stdinData,
                                           int timeoutMs) const
{
    if (!m_open) {
        ExternalCommand::Result result;
        result.error = tr("There is no open connection to %1.").arg(m_host.displayName());
        return result;
    }
    const QStringList arguments = argumentsFor(remoteCommand);
    return ExternalCommand::run(arguments.first(), arguments.mid(1), timeoutMs, stdinData);
}

QString SshConnection::controlDirectory() const
{
    QMutexLocker lock(&m_mutex);
    return m_controlDirectory;
}

void SshConnection::close()
{
    QMutexLocker lock(&m_mutex);
    if (m_controlDirectory.isEmpty())
        return;
    QStringList arguments = commonOptions(m_controlDirectory);
    arguments << QStringLiteral("-O") << QStringLiteral("exit") << m_host.address;
    ExternalCommand::run(ssh, arguments, controlTimeoutMs);
    m_open = false;
    removeControlDirectory();
    Logging::logger(Subsystem::hosts)->info("closed the connection to {}", m_host.name.toStdString());
}

} // namespace Lifeboat
