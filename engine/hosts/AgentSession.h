// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/AgentFrameReader.h>
#include <hosts/HostFiles.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <deque>
#include <functional>
#include <memory>

class QIODevice;

namespace Lifeboat {

// One running `lifeboat-agent serve` (over ssh in production, the program
// itself in tests) and the requests it answers, one at a time
// (docs/agent-protocol.md). Used by one thread at a time; RemoteHostFiles
// keeps a pool of them.
//
// The process is started with posix_spawn, not QProcess: a QProcess belongs
// to the thread that made it, and sessions move between worker threads. Its
// standard input is a socket, so that a write to a session that died is an
// error (MSG_NOSIGNAL) rather than a SIGPIPE that would end Lifeboat; its
// standard error (ssh's own messages) is kept, the last few kilobytes, to
// say why a connection failed. Every wait is bounded: the hello by the start
// timeout, everything after it by the inactivity timeout (the agent sends a
// keep-alive frame every few seconds while it works, so a long transfer or
// hash never times out, and a host that stopped answering does).
class AgentSession
{
    Q_DECLARE_TR_FUNCTIONS(AgentSession)
    Q_DISABLE_COPY_MOVE(AgentSession)

public:
    struct Timeouts
    {
        int startMs = 30'000;
        int inactivityMs = 60'000;
    };

    struct Request
    {
        QString operation;
        QJsonObject arguments;
        // Streamed to the agent after the request (extract, writeFile): read
        // from here in chunks, from its current position to its end.
        QIODevice *upload = nullptr;
        QString uploadName; // how messages call it
        // Receives the reply's data stream, chunk by chunk; false (with
        // *error) stops it: the request is cancelled and that error reported.
        std::function<bool(QByteArrayView chunk, QString *error)> download;
        const HostFiles::Callbacks *callbacks = nullptr;
    };

    ~AgentSession();

    // Starts `command` (program and arguments) and exchanges hellos. Null,
    // with *error naming `host` and saying why, when there is no agent to
    // talk to, or one that speaks another protocol version.
    static std::unique_ptr<AgentSession> start(const QString &host, const QStringList &command,
                                               const Timeouts &timeouts, QString *error);

    // Sends `request` and waits for its reply; *result is the reply's result.
    // On false, *error says why: the agent's own error (prefixed with the
    // host), a cancellation, or a lost connection. isBroken() then tells
    // whether the session can take another request.
    [[nodiscard]] bool call(const Request &request, QJsonObject *result, QString *error);
    bool isBroken() const { return m_broken; }
    // False when the agent is gone since the last request (checked without
    // waiting), so that an idle session is not handed out dead.
    bool isUsable();
    // Who the agent runs as, from its hello (uid -1 from an agent that does not say).
    const HostFiles::Identity &identity() const { return m_identity; }

private:
    enum class Pump
    {
        Moved,
        Idle,
        Lost
    };
    enum class Wait
    {
        Frame,
        TimedOut,
        Lost,
        Invalid
    };
    struct Exchange;

    AgentSession(QString host, Timeouts timeouts);
    bool spawn(const QStringList &command, QString *error);
    bool hello(QString *error);
    QString startFailure();

    Pump pump(int timeoutMs);
    bool readOutput();
    bool writeInput();
    void readStandardError();
    void queue(AgentFrame::Type type, const QByteArray &payload);
    // Queues a frame and writes out all that is queued.
    bool send(AgentFrame::Type type, const QByteArray &payload, Exchange *exchange, QString *error);
    bool send(AgentFrame::Type type, const QJsonObject &json, Exchange *exchange, QString *error);
    Wait waitFrame(AgentFrame *frame, int inactivityMs, const std::function<void()> &tick);
    bool handle(const AgentFrame &frame, Exchange &exchange);
    bool upload(Exchange &exchange, QString *error);
    bool awaitReply(Exchange &exchange, QString *error);
    bool finish(const Exchange &exchange, QJsonObject *result, QString *error);
    void checkCancelled(Exchange &exchange);
    void cancel(Exchange &exchange);
    bool failed(Wait wait, QString *error);

    QString lostReason();
    QString timedOut() const;
    QString notTheHelper() const;
    void end();
    bool reap(int timeoutMs);

    QString m_host;
    Timeouts m_timeouts;
    qint64 m_pid = -1;
    int m_exitStatus = -1; // as waitpid gives it, once reaped
    int m_input = -1; // the agent's standard input (a socket)
    int m_output = -1; // its standard output
    int m_errors = -1; // its standard error
    std::deque<QByteArray> m_out; // headers and payloads on their way to the agent
    qsizetype m_outOffset = 0; // what of the first is written
    AgentFrameReader m_frames;
    QByteArray m_stderr; // the last few kilobytes
    qint64 m_lastId = 0;
    bool m_broken = false;
    bool m_lost = false; // the agent's end is gone
    int m_waitedMs = 0; // the timeout of the last wait, for its message
    HostFiles::Identity m_identity;
};

} // namespace Lifeboat
