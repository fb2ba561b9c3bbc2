// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentServer.h"

#include "AgentChannel.h"
#include "AgentInputStream.h"
#include "AgentOutputStream.h"

#include <hosts/AgentProtocol.h>
#include <lifeboat/Version.h>
#include <support/AccountNames.h>
#include <support/Translation.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <QTextStream>

#include <unistd.h>

namespace Lifeboat {

namespace {
// writeFile is for small files (HostFiles::writeFile); more is refused
// rather than held in memory.
constexpr qint64 largestSmallFile = 64 * 1024 * 1024;
constexpr int progressIntervalMs = 200;

bool copyInto(QIODevice &from, QIODevice &to, const std::function<bool()> &cancelled)
{
    QByteArray chunk(AgentFrame::chunkSize, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled())
            return false;
        const qint64 got = from.read(chunk.data(), chunk.size());
        if (got == 0)
            return true;
        if (got < 0 || to.write(chunk.constData(), got) != got)
            return false;
    }
}
} // namespace

AgentServer::AgentServer(AgentChannel &channel, int announcedProtocol, bool verbose)
    : m_channel(channel)
    , m_announcedProtocol(announcedProtocol)
    , m_verbose(verbose)
{ }

void AgentServer::log(const QString &line) const
{
    QTextStream(stderr) << "lifeboat-agent: " << line << Qt::endl;
}

int AgentServer::run()
{
    if (!m_channel.send(AgentFrame::Hello,
                        QJsonObject{{QStringLiteral("agent"), QStringLiteral("lifeboat-agent")},
                                    {QStringLiteral("protocol"), m_announcedProtocol},
                                    {QStringLiteral("version"), QLatin1String(versionString)},
                                    {QStringLiteral("uid"), qint64(::geteuid())},
                                    {QStringLiteral("user"), AccountNames::processUser()}}))
        return 0;
    if (!hello())
        return m_channel.isClosed() ? 0 : 1;
    AgentFrame frame;
    while (m_channel.next(&frame)) {
        if (frame.type != AgentFrame::Request) {
            log(QStringLiteral("expected a request, got a frame of type '%1'; ending the session")
                    .arg(QLatin1Char(frame.type)));
            return 1;
        }
        const QJsonObject json = frame.json();
        Request request{json.value(QLatin1String("id")).toInteger(), json.value(QLatin1String("op")).toString(),
                        json.value(QLatin1String("args")).toObject()};
        m_channel.setWorking(true);
        const bool goOn = serve(request);
        m_channel.setWorking(false);
        if (!goOn)
            return m_channel.isClosed() ? 0 : 1;
    }
    return 0;
}

bool AgentServer::hello()
{
    AgentFrame frame;
    if (!m_channel.next(&frame))
        return false;
    const QJsonObject hello = frame.json();
    const int protocol = hello.value(QLatin1String("protocol")).toInt();
    if (frame.type != AgentFrame::Hello || protocol != AgentProtocol::version) {
        // Id 0: the session itself is refused (the client checks first, so
        // only a client that does not is told here).
        const QString error = tr("This lifeboat-agent (%1) speaks protocol version %2, and the Lifeboat that called it "
                                 "speaks version %3. Install the same version of Lifeboat on both machines.")
                                  .arg(QLatin1String(versionString))
                                  .arg(AgentProtocol::version)
                                  .arg(protocol);
        m_channel.send(
            AgentFrame::Reply,
            QJsonObject{{QStringLiteral("id"), 0}, {QStringLiteral("ok"), false}, {QStringLiteral("error"), error}});
        log(error);
        return false;
    }
    // The client's language, for the messages that go back to it.
    const QString language = hello.value(QLatin1String("language")).toString();
    if (!language.isEmpty())
        Translation::install(*QCoreApplication::instance(), language);
    return true;
}

bool AgentServer::serve(const Request &request)
{
    const QString &operation = request.operation;
    if (m_verbose)
        log(QStringLiteral("%1 %2").arg(operation, request.path()));
    if (operation == QLatin1String(AgentProtocol::readFile) || operation == QLatin1String(AgentProtocol::readTail))
        return readFile(request);
    if (operation == QLatin1String(AgentProtocol::fetch))
        return fetch(request);
    if (operation == QLatin1String(AgentProtocol::listTree))
        return listTree(request);
    if (operation == QLatin1String(AgentProtocol::archive))
        return archive(request);
    if (operation == QLatin1String(AgentProtocol::extract))
        return extract(request);
    if (operation == QLatin1String(AgentProtocol::writeFile))
        return writeFile(request);
    QJsonObject result;
    QString error;
    const bool ok = answer(request, &result, &error);
    return reply(request, ok, result, error);
}

// The lock stays held until the session ends: when the client ends it, or
// when its connection or its process goes, the kernel drops the flock with
// this process. `held` false, with the holder's record, when another has it.
bool AgentServer::holdLock(const Request &request, QJsonObject *result, QString *error)
{
    QByteArray holder;
    std::unique_ptr<HostFiles::HeldLock> lock = m_files.holdLock(
        request.path(), request.arguments.value(QLatin1String("record")).toString().toUtf8(), &holder, error);
    if (!lock && !error->isEmpty())
        return false;
    result->insert(QStringLiteral("held"), lock != nullptr);
    if (lock)
        m_locks.push_back(std::move(lock));
    else
        result->insert(QStringLiteral("holder"), QString::fromUtf8(holder));
    return true;
}

bool AgentServer::answer(const Request &request, QJsonObject *result, QString *error)
{
    const QString &operation = request.operation;
    const QString path = request.path();
    if (operation == QLatin1String(AgentProtocol::stat)) {
        HostFiles::Entry entry;
        if (!m_files.stat(path, &entry, error))
            return false;
        result->insert(QStringLiteral("entry"), AgentProtocol::toJson(entry));
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::list)) {
        QList<HostFiles::Entry> entries;
        if (!m_files.list(path, &entries, error))
            return false;
        QJsonArray array;
        for (const HostFiles::Entry &entry : entries)
            array.append(AgentProtocol::toJson(entry));
        result->insert(QStringLiteral("entries"), array);
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::usage)) {
        HostFiles::Usage usage;
        if (!m_files.usage(path, &usage, error))
            return false;
        *result = {{QStringLiteral("files"), usage.files}, {QStringLiteral("bytes"), usage.bytes},
                   {QStringLiteral("special"), QJsonArray::fromStringList(usage.special)},
                   {QStringLiteral("linksOutside"), QJsonArray::fromStringList(usage.linksOutside)}};
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::freeSpace)) {
        qint64 bytes = 0;
        if (!m_files.freeSpace(path, &bytes, error))
            return false;
        result->insert(QStringLiteral("bytes"), bytes);
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::hashFile)) {
        QString sha256;
        if (!m_files.hashFile(path, &sha256, error))
            return false;
        result->insert(QStringLiteral("sha256"), sha256);
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::findByName)) {
        QStringList paths;
        if (!m_files.findByName(path, request.arguments.value(QLatin1String("name")).toString(), &paths, error))
            return false;
        result->insert(QStringLiteral("paths"), QJsonArray::fromStringList(paths));
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::inspectLock)) {
        HostFiles::Lock lock;
        if (!m_files.inspectLock(path, &lock, error))
            return false;
        result->insert(QStringLiteral("lock"), AgentProtocol::toJson(lock));
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::holdLock))
        return holdLock(request, result, error);
    if (operation == QLatin1String(AgentProtocol::lockHolder)) {
        std::optional<QByteArray> holder;
        if (!m_files.lockHolder(path, &holder, error))
            return false;
        result->insert(QStringLiteral("holder"), holder ? QJsonValue(QString::fromUtf8(*holder)) : QJsonValue());
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::checkWritable)) {
        QString whyNot;
        if (!m_files.checkWritable(path, &whyNot, error))
            return false;
        result->insert(QStringLiteral("whyNot"), whyNot);
        return true;
    }
    if (operation == QLatin1String(AgentProtocol::snapshotSupport)) {
        HostFiles::SnapshotSupport support;
        if (!m_files.snapshotSupport(path, &support, error))
            return false;
        result->insert(QStringLiteral("support"), AgentProtocol::toJson(support));
        return true;
    }
    const QString from = request.arguments.value(QLatin1String("from")).toString();
    const QString to = request.arguments.value(QLatin1String("to")).toString();
    if (operation == QLatin1String(AgentProtocol::makeDirectory))
        return m_files.makeDirectory(path, error);
    if (operation == QLatin1String(AgentProtocol::rename))
        return m_files.rename(from, to, error);
    if (operation == QLatin1String(AgentProtocol::copy))
        return m_files.copy(from, to, error);
    if (operation == QLatin1String(AgentProtocol::copyAttributes))
        return m_files.copyAttributes(from, to, error);
    if (operation == QLatin1String(AgentProtocol::removeOwnTree))
        return m_files.removeOwnTree(path, error);
    if (operation == QLatin1String(AgentProtocol::createSnapshot)) {
        // An unknown name is no method Lifeboat makes itself: createSnapshot says so.
        const SnapshotMethod method = snapshotMethodFromName(request.arguments.value(QLatin1String("method")).toString())
                                          .value_or(SnapshotMethod::Command);
        return m_files.createSnapshot(path, method, to, error);
    }
    if (operation == QLatin1String(AgentProtocol::removeSnapshot))
        return m_files.removeSnapshot(path, error);
    *error = tr("lifeboat-agent %1 does not know the operation \"%2\".").arg(QLatin1String(versionString), operation);
    return false;
}

bool AgentServer::reply(const Request &request, bool ok, const QJsonObject &result, const QString &error)
{
    if (!ok && m_verbose)
        log(QStringLiteral("%1 failed: %2").arg(request.operation, error));
    QJsonObject json{{QStringLiteral("id"), request.id}, {QStringLiteral("ok"), ok}};
    if (ok)
        json.insert(QStringLiteral("result"), result);
    else
        json.insert(QStringLiteral("error"), error);
    return m_channel.send(AgentFrame::Reply, json);
}

HostFiles::Callbacks AgentServer::callbacks(qint64 id)
{
    // Progress at most every 200 ms: enough for a progress bar, and no
    // stream of frames for a tree of small files.
    auto lastProgress = std::make_shared<QDeadlineTimer>(0);
    return {[this, lastProgress](qint64 done, qint64 total) {
                if (!lastProgress->hasExpired() && done != total)
                    return;
                lastProgress->setRemainingTime(progressIntervalMs);
                m_channel.send(AgentFrame::Progress,
                               QJsonObject{{QStringLiteral("done"), done}, {QStringLiteral("total"), total}});
            },
            [this, id] { return m_channel.cancelled(id); },
            [this](const QString &warning) { m_channel.send(AgentFrame::Warning, warning.toUtf8()); }};
}

bool AgentServer::streamOut(const Request &request, const Producer &produce)
{
    AgentOutputStream out(m_channel);
    out.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    QJsonObject result;
    QString error;
    const bool ok = produce(out, &result, &error) && out.finish();
    if (m_channel.isClosed())
        return false;
    if (!m_channel.send(ok ? AgentFrame::End : AgentFrame::Abort, ok ? QByteArray() : error.toUtf8()))
        return false;
    return reply(request, ok, result, error);
}

bool AgentServer::readFile(const Request &request)
{
    return streamOut(request, [this, &request](AgentOutputStream &out, QJsonObject *, QString *error) {
        const qint64 maxBytes = request.arguments.value(QLatin1String("maxBytes")).toInteger();
        QByteArray data;
        const bool ok = request.operation == QLatin1String(AgentProtocol::readTail)
            ? m_files.readTail(request.path(), maxBytes, &data, error)
            : m_files.readFile(request.path(), maxBytes, &data, error);
        return ok && out.write(data) == data.size();
    });
}

bool AgentServer::listTree(const Request &request)
{
    return streamOut(request, [this, &request](AgentOutputStream &out, QJsonObject *, QString *error) {
        QList<HostFiles::Entry> entries;
        if (!m_files.listTree(request.path(), &entries, error))
            return false;
        for (const HostFiles::Entry &entry : entries) {
            const QByteArray line = QJsonDocument(AgentProtocol::toJson(entry)).toJson(QJsonDocument::Compact) + '\n';
            if (out.write(line) != line.size())
                return false;
        }
        return true;
    });
}

bool AgentServer::fetch(const Request &request)
{
    return streamOut(request, [this, &request](AgentOutputStream &out, QJsonObject *result, QString *error) {
        // The name is for a message that no one reads: a write to `out`
        // fails only when Lifeboat is gone.
        if (!m_files.fetchInto(request.path(), &out, QStringLiteral("Lifeboat's connection"), callbacks(request.id),
                               error))
            return false;
        result->insert(QStringLiteral("size"), out.written());
        return true;
    });
}

bool AgentServer::archive(const Request &request)
{
    return streamOut(request, [this, &request](AgentOutputStream &out, QJsonObject *result, QString *error) {
        BackupPart part = AgentProtocol::partFromJson(request.arguments.value(QLatin1String("part")).toObject());
        ArchiveFormat format;
        if (!archiveFormatFromName(request.arguments.value(QLatin1String("format")).toString(), &format)) {
            *error
                = tr("lifeboat-agent %1 does not know the archive format \"%2\".")
                      .arg(QLatin1String(versionString), request.arguments.value(QLatin1String("format")).toString());
            return false;
        }
        const HostFiles::Callbacks progress = callbacks(request.id);
        if (format != ArchiveFormat::Zip) {
            if (!m_files.archiveTo(part, format, &out, progress, error))
                return false;
        } else {
            // KZip goes back into what it wrote to fill in sizes, which a
            // stream cannot do: a zip is written into a temporary file in
            // $TMPDIR first (removed when done, or failed) and then streamed.
            QTemporaryFile zip(QDir(QDir::tempPath()).filePath(QStringLiteral("lifeboat-agent-XXXXXX.zip")));
            if (!zip.open()) {
                *error = tr("Cannot write %1: %2").arg(zip.fileTemplate(), zip.errorString());
                return false;
            }
            if (!m_files.archiveTo(part, format, &zip, progress, error))
                return false;
            // KArchive closes the device when it is done with it.
            if (!zip.isOpen() && !zip.open()) {
                *error = tr("Cannot read %1: %2").arg(zip.fileName(), zip.errorString());
                return false;
            }
            zip.seek(0);
            if (!copyInto(zip, out, progress.cancelled)) {
                *error = progress.cancelled() ? tr("Cancelled by the user.")
                                              : tr("Cannot read %1: %2").arg(zip.fileName(), zip.errorString());
                return false;
            }
        }
        result->insert(QStringLiteral("part"), AgentProtocol::toJson(part));
        return true;
    });
}

bool AgentServer::finishInbound(const Request &request, AgentInputStream &in, bool ok, const QJsonObject &result,
                                const QString &error)
{
    // A refusal goes out at once, so that the client stops sending; the
    // rest of its stream is then read and dropped, to stay in step.
    if (!ok) {
        if (!reply(request, false, {}, error))
            return false;
        return in.drain();
    }
    if (!in.drain())
        return false;
    if (!in.ended())
        return reply(request, false, {}, in.errorString());
    return reply(request, true, result, {});
}

bool AgentServer::extract(const Request &request)
{
    AgentInputStream in(m_channel);
    in.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const QJsonObject &arguments = request.arguments;
    const BackupPart part = AgentProtocol::partFromJson(arguments.value(QLatin1String("part")).toObject());
    const QString prefix = arguments.value(QLatin1String("prefix")).toString();
    const QString target = arguments.value(QLatin1String("target")).toString();
    const QString archiveName = arguments.value(QLatin1String("archiveName")).toString();
    const HostFiles::ExtractMode mode = AgentProtocol::extractModeFromJson(arguments.value(QLatin1String("mode")));
    const HostFiles::Callbacks progress = callbacks(request.id);
    HostFiles::Extracted extracted;
    QString error;
    bool ok = false;
    if (!archiveName.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        // A tar is unpacked as it arrives, each entry checked before it is
        // written: nothing of the archive is stored on this host.
        ok = m_files.extractFrom(&in, archiveName, part, prefix, target, mode, progress, &extracted, &error);
        // An archive cut short by the client is not a damaged archive: say why it ended.
        if (!ok && in.interrupted())
            error = in.errorString();
    } else {
        // A zip's index is at its end: it is received into a temporary file
        // in $TMPDIR first (removed when done), then unpacked from there.
        QTemporaryFile zip(QDir(QDir::tempPath()).filePath(QStringLiteral("lifeboat-agent-XXXXXX.zip")));
        if (!zip.open())
            error = tr("Cannot write %1: %2").arg(zip.fileTemplate(), zip.errorString());
        else if (!copyInto(in, zip, progress.cancelled) || !in.ended())
            error = in.errorString().isEmpty() ? tr("Cannot write %1: %2").arg(zip.fileName(), zip.errorString())
                                               : in.errorString();
        else if (zip.seek(0))
            ok = m_files.extractFrom(&zip, archiveName, part, prefix, target, mode, progress, &extracted, &error);
    }
    return finishInbound(request, in, ok,
                         {{QStringLiteral("files"), extracted.files},
                          {QStringLiteral("bytes"), extracted.bytes},
                          {QStringLiteral("ownersNotSet"), extracted.ownersNotSet}},
                         error);
}

bool AgentServer::writeFile(const Request &request)
{
    AgentInputStream in(m_channel);
    in.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QByteArray data;
    QByteArray chunk(AgentFrame::chunkSize, Qt::Uninitialized);
    for (qint64 got; (got = in.read(chunk.data(), chunk.size())) > 0;) {
        data.append(chunk.constData(), got);
        if (data.size() > largestSmallFile) {
            return finishInbound(request, in, false, {},
                                 tr("%1 is larger than %2 bytes, more than Lifeboat writes in one piece.")
                                     .arg(request.path())
                                     .arg(largestSmallFile));
        }
    }
    if (!in.ended())
        return finishInbound(request, in, true, {}, {});
    QString error;
    const bool ok
        = m_files.writeFile(request.path(), data, request.arguments.value(QLatin1String("mode")).toInt(-1), &error);
    return finishInbound(request, in, ok, {}, error);
}

} // namespace Lifeboat
