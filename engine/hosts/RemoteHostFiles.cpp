// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RemoteHostFiles.h"

#include <support/HashingDevice.h>
#include <support/Sha256.h>

#include <hosts/AgentProtocol.h>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <unistd.h>

namespace Lifeboat {

RemoteHostFiles::RemoteHostFiles(QString host, SessionCommand sessionCommand, int maximumSessions)
    : m_host(std::move(host))
    , m_sessionCommand(std::move(sessionCommand))
    , m_maximumSessions(std::max(1, maximumSessions))
{ }

RemoteHostFiles::~RemoteHostFiles()
{
    closeIdleSessions();
}

void RemoteHostFiles::setTimeouts(const AgentSession::Timeouts &timeouts)
{
    const std::lock_guard lock(m_mutex);
    m_timeouts = timeouts;
}

void RemoteHostFiles::closeIdleSessions()
{
    std::vector<std::unique_ptr<AgentSession>> closing;
    {
        const std::lock_guard lock(m_mutex);
        closing.swap(m_idle);
        m_running -= int(closing.size());
    }
    closing.clear(); // each waits for its agent to exit: outside the lock
    m_returned.notify_all();
}

std::unique_ptr<AgentSession> RemoteHostFiles::acquire(QString *error)
{
    AgentSession::Timeouts timeouts;
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            if (!m_idle.empty()) {
                std::unique_ptr<AgentSession> session = std::move(m_idle.back());
                m_idle.pop_back();
                if (session->isUsable())
                    return session;
                --m_running;
                lock.unlock();
                session.reset(); // a dead session: ended outside the lock
                lock.lock();
                continue;
            }
            if (m_running < m_maximumSessions)
                break;
            m_returned.wait(lock);
        }
        ++m_running;
        timeouts = m_timeouts;
    }
    QString why;
    const QStringList command = m_sessionCommand(&why);
    std::unique_ptr<AgentSession> session;
    if (command.isEmpty() && error)
        *error = why;
    else if (!command.isEmpty())
        session = AgentSession::start(m_host, command, timeouts, error);
    if (!session) {
        {
            const std::lock_guard lock(m_mutex);
            --m_running;
        }
        m_returned.notify_one();
    }
    return session;
}

void RemoteHostFiles::release(std::unique_ptr<AgentSession> session)
{
    if (session->isBroken()) {
        session.reset();
        const std::lock_guard lock(m_mutex);
        --m_running;
    } else {
        const std::lock_guard lock(m_mutex);
        m_idle.push_back(std::move(session));
    }
    m_returned.notify_one();
}

bool RemoteHostFiles::call(const AgentSession::Request &request, QJsonObject *result, QString *error)
{
    // Callers that only need the answer pass no error string, as LocalHostFiles allows.
    QString unused;
    if (!error)
        error = &unused;
    std::unique_ptr<AgentSession> session = acquire(error);
    if (!session)
        return false;
    const bool ok = session->call(request, result, error);
    release(std::move(session));
    return ok;
}

bool RemoteHostFiles::identity(Identity *identity, QString *error)
{
    // The agent says who it runs as when a session starts. Callers that
    // only need the answer pass no error string, as with call().
    QString unused;
    std::unique_ptr<AgentSession> session = acquire(error ? error : &unused);
    if (!session)
        return false;
    *identity = session->identity();
    release(std::move(session));
    return true;
}

bool RemoteHostFiles::call(const QString &operation, const QJsonObject &arguments, QJsonObject *result, QString *error)
{
    AgentSession::Request request;
    request.operation = operation;
    request.arguments = arguments;
    return call(request, result, error);
}

// --- Looking -------------------------------------------------------------------

bool RemoteHostFiles::stat(const QString &path, Entry *entry, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::stat), {{QStringLiteral("path"), path}}, &result, error))
        return false;
    *entry = AgentProtocol::entryFromJson(result.value(QLatin1String("entry")).toObject());
    return true;
}

bool RemoteHostFiles::list(const QString &directory, QList<Entry> *entries, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::list), {{QStringLiteral("path"), directory}}, &result, error))
        return false;
    entries->clear();
    for (const QJsonValue &value : result.value(QLatin1String("entries")).toArray())
        entries->append(AgentProtocol::entryFromJson(value.toObject()));
    return true;
}

bool RemoteHostFiles::listTree(const QString &root, QList<Entry> *entries, QString *error)
{
    // A whole repository can hold more entries than one frame may: they come
    // as a stream, one JSON object per line, read as they arrive.
    QList<Entry> received;
    QByteArray partial;
    AgentSession::Request request;
    request.operation = QLatin1String(AgentProtocol::listTree);
    request.arguments = {{QStringLiteral("path"), root}};
    request.download = [&received, &partial](QByteArrayView chunk, QString *) {
        partial.append(chunk);
        qsizetype start = 0;
        for (qsizetype end; (end = partial.indexOf('\n', start)) >= 0; start = end + 1)
            received.append(
                AgentProtocol::entryFromJson(QJsonDocument::fromJson(partial.sliced(start, end - start)).object()));
        partial.remove(0, start);
        return true;
    };
    QJsonObject result;
    if (!call(request, &result, error))
        return false;
    *entries = received;
    return true;
}

bool RemoteHostFiles::usage(const QString &path, Usage *usage, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::usage), {{QStringLiteral("path"), path}}, &result, error))
        return false;
    usage->files = result.value(QLatin1String("files")).toInteger();
    usage->bytes = result.value(QLatin1String("bytes")).toInteger();
    for (const QJsonValue &path : result.value(QLatin1String("special")).toArray())
        usage->special.append(path.toString());
    for (const QJsonValue &path : result.value(QLatin1String("linksOutside")).toArray())
        usage->linksOutside.append(path.toString());
    return true;
}

bool RemoteHostFiles::freeSpace(const QString &path, qint64 *bytes, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::freeSpace), {{QStringLiteral("path"), path}}, &result, error))
        return false;
    *bytes = result.value(QLatin1String("bytes")).toInteger();
    return true;
}

bool RemoteHostFiles::readInto(const QString &operation, const QJsonObject &arguments, QByteArray *data, QString *error)
{
    QByteArray received;
    AgentSession::Request request;
    request.operation = operation;
    request.arguments = arguments;
    request.download = [&received](QByteArrayView chunk, QString *) {
        received.append(chunk);
        return true;
    };
    QJsonObject result;
    if (!call(request, &result, error))
        return false;
    *data = received;
    return true;
}

bool RemoteHostFiles::readFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error)
{
    return readInto(QLatin1String(AgentProtocol::readFile),
                    {{QStringLiteral("path"), path}, {QStringLiteral("maxBytes"), maxBytes}}, data, error);
}

bool RemoteHostFiles::readTail(const QString &path, qint64 maxBytes, QByteArray *data, QString *error)
{
    return readInto(QLatin1String(AgentProtocol::readTail),
                    {{QStringLiteral("path"), path}, {QStringLiteral("maxBytes"), maxBytes}}, data, error);
}

bool RemoteHostFiles::hashFile(const QString &path, QString *sha256, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::hashFile), {{QStringLiteral("path"), path}}, &result, error))
        return false;
    *sha256 = result.value(QLatin1String("sha256")).toString();
    return true;
}

bool RemoteHostFiles::findByName(const QString &root, const QString &name, QStringList *paths, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::findByName),
              {{QStringLiteral("path"), root}, {QStringLiteral("name"), name}}, &result, error))
        return false;
    paths->clear();
    for (const QJsonValue &value : result.value(QLatin1String("paths")).toArray())
        paths->append(value.toString());
    return true;
}

bool RemoteHostFiles::inspectLock(const QString &lockFile, Lock *lock, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::inspectLock), {{QStringLiteral("path"), lockFile}}, &result, error))
        return false;
    *lock = AgentProtocol::lockFromJson(result.value(QLatin1String("lock")).toObject());
    return true;
}

namespace {
// The agent holds the lock for as long as its session lasts: ending the
// session (or this process ending, or the link dropping) releases it.
class RemoteHeldLock final : public HostFiles::HeldLock
{
public:
    explicit RemoteHeldLock(std::unique_ptr<AgentSession> session)
        : m_session(std::move(session))
    {
    }

private:
    std::unique_ptr<AgentSession> m_session;
};
} // namespace

std::unique_ptr<HostFiles::HeldLock> RemoteHostFiles::holdLock(const QString &lockFile, const QByteArray &record,
                                                               QByteArray *holder, QString *error)
{
    holder->clear();
    error->clear();
    // A session of its own, outside the pool: it does nothing but hold the
    // lock until the lock is dropped.
    AgentSession::Timeouts timeouts;
    {
        const std::lock_guard lock(m_mutex);
        timeouts = m_timeouts;
    }
    const QStringList command = m_sessionCommand(error);
    if (command.isEmpty())
        return nullptr;
    std::unique_ptr<AgentSession> session = AgentSession::start(m_host, command, timeouts, error);
    if (!session)
        return nullptr;
    AgentSession::Request request;
    request.operation = QLatin1String(AgentProtocol::holdLock);
    request.arguments = {{QStringLiteral("path"), lockFile}, {QStringLiteral("record"), QString::fromUtf8(record)}};
    QJsonObject result;
    if (!session->call(request, &result, error))
        return nullptr;
    if (!result.value(QLatin1String("held")).toBool()) {
        *holder = result.value(QLatin1String("holder")).toString().toUtf8();
        return nullptr;
    }
    return std::make_unique<RemoteHeldLock>(std::move(session));
}

bool RemoteHostFiles::lockHolder(const QString &lockFile, std::optional<QByteArray> *holder, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::lockHolder), {{QStringLiteral("path"), lockFile}}, &result, error))
        return false;
    const QJsonValue found = result.value(QLatin1String("holder"));
    *holder = found.isString() ? std::optional<QByteArray>(found.toString().toUtf8()) : std::nullopt;
    return true;
}

bool RemoteHostFiles::checkWritable(const QString &path, QString *whyNot, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::checkWritable), {{QStringLiteral("path"), path}}, &result, error))
        return false;
    *whyNot = result.value(QLatin1String("whyNot")).toString();
    return true;
}

bool RemoteHostFiles::snapshotSupport(const QString &path, SnapshotSupport *support, QString *error)
{
    QJsonObject result;
    if (!call(QLatin1String(AgentProtocol::snapshotSupport), {{QStringLiteral("path"), path}}, &result, error))
        return false;
    *support = AgentProtocol::snapshotSupportFromJson(result.value(QLatin1String("support")).toObject());
    return true;
}

// --- Changing --------------------------------------------------------------------

bool RemoteHostFiles::writeFile(const QString &path, const QByteArray &data, int mode, QString *error)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    AgentSession::Request request;
    request.operation = QLatin1String(AgentProtocol::writeFile);
    request.arguments = {{QStringLiteral("path"), path}, {QStringLiteral("mode"), mode}};
    request.upload = &buffer;
    QJsonObject result;
    return call(request, &result, error);
}

bool RemoteHostFiles::makeDirectory(const QString &path, QString *error)
{
    QJsonObject result;
    return call(QLatin1String(AgentProtocol::makeDirectory), {{QStringLiteral("path"), path}}, &result, error);
}

bool RemoteHostFiles::rename(const QString &from, const QString &to, QString *error)
{
    QJsonObject result;
    return call(QLatin1String(AgentProtocol::rename), {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
                &result, error);
}

bool RemoteHostFiles::copy(const QString &from, const QString &to, QString *error)
{
    QJsonObject result;
    return call(QLatin1String(AgentProtocol::copy), {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
                &result, error);
}

bool RemoteHostFiles::copyAttributes(const QString &from, const QString &to, QString *error)
{
    QJsonObject result;
    return call(QLatin1String(AgentProtocol::copyAttributes), {{QStringLiteral("from"), from}, {QStringLiteral("to"), to}},
                &result, error);
}

bool RemoteHostFiles::removeOwnTree(const QString &path, QString *error)
{
    QJsonObject result;
    return call(QLatin1String(AgentProtocol::removeOwnTree), {{QStringLiteral("path"), path}}, &result, error);
}

bool RemoteHostFiles::createSnapshot(const QString &path, SnapshotMethod method, const QString &snapshotPath,
                                     QString *error)
{
    QJsonObject result;
    return call(QLatin1String(AgentProtocol::createSnapshot),
                {{QStringLiteral("path"), path}, {QStringLiteral("method"), snapshotMethodName(method)},
                 {QStringLiteral("to"), snapshotPath}},
                &result, error);
}

bool RemoteHostFiles::removeSnapshot(const QString &snapshotPath, QString *error)
{
    QJsonObject result;
    return call(QLatin1String(AgentProtocol::removeSnapshot), {{QStringLiteral("path"), snapshotPath}}, &result, error);
}

// --- Moving data -------------------------------------------------------------------

bool RemoteHostFiles::archive(BackupPart &part, ArchiveFormat format, const QString &localDirectory,
                              const Callbacks &callbacks, QString *error)
{
    // The same final name as PartArchiver's; QSaveFile writes under a
    // temporary name beside it and renames it into place once whole.
    const QString finalPath = QDir(localDirectory).filePath(part.name + archiveExtension(format));
    QSaveFile file(finalPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(finalPath, file.errorString());
        return false;
    }
    AgentSession::Request request;
    request.operation = QLatin1String(AgentProtocol::archive);
    request.arguments = {{QStringLiteral("part"), AgentProtocol::toJson(part)},
                         {QStringLiteral("format"), archiveFormatName(format)}};
    // Its SHA-256 on the way in, for SHA256SUMS (as PartArchiver takes it).
    Sha256 hash;
    request.download = [&file, &finalPath, &hash](QByteArrayView chunk, QString *writeError) {
        hash.addData(chunk);
        if (file.write(chunk.data(), chunk.size()) == chunk.size())
            return true;
        *writeError = tr("Cannot write %1: %2").arg(finalPath, file.errorString());
        return false;
    };
    request.callbacks = &callbacks;
    QJsonObject result;
    if (!call(request, &result, error)) {
        file.cancelWriting();
        return false;
    }
    // On disk before it carries its final name, as LocalHostFiles does.
    if (::fsync(file.handle()) != 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(finalPath, file.errorString());
        return false;
    }
    const BackupPart written = AgentProtocol::partFromJson(result.value(QLatin1String("part")).toObject());
    part.archiveFile = written.archiveFile;
    part.files = written.files;
    part.directories = written.directories;
    part.bytes = written.bytes;
    part.archiveSha256 = hash.hexResult();
    return true;
}

bool RemoteHostFiles::extract(const QString &localArchive, const BackupPart &part, const QString &prefix,
                              const QString &target, ExtractMode mode, const Callbacks &callbacks, Extracted *extracted,
                              QString *error)
{
    // A pipe in its place would block the read for ever.
    if (!QFileInfo(localArchive).isFile()) {
        *error = tr("%1 is not a regular file.").arg(localArchive);
        return false;
    }
    QFile archive(localArchive);
    // Its checksum is taken as it is sent (see HostFiles::Extracted).
    HashingDevice hashing(&archive);
    if (!archive.open(QIODevice::ReadOnly) || !hashing.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(localArchive, archive.errorString());
        return false;
    }
    AgentSession::Request request;
    request.operation = QLatin1String(AgentProtocol::extract);
    request.arguments = {{QStringLiteral("part"), AgentProtocol::toJson(part)},
                         {QStringLiteral("prefix"), prefix},
                         {QStringLiteral("target"), target},
                         {QStringLiteral("mode"), AgentProtocol::toJson(mode)},
                         {QStringLiteral("archiveName"), QFileInfo(localArchive).fileName()}};
    request.upload = &hashing;
    request.uploadName = localArchive;
    request.callbacks = &callbacks;
    QJsonObject result;
    if (!call(request, &result, error))
        return false;
    extracted->files = result.value(QLatin1String("files")).toInt();
    extracted->bytes = result.value(QLatin1String("bytes")).toInteger();
    extracted->ownersNotSet = result.value(QLatin1String("ownersNotSet")).toInt();
    // Sent whole: the agent reads the stream to its end before it answers.
    if (hashing.whole() && hashing.bytesHashed() == archive.size())
        extracted->archiveSha256.insert(localArchive, hashing.hexResult());
    return true;
}

bool RemoteHostFiles::fetch(const QString &path, const QString &localPath, const Callbacks &callbacks, QString *error)
{
    QSaveFile file(localPath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(localPath, file.errorString());
        return false;
    }
    qint64 received = 0;
    AgentSession::Request request;
    request.operation = QLatin1String(AgentProtocol::fetch);
    request.arguments = {{QStringLiteral("path"), path}};
    request.download = [&file, &localPath, &received](QByteArrayView chunk, QString *writeError) {
        received += chunk.size();
        if (file.write(chunk.data(), chunk.size()) == chunk.size())
            return true;
        *writeError = tr("Cannot write %1: %2").arg(localPath, file.errorString());
        return false;
    };
    request.callbacks = &callbacks;
    QJsonObject result;
    if (!call(request, &result, error)) {
        file.cancelWriting();
        return false;
    }
    const qint64 size = result.value(QLatin1String("size")).toInteger();
    if (received != size) {
        file.cancelWriting();
        *error = tr("%1 arrived incomplete from %2: %3 of %4 bytes.")
                     .arg(localPath, describe(path))
                     .arg(received)
                     .arg(size);
        return false;
    }
    // On disk before it carries its final name, as LocalHostFiles does.
    if (::fsync(file.handle()) != 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(localPath, file.errorString());
        return false;
    }
    return true;
}

} // namespace Lifeboat
