// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentSession.h"

#include <hosts/AgentProtocol.h>
#include <lifeboat/Version.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QIODevice>
#include <QJsonDocument>
#include <QLocale>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace Lifeboat {

namespace {
constexpr qsizetype stderrKept = 8 * 1024;
// How long an agent that was asked to stop gets to answer before the session
// is ended instead.
constexpr int cancelGraceMs = 15'000;
// How long a session that is being closed gets to exit on its own (it sees
// the end of its input), and then after SIGTERM.
constexpr int exitGraceMs = 3'000;
constexpr int pollSliceMs = 250;

QString systemError(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

void setNonBlocking(int fd)
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}
} // namespace

struct AgentSession::Exchange
{
    qint64 id = 0;
    const Request *request = nullptr;
    bool hasReply = false;
    QJsonObject reply;
    bool streamEnded = false;
    QString localError;
    bool cancelled = false;
    bool cancelSent = false;
};

AgentSession::AgentSession(QString host, Timeouts timeouts)
    : m_host(std::move(host))
    , m_timeouts(timeouts)
{ }

AgentSession::~AgentSession()
{
    end();
}

std::unique_ptr<AgentSession> AgentSession::start(const QString &host, const QStringList &command,
                                                  const Timeouts &timeouts, QString *error)
{
    std::unique_ptr<AgentSession> session(new AgentSession(host, timeouts));
    if (command.isEmpty()) {
        *error = tr("Cannot start %1 to reach %2: %3").arg(QString(), host, systemError(ENOENT));
        return {};
    }
    if (!session->spawn(command, error) || !session->hello(error))
        return {};
    return session;
}

bool AgentSession::spawn(const QStringList &command, QString *error)
{
    int input[2], output[2], errors[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, input) != 0) {
        *error = tr("Cannot start %1 to reach %2: %3").arg(command.first(), m_host, systemError(errno));
        return false;
    }
    if (::pipe2(output, O_CLOEXEC) != 0 || ::pipe2(errors, O_CLOEXEC) != 0) {
        *error = tr("Cannot start %1 to reach %2: %3").arg(command.first(), m_host, systemError(errno));
        ::close(input[0]);
        ::close(input[1]);
        return false;
    }
    // Bigger chunks per read; the default (64 KiB) works too.
    ::fcntl(output[0], F_SETPIPE_SZ, int(AgentFrame::chunkSize));

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, input[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, errors[1], STDERR_FILENO);
    // Its own process group, so that Ctrl-C in Lifeboat's terminal reaches
    // Lifeboat (which cancels and cleans up) and not the connection; signals
    // as a fresh program has them, whatever this thread blocks or ignores.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    QList<QByteArray> encoded;
    for (const QString &argument : command)
        encoded.append(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    pid_t pid = -1;
    const int spawned = ::posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(input[1]);
    ::close(output[1]);
    ::close(errors[1]);
    m_input = input[0];
    m_output = output[0];
    m_errors = errors[0];
    if (spawned != 0) {
        *error = tr("Cannot start %1 to reach %2: %3").arg(command.first(), m_host, systemError(spawned));
        return false;
    }
    m_pid = pid;
    setNonBlocking(m_input);
    setNonBlocking(m_output);
    setNonBlocking(m_errors);
    return true;
}

bool AgentSession::hello(QString *error)
{
    AgentFrame frame;
    const Wait wait = waitFrame(&frame, m_timeouts.startMs, {});
    if (wait == Wait::Lost) {
        *error = startFailure();
        return false;
    }
    if (wait == Wait::TimedOut) {
        *error = timedOut();
        return false;
    }
    const QJsonObject hello = frame.json();
    if (wait == Wait::Invalid || frame.type != AgentFrame::Hello
        || hello.value(QLatin1String("agent")).toString() != QLatin1String("lifeboat-agent")) {
        *error = notTheHelper();
        return false;
    }
    const int protocol = hello.value(QLatin1String("protocol")).toInt();
    if (protocol != AgentProtocol::version) {
        *error = tr("The helper on %1 is lifeboat-agent %2, which speaks protocol version %3; this Lifeboat is "
                    "version %4 and speaks protocol version %5. Install lifeboat %4 on %1 from the same package as "
                    "on this machine (apt install ./lifeboat_%4_*.deb); it brings lifeboat-agent.")
                     .arg(m_host, hello.value(QLatin1String("version")).toString())
                     .arg(protocol)
                     .arg(QLatin1String(versionString))
                     .arg(AgentProtocol::version);
        return false;
    }
    m_identity.uid = hello.value(QLatin1String("uid")).toInteger(-1);
    m_identity.user = hello.value(QLatin1String("user")).toString();
    // The agent's messages in the language of this Lifeboat.
    Exchange none;
    return send(AgentFrame::Hello,
                QJsonObject{{QStringLiteral("client"), QStringLiteral("lifeboat")},
                            {QStringLiteral("protocol"), AgentProtocol::version},
                            {QStringLiteral("version"), QLatin1String(versionString)},
                            {QStringLiteral("language"), QLocale().name()}},
                &none, error);
}

QString AgentSession::startFailure()
{
    const QString reason = lostReason();
    // 127: the shell on the host found no such program.
    const bool missing = m_exitStatus >= 0 && WIFEXITED(m_exitStatus) && WEXITSTATUS(m_exitStatus) == 127;
    if (missing)
        return tr("Lifeboat's helper is not installed on %1 (%2). Install lifeboat %3 on %1 from the same "
                  "package as on this machine (apt install ./lifeboat_%3_*.deb); it brings lifeboat-agent.")
            .arg(m_host, reason, QLatin1String(versionString));
    return tr("Cannot connect to %1: %2").arg(m_host, reason);
}

AgentSession::Pump AgentSession::pump(int timeoutMs)
{
    if (m_lost)
        return Pump::Lost;
    // A whole frame not yet taken waits before the next is read.
    pollfd fds[3] = {{m_frames.hasFrame() ? -1 : m_output, POLLIN, 0},
                     {m_errors, POLLIN, 0},
                     {m_out.empty() ? -1 : m_input, POLLOUT, 0}};
    const int ready = ::poll(fds, 3, timeoutMs);
    if (ready < 0 && errno != EINTR)
        m_lost = true;
    if (ready <= 0)
        return m_lost ? Pump::Lost : Pump::Idle;
    if (fds[1].revents)
        readStandardError();
    if (fds[0].revents && !readOutput())
        m_lost = true;
    if (fds[2].revents & (POLLERR | POLLHUP))
        m_lost = true;
    else if ((fds[2].revents & POLLOUT) && !writeInput())
        m_lost = true;
    return m_lost ? Pump::Lost : Pump::Moved;
}

bool AgentSession::readOutput()
{
    while (!m_frames.hasFrame()) {
        const qint64 got = m_frames.readFrom(m_output);
        if (got > 0)
            continue;
        if (got < 0 && errno == EINTR)
            continue;
        return got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
    return true;
}

bool AgentSession::writeInput()
{
    // Headers and payloads go out as they are queued, without being copied
    // into one buffer first.
    iovec parts[16];
    int count = 0;
    for (auto it = m_out.cbegin(); it != m_out.cend() && count < 16; ++it, ++count) {
        const qsizetype skip = count == 0 ? m_outOffset : 0;
        parts[count] = {const_cast<char *>(it->constData()) + skip, size_t(it->size() - skip)};
    }
    msghdr message{};
    message.msg_iov = parts;
    message.msg_iovlen = size_t(count);
    ssize_t sent = ::sendmsg(m_input, &message, MSG_NOSIGNAL);
    if (sent < 0)
        return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR;
    while (sent > 0) {
        const qsizetype left = m_out.front().size() - m_outOffset;
        if (sent < left) {
            m_outOffset += sent;
            break;
        }
        sent -= left;
        m_out.pop_front();
        m_outOffset = 0;
    }
    return true;
}

void AgentSession::queue(AgentFrame::Type type, const QByteArray &payload)
{
    m_out.push_back(AgentFrame::header(type, payload.size()));
    if (!payload.isEmpty())
        m_out.push_back(payload);
}

void AgentSession::readStandardError()
{
    char buffer[4096];
    for (;;) {
        const ssize_t got = ::read(m_errors, buffer, sizeof buffer);
        if (got > 0) {
            m_stderr.append(buffer, got);
            if (m_stderr.size() > stderrKept)
                m_stderr.remove(0, m_stderr.size() - stderrKept);
            continue;
        }
        if (got < 0 && errno == EINTR)
            continue;
        if (got == 0)
            closeFd(m_errors);
        return;
    }
}

bool AgentSession::send(AgentFrame::Type type, const QByteArray &payload, Exchange *exchange, QString *error)
{
    queue(type, payload);
    m_waitedMs = m_timeouts.inactivityMs;
    QDeadlineTimer deadline(m_timeouts.inactivityMs);
    while (!m_out.empty()) {
        if (deadline.hasExpired())
            return failed(Wait::TimedOut, error);
        const Pump pumped = pump(int(std::min<qint64>(deadline.remainingTime(), pollSliceMs)));
        if (pumped == Pump::Lost)
            return failed(Wait::Lost, error);
        if (pumped == Pump::Moved)
            deadline.setRemainingTime(m_timeouts.inactivityMs);
        // What the agent says meanwhile (progress, an early reply) is read
        // as it comes, so that neither side waits on a full pipe.
        AgentFrame incoming;
        const AgentFrameReader::Result taken = m_frames.take(&incoming);
        if (taken == AgentFrameReader::Result::Invalid)
            return failed(Wait::Invalid, error);
        if (taken == AgentFrameReader::Result::Frame && !handle(incoming, *exchange))
            return failed(Wait::Invalid, error);
    }
    return true;
}

bool AgentSession::send(AgentFrame::Type type, const QJsonObject &json, Exchange *exchange, QString *error)
{
    return send(type, QJsonDocument(json).toJson(QJsonDocument::Compact), exchange, error);
}

AgentSession::Wait AgentSession::waitFrame(AgentFrame *frame, int inactivityMs, const std::function<void()> &tick)
{
    m_waitedMs = inactivityMs;
    QDeadlineTimer deadline(inactivityMs);
    for (;;) {
        const AgentFrameReader::Result taken = m_frames.take(frame);
        if (taken == AgentFrameReader::Result::Frame)
            return Wait::Frame;
        if (taken == AgentFrameReader::Result::Invalid)
            return Wait::Invalid;
        if (m_lost)
            return Wait::Lost;
        if (deadline.hasExpired())
            return Wait::TimedOut;
        if (pump(int(std::min<qint64>(deadline.remainingTime(), pollSliceMs))) == Pump::Moved)
            deadline.setRemainingTime(inactivityMs);
        if (tick)
            tick();
    }
}

bool AgentSession::call(const Request &request, QJsonObject *result, QString *error)
{
    Exchange exchange;
    exchange.id = ++m_lastId;
    exchange.request = &request;
    const QJsonObject header{{QStringLiteral("id"), exchange.id},
                             {QStringLiteral("op"), request.operation},
                             {QStringLiteral("args"), request.arguments}};
    if (!send(AgentFrame::Request, header, &exchange, error))
        return false;
    if (request.upload && !upload(exchange, error))
        return false;
    if (!awaitReply(exchange, error))
        return false;
    return finish(exchange, result, error);
}

bool AgentSession::handle(const AgentFrame &frame, Exchange &exchange)
{
    const HostFiles::Callbacks *callbacks = exchange.request ? exchange.request->callbacks : nullptr;
    switch (frame.type) {
    case AgentFrame::KeepAlive:
        return true;
    case AgentFrame::Progress:
        if (callbacks && callbacks->progress) {
            const QJsonObject progress = frame.json();
            callbacks->progress(progress.value(QLatin1String("done")).toInteger(),
                                progress.value(QLatin1String("total")).toInteger());
        }
        return true;
    case AgentFrame::Warning:
        if (callbacks && callbacks->warn)
            callbacks->warn(QString::fromUtf8(frame.payload));
        return true;
    case AgentFrame::Reply:
        exchange.reply = frame.json();
        exchange.hasReply = true;
        // Id 0: the agent refused the session itself (see AgentServer).
        return exchange.request
            && (exchange.reply.value(QLatin1String("id")).toInteger() == exchange.id
                || exchange.reply.value(QLatin1String("id")).toInteger() == 0);
    case AgentFrame::Data:
        if (!exchange.request || !exchange.request->download || exchange.streamEnded)
            return false;
        if (exchange.localError.isEmpty() && !exchange.cancelled
            && !exchange.request->download(frame.payload, &exchange.localError))
            cancel(exchange);
        return true;
    case AgentFrame::End:
        exchange.streamEnded = true;
        return exchange.request && exchange.request->download;
    case AgentFrame::Abort:
        // The reply that follows says why.
        return exchange.request && exchange.request->download;
    default:
        return false;
    }
}

void AgentSession::checkCancelled(Exchange &exchange)
{
    const HostFiles::Callbacks *callbacks = exchange.request->callbacks;
    if (!exchange.cancelled && callbacks && callbacks->cancelled && callbacks->cancelled()) {
        exchange.cancelled = true;
        cancel(exchange);
    }
}

void AgentSession::cancel(Exchange &exchange)
{
    // Queued, and written by the next pump. An upload stops by its own abort
    // frame instead, which the agent reads in order.
    if (exchange.cancelSent || exchange.request->upload)
        return;
    exchange.cancelSent = true;
    queue(AgentFrame::Cancel, QByteArray::number(exchange.id));
}

bool AgentSession::upload(Exchange &exchange, QString *error)
{
    QIODevice *device = exchange.request->upload;
    QByteArray chunk;
    while (!exchange.hasReply) {
        checkCancelled(exchange);
        if (exchange.cancelled)
            return send(AgentFrame::Abort, tr("Cancelled by the user.").toUtf8(), &exchange, error);
        // Sent from this buffer itself; send() returns once it is written,
        // so the next read reuses it without a copy.
        chunk.resize(AgentFrame::chunkSize);
        const qint64 read = device->read(chunk.data(), chunk.size());
        if (read < 0) {
            exchange.localError = tr("Cannot read %1: %2").arg(exchange.request->uploadName, device->errorString());
            return send(AgentFrame::Abort, exchange.localError.toUtf8(), &exchange, error);
        }
        if (read == 0)
            return send(AgentFrame::End, QByteArray(), &exchange, error);
        chunk.resize(read);
        if (!send(AgentFrame::Data, chunk, &exchange, error))
            return false;
    }
    // The agent answered before the end (it refused the data): it reads on
    // to the end of the stream, which this ends now.
    return send(AgentFrame::Abort, QByteArray(), &exchange, error);
}

bool AgentSession::awaitReply(Exchange &exchange, QString *error)
{
    while (!exchange.hasReply) {
        AgentFrame frame;
        const Wait wait = waitFrame(&frame, exchange.cancelSent ? cancelGraceMs : m_timeouts.inactivityMs,
                                    [this, &exchange] { checkCancelled(exchange); });
        if (wait != Wait::Frame)
            return failed(wait, error);
        if (!handle(frame, exchange))
            return failed(Wait::Invalid, error);
    }
    return true;
}

bool AgentSession::finish(const Exchange &exchange, QJsonObject *result, QString *error)
{
    if (!exchange.localError.isEmpty()) {
        *error = exchange.localError;
        return false;
    }
    if (exchange.cancelled) {
        *error = tr("Cancelled by the user.");
        return false;
    }
    if (!exchange.reply.value(QLatin1String("ok")).toBool()) {
        *error = m_host + QStringLiteral(": ") + exchange.reply.value(QLatin1String("error")).toString();
        return false;
    }
    if (exchange.request->download && !exchange.streamEnded) {
        m_broken = true;
        *error = notTheHelper();
        return false;
    }
    *result = exchange.reply.value(QLatin1String("result")).toObject();
    return true;
}

bool AgentSession::failed(Wait wait, QString *error)
{
    m_broken = true;
    if (wait == Wait::TimedOut)
        *error = timedOut();
    else if (wait == Wait::Invalid)
        *error = notTheHelper();
    else
        *error = tr("The connection to %1 was lost: %2").arg(m_host, lostReason());
    return false;
}

bool AgentSession::isUsable()
{
    if (m_broken)
        return false;
    if (pump(0) == Pump::Lost) {
        m_broken = true;
        return false;
    }
    // Only a late keep-alive may have come since the last reply.
    AgentFrame frame;
    for (;;) {
        const AgentFrameReader::Result taken = m_frames.take(&frame);
        if (taken == AgentFrameReader::Result::NeedMore)
            return true;
        if (taken == AgentFrameReader::Result::Invalid || frame.type != AgentFrame::KeepAlive) {
            m_broken = true;
            return false;
        }
    }
}

QString AgentSession::lostReason()
{
    // What ssh (or the agent) said on its way out, else how it ended.
    QDeadlineTimer deadline(exitGraceMs);
    while (m_errors >= 0 && !deadline.hasExpired()) {
        pollfd fd{m_errors, POLLIN, 0};
        if (::poll(&fd, 1, int(deadline.remainingTime())) <= 0)
            break;
        readStandardError();
    }
    const QStringList lines = QString::fromLocal8Bit(m_stderr).split(u'\n', Qt::SkipEmptyParts);
    QStringList last;
    for (qsizetype i = lines.size() - 1; i >= 0 && last.size() < 3; --i) {
        if (!lines.at(i).trimmed().isEmpty())
            last.prepend(lines.at(i).trimmed());
    }
    reap(exitGraceMs);
    if (!last.isEmpty())
        return last.join(u' ');
    if (m_exitStatus >= 0 && WIFSIGNALED(m_exitStatus))
        return tr("the helper was ended by signal %1").arg(WTERMSIG(m_exitStatus));
    if (m_exitStatus >= 0)
        return tr("the helper ended with exit code %1").arg(WEXITSTATUS(m_exitStatus));
    return tr("the helper closed its output");
}

QString AgentSession::timedOut() const
{
    return tr("%1 did not answer for %2 seconds, so Lifeboat stopped waiting. "
              "Check that the host is up and reachable.")
        .arg(m_host)
        .arg(m_waitedMs / 1000.0);
}

QString AgentSession::notTheHelper() const
{
    return tr("%1 did not answer as Lifeboat's helper does (it wrote \"%2\"). Check that nothing in the "
              "login's shell start-up files writes to standard output.")
        .arg(m_host, m_frames.garbage());
}

bool AgentSession::reap(int timeoutMs)
{
    if (m_pid <= 0)
        return true;
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(pid_t(m_pid), &status, WNOHANG);
        if (done == pid_t(m_pid) || (done < 0 && errno == ECHILD)) {
            m_exitStatus = done == pid_t(m_pid) ? status : -1;
            m_pid = -1;
            return true;
        }
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
}

void AgentSession::end()
{
    // The end of its input tells the agent (or ssh, and through it the agent
    // on the host) to stop: it abandons any request, removes what it had
    // half-written and exits. Its output is read meanwhile so that it never
    // blocks on a full pipe.
    closeFd(m_input);
    if (m_pid > 0) {
        m_out.clear();
        QDeadlineTimer deadline(exitGraceMs);
        while (!reap(0) && !deadline.hasExpired()) {
            if (pump(50) == Pump::Lost)
                reap(exitGraceMs);
            AgentFrame dropped;
            (void)m_frames.take(&dropped);
        }
    }
    if (m_pid > 0) {
        ::kill(pid_t(m_pid), SIGTERM);
        if (!reap(exitGraceMs)) {
            ::kill(pid_t(m_pid), SIGKILL);
            reap(exitGraceMs);
        }
    }
    closeFd(m_output);
    closeFd(m_errors);
}

} // namespace Lifeboat
