// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreChecks.h"

#include <restore/SetComparison.h>

#include "SandboxFixture.h"

#include <cluster/NodeController.h>
#include <restore/RestoredTree.h>

#include <QDir>
#include <QFile>

namespace Lifeboat::Testing {

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
    return SetComparison::repository(*profile.node(node), set, actual);
}

QStringList gdsDifference(const SandboxFixture &sandbox, const BackupSetManifest &set)
{
    return gdsDifference(set, RestoredTree::actual(sandbox.profile().gds));
}

QStringList gdsDifference(const BackupSetManifest &set, const RestoredTree::Digests &actual)
{
    return SetComparison::gds(set, actual);
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
