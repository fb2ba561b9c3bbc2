// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/HostFiles.h>
#include <hosts/LocalHostFiles.h>

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>
#include <memory>
#include <vector>

namespace Lifeboat {

class AgentChannel;
class AgentInputStream;
class AgentOutputStream;

// What `lifeboat-agent serve` does: the hello, then one request after
// another (docs/agent-protocol.md), each run with LocalHostFiles, so that a
// node host does exactly what Lifeboat does on its own machine: the same
// checks, the same refusals, the same fsyncs. Archives are written straight
// into the stream to the client and extracted straight from the stream from
// it; nothing is written on this host that the request does not ask for
// (except a zip's temporary copy, see archive()). A request that fails, or
// that the client cancels, leaves nothing half-written, as LocalHostFiles
// guarantees; so does a client that goes away mid-request.
class AgentServer
{
    Q_DECLARE_TR_FUNCTIONS(AgentServer)

public:
    AgentServer(AgentChannel &channel, int announcedProtocol, bool verbose);

    // Returns the exit code: 0 when the client ended the session.
    int run();

private:
    struct Request
    {
        qint64 id = 0;
        QString operation;
        QJsonObject arguments;
        QString path() const { return arguments.value(QLatin1String("path")).toString(); }
    };
    using Producer = std::function<bool(AgentOutputStream &out, QJsonObject *result, QString *error)>;

    bool hello();
    // False when the session cannot go on (the client is gone, or broke
    // the protocol).
    bool serve(const Request &request);
    bool answer(const Request &request, QJsonObject *result, QString *error);
    bool reply(const Request &request, bool ok, const QJsonObject &result, const QString &error);
    bool streamOut(const Request &request, const Producer &produce);
    bool readFile(const Request &request);
    bool listTree(const Request &request);
    bool fetch(const Request &request);
    bool archive(const Request &request);
    bool extract(const Request &request);
    bool writeFile(const Request &request);
    bool holdLock(const Request &request, QJsonObject *result, QString *error);
    bool finishInbound(const Request &request, AgentInputStream &in, bool ok, const QJsonObject &result,
                       const QString &error);
    HostFiles::Callbacks callbacks(qint64 id);
    void log(const QString &line) const;

    AgentChannel &m_channel;
    LocalHostFiles m_files;
    // Locks held for the client until the session ends (see holdLock).
    std::vector<std::unique_ptr<HostFiles::HeldLock>> m_locks;
    int m_announcedProtocol;
    bool m_verbose;
};

} // namespace Lifeboat
