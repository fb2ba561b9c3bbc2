// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreChecks.h"

#include "SandboxFixture.h"

#include <cluster/NodeController.h>
#include <restore/RestoredTree.h>

#include <QDir>
#include <QFile>

namespace Lifeboat::Testing {

namespace {
QStringList difference(const RestoredTree::Digests &expected, const RestoredTree::Digests &actual, const QString &what)
{
    if (expected.isEmpty())
        return {what + QStringLiteral(": the set holds nothing for it")};
    QStringList differences = RestoredTree::difference(expected, actual);
    for (QString &line : differences)
        line.prepend(what + QStringLiteral(": "));
    return differences;
}
} // namespace

BackupSetManifest setManifest(const SandboxFixture &sandbox, const QString &setId)
{
    QString error;
    return BackupSetManifest::load(QDir(sandbox.profile().backupRoot).filePath(setId), &error).value_or(BackupSetManifest());
}

QStringList repositoryDifference(const SandboxFixture &sandbox, const BackupSetManifest &set, const QString &node)
{
    return repositoryDifference(sandbox.profile(), set, node, RestoredTree::actual(sandbox.node(node).repository));
}

QStringList repositoryDifference(const ClusterProfile &profile, const BackupSetManifest &set, const QString &node,
                                 const RestoredTree::Digests &actual)
{
    const NodeProfile &restored = *profile.node(node);
    const BackupPart *part = restored.isAuthor() ? set.authorRepository() : set.part(QStringLiteral("repository"), node);
    if (!part)
        return {node + QStringLiteral(": the set has no repository for it")};
    auto expected = RestoredTree::expected(*part, QStringLiteral("crx-repository/"));
    if (restored.role == NodeRole::Primary)
        expected = RestoredTree::promoteSecondaryFolder(expected);
    QStringList left = restored.isAuthor() ? RestoredTree::authorRuntimeFiles() : QStringList{QStringLiteral(".lock"), QStringLiteral("logs/")};
    // A secondary restored alone keeps its own crx.NNNN folder, and the
    // copy's folder of another node does not come in (ContentSwap::Kept).
    if (restored.role == NodeRole::Secondary) {
        const auto folderOf = [](const RestoredTree::Digests &tree) {
            for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("crx.")))
                    return it.key().section(u'/', 0, 0);
            }
            return QString();
        };
        const QString own = folderOf(actual), copied = folderOf(expected);
        if (!own.isEmpty() && !copied.isEmpty() && own != copied)
            left << own + u'/' << copied + u'/';
    }
    return difference(RestoredTree::without(expected, left), RestoredTree::without(actual, left), node);
}

QStringList gdsDifference(const SandboxFixture &sandbox, const BackupSetManifest &set)
{
    return gdsDifference(set, RestoredTree::actual(sandbox.profile().gds));
}

QStringList gdsDifference(const BackupSetManifest &set, const RestoredTree::Digests &actual)
{
    const BackupPart *part = set.part(QStringLiteral("gds"));
    if (!part)
        return {QStringLiteral("the set has no GDS")};
    RestoredTree::Digests expected;
    const auto backedUp = RestoredTree::expected(*part, QStringLiteral("DocumentStorage/"));
    // Adobe's rule: the backup folder becomes restore.
    for (auto it = backedUp.cbegin(); it != backedUp.cend(); ++it)
        expected.insert(it.key().startsWith(QLatin1String("backup/")) ? QStringLiteral("restore/") + it.key().mid(7) : it.key(), it.value());
    return difference(expected, actual, QStringLiteral("GDS"));
}

QString documents(const SandboxFixture &sandbox)
{
    return documents(sandbox.runner(), sandbox.profile());
}

QString documents(const CommandRunner &runner, const ClusterProfile &profile)
{
    return runner
        .run(QStringLiteral("sqlite3"), {profile.databases.value(0).path,
                                         QStringLiteral("SELECT id, gds_path, sha256, size, node FROM tb_document ORDER BY id")})
        .out;
}

QDateTime lastStart(const SandboxFixture &sandbox, const QString &node)
{
    QFile log(sandbox.node(node).errorLog);
    if (!log.open(QIODevice::ReadOnly))
        return {};
    QDateTime last;
    for (const QByteArray &line : log.readAll().split('\n')) {
        if (line.contains(" started (pid "))
            last = QDateTime::fromString(QString::fromUtf8(line.left(line.indexOf(' '))), Qt::ISODateWithMs);
    }
    return last;
}

QStringList startProblems(const SandboxFixture &sandbox, const QStringList &order)
{
    QStringList problems;
    for (const NodeStatus &status : NodeController(sandbox.profile()).statusOfAll()) {
        if (!status.running)
            problems.append(status.name + QStringLiteral(" is not running"));
    }
    for (qsizetype i = 1; i < order.size(); ++i) {
        if (!(lastStart(sandbox, order.at(i - 1)) < lastStart(sandbox, order.at(i))))
            problems.append(QStringLiteral("%1 did not start after %2").arg(order.at(i), order.at(i - 1)));
    }
    return problems;
}

} // namespace Lifeboat::Testing
