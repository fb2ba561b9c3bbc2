// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/AgentSession.h>
#include <hosts/HostFiles.h>

#include <QCoreApplication>
#include <QStringList>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace Lifeboat {

// The files of another host, reached through Lifeboat's helper there:
// every call is a request to `lifeboat-agent serve`, which runs it with
// LocalHostFiles on that host, so every safety rule holds there as here.
// Archives are compressed and hashed on the host and cross the connection
// once; what this side writes (an archive, a fetched file) appears whole
// under its final name or not at all.
//
// Calls come from several worker threads at once: each takes an idle
// session from a small pool, or starts another while fewer than
// `maximumSessions` run, or waits for one to come back. (A session in use
// waits on its host at most the inactivity timeout, so a slot always frees.)
// A session that fails mid-request is ended, and that request fails naming
// the host; the next call starts a fresh one.
class RemoteHostFiles : public HostFiles
{
    Q_DECLARE_TR_FUNCTIONS(RemoteHostFiles)

public:
    // The program and arguments that start one agent session: in production
    // the ssh command that runs `lifeboat-agent serve` on the host, over its
    // multiplexed connection; in tests the agent itself.
    // An empty list, with *error saying why, when the host cannot be used
    // (its key is not trusted, it cannot be reached).
    using SessionCommand = std::function<QStringList(QString *error)>;

    RemoteHostFiles(QString host, SessionCommand sessionCommand, int maximumSessions = 4);
    ~RemoteHostFiles() override;

    void setTimeouts(const AgentSession::Timeouts &timeouts);
    // Ends the sessions not in use (before the ssh connection closes).
    void closeIdleSessions();

    QString host() const override { return m_host; }

    bool stat(const QString &path, Entry *entry, QString *error) override;
    bool list(const QString &directory, QList<Entry> *entries, QString *error) override;
    bool listTree(const QString &root, QList<Entry> *entries, QString *error) override;
    bool usage(const QString &path, Usage *usage, QString *error) override;
    bool freeSpace(const QString &path, qint64 *bytes, QString *error) override;
    bool readFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error) override;
    bool readTail(const QString &path, qint64 maxBytes, QByteArray *data, QString *error) override;
    bool hashFile(const QString &path, QString *sha256, QString *error) override;
    bool findByName(const QString &root, const QString &name, QStringList *paths, QString *error) override;
    bool inspectLock(const QString &lockFile, Lock *lock, QString *error) override;
    std::unique_ptr<HeldLock> holdLock(const QString &lockFile, const QByteArray &record, QByteArray *holder,
                                       QString *error) override;
    bool lockHolder(const QString &lockFile, std::optional<QByteArray> *holder, QString *error) override;
    bool checkWritable(const QString &path, QString *whyNot, QString *error) override;
    bool identity(Identity *identity, QString *error) override;

    bool writeFile(const QString &path, const QByteArray &data, int mode, QString *error) override;
    bool makeDirectory(const QString &path, QString *error) override;
    bool rename(const QString &from, const QString &to, QString *error) override;
    bool copy(const QString &from, const QString &to, QString *error) override;
    bool copyAttributes(const QString &from, const QString &to, QString *error) override;
    bool removeOwnTree(const QString &path, QString *error) override;

    bool snapshotSupport(const QString &path, SnapshotSupport *support, QString *error) override;
    bool createSnapshot(const QString &path, SnapshotMethod method, const QString &snapshotPath, QString *error) override;
    bool removeSnapshot(const QString &snapshotPath, QString *error) override;

    bool archive(BackupPart &part, ArchiveFormat format, const QString &localDirectory, const Callbacks &callbacks,
                 QString *error) override;
    bool extract(const QString &localArchive, const BackupPart &part, const QString &prefix, const QString &target,
                 ExtractMode mode, const Callbacks &callbacks, Extracted *extracted, QString *error) override;
    bool fetch(const QString &path, const QString &localPath, const Callbacks &callbacks, QString *error) override;

private:
    bool call(const AgentSession::Request &request, QJsonObject *result, QString *error);
    bool call(const QString &operation, const QJsonObject &arguments, QJsonObject *result, QString *error);
    bool readInto(const QString &operation, const QJsonObject &arguments, QByteArray *data, QString *error);
    std::unique_ptr<AgentSession> acquire(QString *error);
    void release(std::unique_ptr<AgentSession> session);

    QString m_host;
    SessionCommand m_sessionCommand;
    int m_maximumSessions;

    std::mutex m_mutex;
    std::condition_variable m_returned;
    std::vector<std::unique_ptr<AgentSession>> m_idle;
    int m_running = 0; // idle and in use
    AgentSession::Timeouts m_timeouts;
};

} // namespace Lifeboat
