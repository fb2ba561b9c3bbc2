// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CheckRehearsalStep.h"

#include <profile/AemPaths.h>
#include <cluster/NodeController.h>
#include <sandbox/SandboxLayout.h>
#include <support/Sha256.h>
#include <backup/BackupSetManifest.h>
#include <restore/RestoredTree.h>
#include <restore/SetComparison.h>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Lifeboat {

CheckRehearsalStep::CheckRehearsalStep(QString sandboxDirectory, QString setDirectory)
    : m_directory(std::move(sandboxDirectory))
    , m_setDirectory(std::move(setDirectory))
{
}

ChangeList CheckRehearsalStep::preview(const StepContext &) const
{
    return {};
}

QStringList CheckRehearsalStep::checkNodes(const ClusterProfile &sandbox) const
{
    QStringList problems;
    for (const NodeStatus &status : NodeController(sandbox).statusOfAll()) {
        if (!status.running)
            problems.append(tr("%1 is not running").arg(status.name));
    }
    return problems;
}

QStringList CheckRehearsalStep::checkGdsReferences(const ClusterProfile &sandbox) const
{
    const DatabaseProfile database = sandbox.databases.value(0);
    const QString connection = QUuid::createUuid().toString();
    QStringList problems;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(database.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery query(db);
        if (!db.open() || !query.exec(database.gdsReferenceQuery))
            problems.append(tr("the forms database cannot be read: %1").arg(query.lastError().text() + db.lastError().text()));
        while (query.next() && problems.size() < 10) {
            QFile document(QDir(sandbox.gds).filePath(query.value(0).toString()));
            Sha256 hash;
            if (!document.open(QIODevice::ReadOnly) || !hash.addData(&document) || hash.hexResult() != query.value(1).toString().toLatin1())
                problems.append(tr("the GDS document %1 that the database refers to is missing or differs").arg(query.value(0).toString()));
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return problems;
}

QStringList CheckRehearsalStep::checkRepositories(const ClusterProfile &sandbox) const
{
    QString error;
    const auto manifest = BackupSetManifest::load(m_setDirectory, &error);
    if (!manifest)
        return {error};
    QStringList problems;
    for (const NodeProfile &node : sandbox.nodes) {
        const BackupPart *part = node.isAuthor() ? manifest->authorRepository() : manifest->part(QStringLiteral("repository"), node.name);
        if (!part)
            continue;
        const QStringList differences = SetComparison::repository(node, *manifest, RestoredTree::actual(node.repository), 5);
        if (!differences.isEmpty())
            problems.append(tr("%1's repository is not the set's (%2)").arg(node.name, differences.join(QStringLiteral(", "))));
    }
    return problems;
}

bool CheckRehearsalStep::run(StepContext &context)
{
    QString error;
    const auto sandbox = ClusterProfile::load(QDir(m_directory).filePath(SandboxLayout::profileFile()), &error);
    if (!sandbox)
        return context.fail(error);
    const QStringList problems = checkNodes(*sandbox) + checkGdsReferences(*sandbox) + checkRepositories(*sandbox);
    if (!problems.isEmpty())
        return context.fail(tr("The rehearsal found what a real restore from this set would get wrong: %1.")
                                .arg(problems.join(QStringLiteral("; "))));
    context.info(tr("Every node is up, every GDS reference resolves, and every repository equals the set."));
    return true;
}

} // namespace Lifeboat
