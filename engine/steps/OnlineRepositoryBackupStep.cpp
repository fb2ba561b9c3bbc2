// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "OnlineRepositoryBackupStep.h"

#include <backup/StagedSet.h>
#include <hosts/Hosts.h>
#include <profile/AemPaths.h>

#include <cluster/HttpClient.h>
#include <cluster/NodeController.h>
#include <backup/ArchiveContents.h>
#include <backup/BackupSetLayout.h>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace Lifeboat {

namespace {
constexpr int pollMs = 300;
// Adobe: an online backup that took more than 24 hours must be discarded.
constexpr qint64 longestBackupMs = 24LL * 60 * 60 * 1000;

QString jmx(const QString &tail)
{
    return QString(AemPaths::repositoryJmx) + tail;
}

QJsonValue attribute(const HttpClient &client, const NodeProfile &node, const QString &name)
{
    const HttpClient::Reply reply = client.get(node.consoleUrl(jmx(QStringLiteral("/a/") + name)));
    return reply.ok() ? QJsonDocument::fromJson(reply.body).object().value(QLatin1String("value")) : QJsonValue();
}
} // namespace

OnlineRepositoryBackupStep::OnlineRepositoryBackupStep(QString node, bool zipTarget, int delayMs)
    : m_node(std::move(node))
    , m_zip(zipTarget)
    , m_delayMs(delayMs)
{
}

QString OnlineRepositoryBackupStep::title() const
{
    return m_zip ? tr("Copy %1's repository online into a zip (AEM online backup)").arg(m_node)
                 : tr("Copy %1's repository online (AEM online backup)").arg(m_node);
}

QString OnlineRepositoryBackupStep::details() const
{
    return tr("The node keeps serving; with a delay of %n ms between chunks it answers more slowly while the copy runs.",
              nullptr, m_delayMs);
}

QString OnlineRepositoryBackupStep::target(const StepContext &context) const
{
    // AEM writes the copy on its own host: into the set being written when
    // that is this machine, else beside the node's crx-repository there, in
    // a folder of Lifeboat's own that is fetched and removed afterwards.
    const NodeProfile &node = *context.profile().node(m_node);
    const QString name = QStringLiteral("online-") + m_node + (m_zip ? QStringLiteral(".zip") : QString());
    if (context.profile().hostOf(node).isEmpty())
        return QDir(BackupSetLayout::workDirectory(StagedSet::directory(context))).filePath(name);
    const QString setId = context.options().value(QStringLiteral("setId")).toString();
    return QDir(QFileInfo(node.repository).absolutePath()).filePath(QStringLiteral(".lifeboat-online-") + setId + u'/' + name);
}

ChangeList OnlineRepositoryBackupStep::preview(const StepContext &context) const
{
    const NodeProfile &node = *context.profile().node(m_node);
    QUrl start = node.consoleUrl(jmx(QStringLiteral("/op/startBackup/java.lang.String")));
    start.setQuery(QStringLiteral("target=") + target(context));
    return {{Change::Kind::RunCommand, QStringLiteral("POST ") + start.toString(), tr("delay %n ms", nullptr, m_delayMs), 0, 0},
            {Change::Kind::Write, QDir(StagedSet::directory(context)).filePath(QStringLiteral("repository-") + m_node),
             tr("the online copy of %1's repository").arg(m_node), 0, 0}};
}

bool OnlineRepositoryBackupStep::waitUntilIdle(StepContext &context, const HttpClient &client, const NodeProfile &node,
                                               bool cancellable) const
{
    const QDeadlineTimer deadline(longestBackupMs);
    while (attribute(client, node, QStringLiteral("BackupInProgress")).toBool()) {
        context.progress(attribute(client, node, QStringLiteral("BackupProgress")).toInt(), 100);
        if (deadline.hasExpired())
            return context.fail(tr("The online backup of %1 took more than 24 hours; Adobe says to discard such a backup. "
                                   "Use a shorter delay or an offline backup.").arg(m_node));
        if (cancellable && context.isCancelled())
            return context.fail(tr("Cancelled. %1 finishes its copy in the background; the copy is discarded.").arg(m_node));
        QThread::msleep(pollMs);
    }
    return true;
}

bool OnlineRepositoryBackupStep::run(StepContext &context)
{
    const NodeProfile &node = *context.profile().node(m_node);
    QString secretError;
    const HttpClient client(node.httpUser, context.nodes().secrets().expand(node.httpPassword, &secretError));
    if (!secretError.isEmpty())
        return context.fail(secretError);
    // A copy left running by an interrupted attempt finishes before a new one starts.
    if (!waitUntilIdle(context, client, node, false))
        return false;
    const QString path = target(context);
    HostFiles &files = context.hosts().files(context.profile().hostOf(node));
    QString error;
    if (files.isLocal()) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::remove(path);
        QDir(path).removeRecursively();
    } else if (!files.removeOwnTree(path, &error) || !files.makeDirectory(QFileInfo(path).absolutePath(), &error)) {
        return context.fail(error);
    }

    QUrl delay = node.consoleUrl(jmx(QStringLiteral("/a/BackupDelay")));
    delay.setQuery(QStringLiteral("value=%1").arg(m_delayMs));
    QUrl start = node.consoleUrl(jmx(QStringLiteral("/op/startBackup/java.lang.String")));
    start.setQuery(QStringLiteral("target=") + QString::fromLatin1(QUrl::toPercentEncoding(path)));
    if (!client.post(delay).ok())
        context.warn(tr("%1 did not accept a backup delay of %2 ms; the copy runs at full speed.").arg(m_node).arg(m_delayMs));
    const HttpClient::Reply started = client.post(start);
    if (!started.ok())
        return context.fail(tr("%1 did not start the online backup (%2): %3")
                                .arg(m_node, started.status ? QString::number(started.status) : started.error,
                                     QString::fromUtf8(started.body)));
    // The node in the detail: a copy given up later goes on in it (the Summary says which).
    context.recordChange({Change::Kind::RunCommand, QStringLiteral("POST ") + start.toString(QUrl::RemoveUserInfo), m_node, 0, 0});
    context.info(tr("Online backup of %1 started into %2.").arg(m_node, files.describe(path)));
    if (!waitUntilIdle(context, client, node, true))
        return false;
    const QString result = attribute(client, node, QStringLiteral("BackupResult")).toString();
    context.info(tr("%1 reports: %2").arg(m_node, result));
    HostFiles::Entry written, inProgress;
    if (!files.stat(path, &written, &error) || !files.stat(path + QStringLiteral("/backupInProgress.txt"), &inProgress, &error))
        return context.fail(error);
    const bool present = m_zip ? written.isFile() : written.isDirectory() && !inProgress.exists();
    if (result.contains(QLatin1String("fail"), Qt::CaseInsensitive) || !present)
        return context.fail(tr("The online backup of %1 did not complete: %2").arg(m_node, result));
    if (m_zip)
        return storeZip(context, path);
    BackupPart part;
    part.name = QStringLiteral("repository-") + m_node;
    part.kind = QStringLiteral("repository");
    part.node = m_node;
    part.sources = {{path, AemPaths::crxRepository, files.host()}};
    const bool archived = StagedSet::archive(context, part);
    if (!files.isLocal() && !files.removeOwnTree(QFileInfo(path).absolutePath(), &error))
        context.warn(error);
    return archived;
}

bool OnlineRepositoryBackupStep::storeZip(StepContext &context, const QString &zip) const
{
    BackupPart part;
    part.name = QStringLiteral("repository-") + m_node;
    part.kind = QStringLiteral("repository");
    part.node = m_node;
    part.sources = {{context.profile().node(m_node)->repository, QStringLiteral("online zip")}};
    part.archiveFile = part.name + QStringLiteral(".zip");
    // A zip on the node's host is fetched into the set first.
    HostFiles &files = context.hosts().files(context.profile().hostOf(*context.profile().node(m_node)));
    QString error;
    QString local = zip;
    if (!files.isLocal()) {
        local = QDir(BackupSetLayout::workDirectory(StagedSet::directory(context))).filePath(QFileInfo(zip).fileName());
        if (!QDir().mkpath(QFileInfo(local).absolutePath())
            || !files.fetch(zip, local, {[&context](qint64 done, qint64 total) { context.progress(done, total); },
                                         [&context] { return context.isCancelled(); }, {}}, &error))
            return context.fail(error);
        if (!files.removeOwnTree(QFileInfo(zip).absolutePath(), &error))
            context.warn(error);
    }
    if (!ArchiveContents::read(local, &part.files, &error))
        return context.fail(tr("The zip that %1 wrote cannot be read: %2").arg(m_node, error));
    for (const BackupPart::File &file : part.files)
        part.bytes += file.size;
    const QString stored = QDir(StagedSet::directory(context)).filePath(part.archiveFile);
    QFile::remove(stored);
    if (!QFile::rename(local, stored))
        return context.fail(tr("Cannot move %1 into the backup set.").arg(local));
    return StagedSet::record(context, part);
}


QStringList OnlineRepositoryBackupStep::missingRequirements(const StepContext &context) const
{
    const NodeProfile *node = context.profile().node(m_node);
    if (node && !node->httpUrl.isValid())
        return {tr("%1 has no \"http\" \"url\" in the profile, where AEM's online backup is started. Add the node's URL.").arg(m_node)};
    return {};
}

} // namespace Lifeboat
