// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RehearseRestoreScenario.h"

#include <run/OptionNames.h>
#include <scenarios/RestoreClusterScenario.h>

#include <support/DataPaths.h>
#include <support/DiskUsage.h>
#include <cluster/NodeController.h>
#include <steps/CheckRehearsalStep.h>
#include <steps/CreateRehearsalSandboxStep.h>
#include <steps/SandboxPlanStep.h>
#include <steps/StartNodesStep.h>
#include <steps/StopNodesStep.h>
#include <steps/VerifyBackupSetStep.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

namespace Lifeboat {

namespace {
// The recorded topology: authors with the primary first, and publish nodes.
void recordedNodes(const BackupSetManifest &manifest, QStringList *authors, QStringList *publish)
{
    for (const BackupSetManifest::Node &node : manifest.nodes) {
        if (node.role == QLatin1String("publish"))
            publish->append(node.name);
        else if (node.name == manifest.primary)
            authors->prepend(node.name);
        else
            authors->append(node.name);
    }
}
} // namespace

QString RehearseRestoreScenario::title() const
{
    return tr("Rehearse a restore on a sandbox copy");
}

QString RehearseRestoreScenario::description() const
{
    return tr("Restores a backup set into a fresh sandbox copy of the cluster it recorded, starts it, checks it and "
              "reports how long the restore took. Production is never touched: this is how to know a backup works "
              "before the day you need it.");
}

QList<ScenarioOption> RehearseRestoreScenario::options() const
{
    QList<ScenarioOption> list = RestoreScenario::options();
    list.first().required = true;
    list.append({.name = OptionNames::into,
                 .kind = ScenarioOption::Kind::Directory,
                 .valueName = tr("dir"),
                 .description = tr("A new or empty directory for the sandbox copy (default: under Lifeboat's data directory).")});
    return list;
}

QVariantMap RehearseRestoreScenario::completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const
{
    QVariantMap options = RestoreScenario::completeOptions(profile, std::move(given), error);
    if (!error->isEmpty())
        return {};
    QString into = options.value(OptionNames::into).toString();
    if (into.isEmpty())
        into = QDir(DataPaths::dataDirectory()).filePath(QStringLiteral("rehearsals/%1-%2")
                                                             .arg(options.value(OptionNames::backupSet).toString(),
                                                                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    into = QFileInfo(into).absoluteFilePath();
    if (QFileInfo(into).isDir() && !QDir(into).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        *error = tr("%1 is not empty. Give --into a new or empty directory for the rehearsal; nothing was changed.").arg(into);
        return {};
    }
    options.insert(OptionNames::into, into);
    return options;
}

QList<RestoreScenario::Need> RehearseRestoreScenario::needs(const ClusterProfile &, const QVariantMap &) const
{
    return {};
}

QStringList RehearseRestoreScenario::restoredNodes(const ClusterProfile &, const QVariantMap &) const
{
    return {};
}

QList<Precondition> RehearseRestoreScenario::preconditions(const ClusterProfile &, const NodeController &,
                                                           const QVariantMap &options) const
{
    return {{tr("The backup set can be read"), [options] {
                QString error;
                const auto manifest = manifestOf(options, &error);
                if (!manifest)
                    return PreconditionResult::fail(error, tr("Choose another set (see 'lifeboat backups')."));
                if (manifest->nodes.isEmpty())
                    return PreconditionResult::fail(tr("The set %1 recorded no topology, so there is nothing to rebuild.").arg(manifest->setId),
                                                    tr("Rehearse a set made by Lifeboat."));
                return PreconditionResult::pass(tr("%1, made by %2 of %3.").arg(manifest->setId, manifest->strategy, manifest->profileName));
            }},
            {tr("Enough free space for the rehearsal"), [options] {
                const auto manifest = manifestOf(options);
                if (!manifest)
                    return PreconditionResult::pass(tr("Checked once the set can be read."));
                // Every part unpacked once, and the repository once more per author node.
                qint64 needed = 0;
                for (const BackupPart &part : manifest->parts)
                    needed += part.bytes;
                if (const BackupPart *repository = manifest->authorRepository())
                    needed += repository->bytes * qint64(manifest->nodes.size());
                const QString existing = DiskUsage::nearestExisting(options.value(OptionNames::into).toString());
                const qint64 free = QStorageInfo(existing).bytesAvailable();
                const QLocale locale;
                if (free < needed)
                    return PreconditionResult::fail(tr("The rehearsal needs about %1 under %2, which has %3 free.")
                                                        .arg(locale.formattedDataSize(needed), existing, locale.formattedDataSize(free)),
                                                    tr("Choose another place with --into, or free some space."));
                return PreconditionResult::pass(tr("About %1 needed, %2 free.").arg(locale.formattedDataSize(needed), locale.formattedDataSize(free)));
            }}};
}

std::unique_ptr<Plan> RehearseRestoreScenario::restorePlan(const ClusterProfile &sandbox, const BackupSetManifest &manifest,
                                                           const QVariantMap &options)
{
    auto plan = std::make_unique<Plan>(ScenarioIds::rehearseRestore, options);
    if (manifest.authorRepository() && manifest.part(QStringLiteral("gds"))) {
        RestoreClusterScenario::addRestore(*plan, *plan, sandbox, manifest);
    } else {
        for (const NodeProfile *node : sandbox.nodesWithRole(NodeRole::Primary) + sandbox.nodesWithRole(NodeRole::Secondary))
            addNodeFiles(*plan, sandbox, *node, manifest);
    }
    QStringList startOrder = sandbox.authorNames(true);
    for (const NodeProfile *node : sandbox.nodesWithRole(NodeRole::Publish)) {
        if (const BackupPart *part = manifest.part(QStringLiteral("repository"), node->name))
            addUnpackAndReplace(*plan, *plan, manifest, *part, sandbox.onNode(*node, node->repository), tr("%1's repository").arg(node->name));
        startOrder.append(node->name);
    }
    plan->add(std::make_unique<StartNodesStep>(startOrder));
    return plan;
}

std::unique_ptr<Plan> RehearseRestoreScenario::buildPlan(const ClusterProfile &profile, const QVariantMap &options) const
{
    const auto manifest = manifestOf(options);
    if (!manifest)
        return unreadableSetPlan(options);
    const QString into = options.value(OptionNames::into).toString();
    QStringList authors, publish, parts;
    recordedNodes(*manifest, &authors, &publish);
    for (const BackupPart &part : manifest->parts)
        parts.append(part.name);
    auto plan = std::make_unique<Plan>(id(), options);
    plan->add(std::make_unique<VerifyBackupSetStep>(manifest->directory, parts));
    plan->add(std::make_unique<CreateRehearsalSandboxStep>(into, authors, publish, profile.appServer, manifest->patchLevels,
                                                           manifest->profileName));
    plan->addCleanup(std::make_unique<SandboxPlanStep>(tr("Stop the rehearsal cluster (it stays in %1 for a look)").arg(into), into,
                                                       [options](const ClusterProfile &sandbox) {
                                                           auto stop = std::make_unique<Plan>(ScenarioIds::rehearseRestore, options);
                                                           QStringList order;
                                                           for (const NodeProfile *node : NodeController(sandbox).stopOrder())
                                                               order.append(node->name);
                                                           stop->add(std::make_unique<StopNodesStep>(order));
                                                           return stop;
                                                       },
                                                       false));
    const BackupSetManifest recorded = *manifest;
    plan->add(std::make_unique<SandboxPlanStep>(tr("Restore the set into the rehearsal cluster and start it (timed)"), into,
                                                [recorded, options](const ClusterProfile &sandbox) {
                                                    return restorePlan(sandbox, recorded, options);
                                                },
                                                true));
    plan->add(std::make_unique<CheckRehearsalStep>(into, manifest->directory));
    return plan;
}

} // namespace Lifeboat
