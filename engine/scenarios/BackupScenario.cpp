// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupScenario.h"

#include <profile/AemPaths.h>
#include <hosts/Hosts.h>
#include <support/DiskUsage.h>
#include <support/DisplayWords.h>
#include <cluster/BackupModeState.h>
#include <cluster/NodeController.h>
#include <backup/ArchiveFormat.h>
#include <backup/BackupPart.h>
#include <backup/BackupSetLayout.h>
#include <backup/SetSignature.h>
#include <steps/ArchivePartStep.h>
#include <steps/ArchivePartsStep.h>
#include <steps/CheckGdsConsistencyStep.h>
#include <steps/DatabaseBackupStep.h>
#include <steps/DiscardUnfinishedSetStep.h>
#include <steps/PublishBackupSetStep.h>
#include <steps/RemoveSnapshotsStep.h>
#include <steps/StartNodesStep.h>
#include <steps/StepKinds.h>
#include <steps/TakeSnapshotsStep.h>
#include <run/OptionNames.h>
#include <backup/IncrementalBase.h>
#include <scenarios/NodeChecks.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <memory>
#include <mutex>

namespace Lifeboat {

namespace {
// Advice names a scenario as the wizard shows it, not by its command-line id.
QString titleOf(QLatin1StringView id)
{
    const Scenario *scenario = ScenarioRegistry::find(id);
    return scenario ? scenario->title() : QString(id);
}
} // namespace

namespace {
// A source that is a link counts as what it points to: the archiver follows it.
QString followed(HostFiles &files, const QString &path)
{
    HostFiles::Entry entry;
    if (files.stat(path, &entry, nullptr) && entry.isLink())
        return QDir(QFileInfo(path).absolutePath()).absoluteFilePath(entry.linkTarget);
    return path;
}

bool existsOn(HostFiles &files, const QString &path, HostFiles::Type type = HostFiles::Type::Missing)
{
    HostFiles::Entry entry;
    return files.stat(path, &entry, nullptr) && entry.exists() && (type == HostFiles::Type::Missing || entry.type == type);
}
} // namespace

QList<ScenarioOption> BackupScenario::options() const
{
    return {{.name = OptionNames::label,
             .kind = ScenarioOption::Kind::Text,
             .valueName = tr("text"),
             .description = tr("A label for the backup set (and the backup mode session).")},
            {.name = OptionNames::compression,
             .kind = ScenarioOption::Kind::Choice,
             .valueName = tr("kind"),
             .description = tr("zstd (default), gzip, xz or zip."),
             .defaultValue = archiveFormatName(ArchiveFormat::TarZstd),
             .choices = archiveFormatNames(),
             .invalid = tr("--compression must be zstd, gzip, xz or zip.")},
            {.name = OptionNames::full,
             .kind = ScenarioOption::Kind::Flag,
             .description = tr("A full set, even where an incremental one would build on an earlier set.")}};
}

ScenarioOption BackupScenario::secondaryNodeOption(const QString &description)
{
    return {.name = OptionNames::node,
            .kind = ScenarioOption::Kind::Node,
            .valueName = tr("name"),
            .description = description,
            .roles = {NodeRole::Secondary},
            .whenLeftOut = tr("The first secondary node")};
}

ScenarioOption BackupScenario::timeoutOption()
{
    return {.name = OptionNames::timeout,
            .kind = ScenarioOption::Kind::Integer,
            .valueName = tr("minutes"),
            .description = tr("Backup mode timeout, 0 to 10080 (0: none)."),
            .defaultValue = 0,
            .minimum = 0,
            .maximum = BackupModeState::maxTimeoutMinutes,
            .unit = ScenarioOption::Unit::Minutes,
            .invalid = tr("--timeout must be 0 to 10080 minutes.")};
}

QVariantMap BackupScenario::completeOptions(const ClusterProfile &profile, QVariantMap given, QString *error) const
{
    QVariantMap options = Scenario::completeOptions(profile, std::move(given), error);
    if (!error->isEmpty())
        return {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!options.contains(QStringLiteral("setId"))) {
        // Unique even for two runs in the same second.
        const QString base = now.toString(QStringLiteral("yyyyMMdd-HHmmss-")) + id();
        QString setId = base;
        for (int n = 2; QFileInfo::exists(BackupSetLayout::final(profile.backupRoot, setId))
                        || QFileInfo::exists(BackupSetLayout::staging(profile.backupRoot, setId));
             ++n)
            setId = base + u'-' + QString::number(n);
        options.insert(QStringLiteral("setId"), setId);
    }
    if (!options.contains(QStringLiteral("startedAt")))
        options.insert(QStringLiteral("startedAt"), now.toString(Qt::ISODate));
    if (options.value(OptionNames::label).toString().isEmpty())
        options.insert(OptionNames::label, options.value(QStringLiteral("setId")));
    options.insert(QStringLiteral("strategy"), id());
    // Chosen once, with the set's id: a resume builds on the same base.
    if (!options.contains(QStringLiteral("base"))) {
        QString why;
        const QString base = options.value(OptionNames::full).toBool()
            ? QString()
            : IncrementalBase::choose(profile.backupRoot, profile.name, id(), profile.fullEvery, &why);
        options.insert(QStringLiteral("base"), base);
        options.insert(QStringLiteral("baseReason"),
                       options.value(OptionNames::full).toBool() ? tr("A full backup, as asked (--full).") : why);
    }
    return options;
}

QList<HostPath> BackupScenario::backedUpPlaces(const ClusterProfile &profile)
{
    QList<HostPath> places{profile.gdsPlace(), profile.connectorsPlace(), profile.contentStorageRootPlace()};
    for (const QString &fonts : profile.fonts)
        places.append(profile.fontsPlace(fonts));
    for (const DatabaseProfile &database : profile.databases) {
        if (database.kind == DatabaseKind::Sqlite)
            places.append({{}, database.path});
    }
    const auto secondaries = profile.nodesWithRole(NodeRole::Secondary);
    const NodeProfile *copied = secondaries.isEmpty() ? profile.primary() : secondaries.first();
    places.append(profile.onNode(*copied, copied->repository));
    return places;
}

class BackupScenario::PlacesUsage
{
public:
    explicit PlacesUsage(const ClusterProfile &profile)
        : m_profile(profile)
    {
    }

    // The bytes of every place that could be measured.
    qint64 bytes() { return measured().bytes; }
    const QStringList &special() { return measured().special; }
    const QStringList &linksOutside() { return measured().linksOutside; }
    // The first host that could not be asked; empty when all could.
    const QString &error() { return measured().error; }

private:
    struct Measured
    {
        qint64 bytes = 0;
        QStringList special, linksOutside;
        QString error;
    };

    const Measured &measured()
    {
        std::call_once(m_once, [this] {
            for (const HostPath &place : backedUpPlaces(m_profile)) {
                if (place.path.isEmpty())
                    continue;
                HostFiles &files = Hosts::of(m_profile)->files(place);
                HostFiles::Usage usage;
                QString error;
                if (!files.usage(followed(files, place.path), &usage, &error)) {
                    if (m_measured.error.isEmpty())
                        m_measured.error = error;
                    continue;
                }
                m_measured.bytes += usage.bytes;
                for (const QString &path : std::as_const(usage.special))
                    m_measured.special.append(files.describe(path));
                for (const QString &path : std::as_const(usage.linksOutside))
                    m_measured.linksOutside.append(files.describe(path));
            }
        });
        return m_measured;
    }

    const ClusterProfile &m_profile;
    std::once_flag m_once;
    Measured m_measured;
};

PreconditionResult BackupScenario::spaceCheck(const ClusterProfile &profile, PlacesUsage &usage)
{
    const qint64 needed = usage.bytes();
    const qint64 free = QStorageInfo(DiskUsage::nearestExisting(profile.backupRoot)).bytesAvailable();
    const QLocale locale;
    if (free < needed)
        return PreconditionResult::fail(tr("%1 free under %2, and the backup may need up to %3.")
                                            .arg(locale.formattedDataSize(free), profile.backupRoot, locale.formattedDataSize(needed)),
                                        tr("Free some space (prune old backup sets with 'lifeboat prune') or move the backup root."));
    return PreconditionResult::pass(tr("%1 free, up to %2 needed.").arg(locale.formattedDataSize(free), locale.formattedDataSize(needed)));
}

PreconditionResult BackupScenario::archivableCheck(PlacesUsage &usage)
{
    if (!usage.error().isEmpty())
        return PreconditionResult::fail(usage.error(), Hosts::reachHint());
    const QStringList &special = usage.special();
    const QStringList &linksOutside = usage.linksOutside();
    QStringList problems;
    if (!special.isEmpty())
        problems.append(tr("these are pipes, sockets or devices, which a backup cannot hold and Lifeboat never opens: %1")
                            .arg(special.join(QStringLiteral(", "))));
    if (!linksOutside.isEmpty())
        problems.append(tr("these links lead outside what is backed up with them, so a restore could not recreate them "
                           "safely: %1").arg(linksOutside.join(QStringLiteral(", "))));
    if (!problems.isEmpty())
        return PreconditionResult::fail(tr("The backup would lack something: %1.").arg(problems.join(QStringLiteral("; "))),
                                        tr("Move them out of the folders that are backed up (or replace a link with what "
                                           "it points to), then check again."));
    return PreconditionResult::pass(tr("Only files, folders and links that stay inside their part."));
}

QList<Precondition> BackupScenario::preconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                  const QVariantMap &options) const
{
    QList<Precondition> checks;
    // Checks only look: the backup root is created by the run, so they judge
    // the nearest directory that exists.
    checks.append({tr("Backup root is writable"), [&profile] {
        const QString existing = DiskUsage::nearestExisting(profile.backupRoot);
        return QFileInfo(existing).isWritable()
            ? PreconditionResult::pass(profile.backupRoot)
            : PreconditionResult::fail(tr("Cannot write to %1.").arg(existing),
                                       tr("Give this user write access, or change \"backupRoot\" in the profile."));
    }});
    const auto usage = std::make_shared<PlacesUsage>(profile);
    checks.append({tr("Enough free space for the backup"), [&profile, usage] { return spaceCheck(profile, *usage); }});
    // Decided with the set's id (completeOptions), shown before the run:
    // the base an incremental builds on, or why this one is full.
    checks.append({tr("Full or incremental"), [reason = options.value(QStringLiteral("baseReason")).toString()] {
        return PreconditionResult::pass(reason.isEmpty() ? tr("A full backup.") : reason);
    }});
    checks.append({tr("Everything to back up can be archived"), [usage] { return archivableCheck(*usage); }});
    if (!profile.signing.key.isEmpty())
        checks.append({tr("Backup sets can be signed"), [&profile] { return signingCheck(profile); }});
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Primary) + profile.nodesWithRole(NodeRole::Secondary)) {
        checks.append({tr("%1 has its repository and cluster node id").arg(node->name), [node, &profile] {
            HostFiles &files = Hosts::of(profile)->files(profile.hostOf(*node));
            HostFiles::Entry id;
            QString error;
            if (!files.stat(AemPaths::at(node->repository, AemPaths::clusterNodeId), &id, &error))
                return PreconditionResult::fail(error, Hosts::reachHint());
            if (!id.isFile())
                return PreconditionResult::fail(
                    tr("%1/repository/cluster_node.id is missing.").arg(files.describe(node->repository)),
                    tr("Recover the node first (\"%1\"), then back up.")
                        .arg(titleOf(ScenarioIds::restoreNode)));
            return PreconditionResult::pass(files.describe(node->repository));
        }});
    }
    for (const DatabaseProfile &database : profile.databases) {
        checks.append({tr("Lifeboat can back up the %1 database").arg(database.name), [database] {
            return DatabaseBackupStep::create(database)
                ? PreconditionResult::pass(tr("%1 (%2)").arg(database.name, toString(database.kind)))
                : PreconditionResult::fail(tr("Lifeboat cannot back up %1 databases yet.").arg(toString(database.kind)),
                                           tr("Back up %1 with its own tools in the same backup-mode window, or remove it "
                                              "from the profile.").arg(database.name));
        }});
    }
    checks.append({tr("Secrets are available"), [&profile, &nodes] {
        QString error;
        nodes.secrets().expand(profile.backupMode.password, &error);
        for (const NodeProfile &node : profile.nodes)
            nodes.secrets().expand(node.httpPassword, &error);
        return error.isEmpty() ? PreconditionResult::pass(tr("All secrets the profile refers to are set."))
                               : PreconditionResult::fail(error, tr("Provide the secret as the message says, then check again."));
    }});
    checks.append({tr("No password on a command line"), [&profile] { return secretsOffCommandLines(profile); }});
    return checks;
}

// Every user of the machine that runs a backup-mode command can read its
// command line (ps, /proc), so a password there is as good as published.
// A trial signature before anything changes, so that a key that needs a
// passphrase (Lifeboat never asks for one) does not fail the publish hours later.
PreconditionResult BackupScenario::signingCheck(const ClusterProfile &profile)
{
    if (const QString problem = SetSignature::keyProblem(profile.signing.key); !problem.isEmpty())
        return PreconditionResult::fail(problem, tr("Fix \"signing\" in the profile, or remove its \"key\" to make unsigned sets."));
    return PreconditionResult::pass(tr("Each set is signed with %1.").arg(profile.signing.key));
}

PreconditionResult BackupScenario::secretsOffCommandLines(const ClusterProfile &profile)
{
    const BackupModeControl &mode = profile.backupMode;
    const QList<std::pair<QString, const CommandTemplate *>> commands{
        {QStringLiteral("enterSnapshot"), &mode.enterSnapshot},
        {QStringLiteral("leaveSnapshot"), &mode.leaveSnapshot},
        {QStringLiteral("enterRolling"), &mode.enterRolling},
        {QStringLiteral("leaveRolling"), &mode.leaveRolling}};
    QStringList exposing;
    for (const auto &[name, command] : commands) {
        if (command->putsSecretOnCommandLine({QStringLiteral("password")}))
            exposing.append(QStringLiteral("backupMode.") + name);
    }
    if (exposing.isEmpty())
        return PreconditionResult::pass(tr("The backup-mode commands get their password on standard input, if at all."));
    return PreconditionResult::warn(
        tr("%1 put a password on the command line, where every user of that machine can read it while it runs.")
            .arg(exposing.join(QStringLiteral(", "))),
        tr("Pass it as the command's input instead (\"input\": \"{password}\"), if the program can read it from "
           "there; see \"Command templates and secrets\" in docs/profile.md."));
}

QList<Precondition> BackupScenario::rollingModePreconditions(const ClusterProfile &profile, const NodeController &nodes,
                                                             const QString &stoppedForBackup)
{
    return {NodeChecks::otherAuthorsRunning(profile, nodes, stoppedForBackup),
            {tr("The primary is running"), [&profile, &nodes] {
        const NodeStatus status = nodes.status(*profile.primary());
        if (!status.running)
            return PreconditionResult::fail(
                tr("%1 is not running, so the cluster cannot enter backup mode.").arg(status.name),
                tr("Start the cluster, or use \"%1\".").arg(titleOf(ScenarioIds::backupOffline)));
        // Continuous coverage kept on: the backup uses it and leaves it on.
        if (status.backupModeActive && status.backupMode == BackupModeState::Mode::Rolling)
            return PreconditionResult::pass(tr("%1 is running; the cluster is kept in %2 (label \"%3\"), which the backup "
                                               "uses and leaves on.")
                                                .arg(status.name, DisplayWords::backupMode(status.backupMode), status.backupModeLabel));
        if (status.backupModeActive)
            return PreconditionResult::warn(tr("The cluster is already in %1 (label \"%2\").")
                                                .arg(DisplayWords::backupMode(status.backupMode), status.backupModeLabel),
                                            tr("Another backup may be running. Go on only if you know it is not."));
        return PreconditionResult::pass(tr("%1 is running.").arg(status.name));
    }}};
}

QString BackupScenario::chosenSecondary(const ClusterProfile &profile, const QVariantMap &options) const
{
    const QString chosen = options.value(OptionNames::node).toString();
    if (!chosen.isEmpty())
        return chosen;
    const auto secondaries = profile.nodesWithRole(NodeRole::Secondary);
    return secondaries.isEmpty() ? profile.primary()->name : secondaries.first()->name;
}

void BackupScenario::addPartStep(Plan &plan, std::unique_ptr<Step> step)
{
    plan.add(std::move(step));
    for (int i = 0; i < plan.cleanupSize(); ++i) {
        if (plan.cleanup(i).step->kind() == StepKinds::discardUnfinishedSet)
            return;
    }
    plan.addCleanup(std::make_unique<DiscardUnfinishedSetStep>());
}

QList<BackupPart> BackupScenario::completeParts(const ClusterProfile &profile, const QString &repositoryNode)
{
    QList<BackupPart> parts;
    const std::shared_ptr<Hosts> hosts = Hosts::of(profile);
    auto addPart = [&parts](const QString &name, const QString &kind, const QString &node, QList<BackupPart::Source> sources,
                            QStringList excluded = {}) {
        BackupPart part;
        part.name = name;
        part.kind = kind;
        part.node = node;
        part.sources = std::move(sources);
        part.excluded = std::move(excluded);
        parts.append(part);
    };
    addPart(QStringLiteral("gds"), QStringLiteral("gds"), {}, {{profile.gds, QStringLiteral("DocumentStorage"), profile.gdsPlace().host}});
    if (!repositoryNode.isEmpty()) {
        const NodeProfile &copied = *profile.node(repositoryNode);
        addPart(QStringLiteral("repository-") + repositoryNode, QStringLiteral("repository"), repositoryNode,
                {{copied.repository, AemPaths::crxRepository, profile.hostOf(copied)}}, {AemPaths::at(AemPaths::crxRepository, AemPaths::lock)});
    }
    if (!profile.connectors.isEmpty())
        addPart(QStringLiteral("connectors"), QStringLiteral("connectors"), {},
                {{profile.connectors, QStringLiteral("connectors"), profile.connectorsPlace().host}});
    QList<BackupPart::Source> identities;
    for (const QString &name : profile.authorNames(true)) {
        const NodeProfile &node = *profile.node(name);
        for (const QLatin1StringView file : {AemPaths::clusterNodeId, AemPaths::systemId}) {
            const QString path = AemPaths::at(node.repository, file);
            if (existsOn(hosts->files(profile.hostOf(node)), path))
                identities.append({path, name + u'/' + QFileInfo(path).fileName(), profile.hostOf(node)});
        }
    }
    addPart(QStringLiteral("node-identity"), QStringLiteral("node-identity"), {}, identities);
    QList<BackupPart::Source> fonts;
    for (qsizetype i = 0; i < profile.fonts.size(); ++i)
        fonts.append({profile.fonts[i], QStringLiteral("fonts-%1").arg(i + 1), profile.fontsPlace(profile.fonts[i]).host});
    if (!fonts.isEmpty())
        addPart(QStringLiteral("fonts"), QStringLiteral("fonts"), {}, fonts);
    const HostPath storageRoot = profile.contentStorageRootPlace();
    HostFiles &storage = hosts->files(storageRoot);
    if (!profile.contentStorageRoot.isEmpty() && existsOn(storage, storageRoot.path, HostFiles::Type::Directory)) {
        // Adobe's rule: backup-lucene-indexes when it exists, else lucene-indexes, never both.
        const QDir root(profile.contentStorageRoot);
        QStringList folders = AemPaths::contentStores();
        folders.append(existsOn(storage, root.filePath(AemPaths::backupLuceneIndexes)) ? AemPaths::backupLuceneIndexes : AemPaths::luceneIndexes);
        QList<BackupPart::Source> sources;
        for (const QString &folder : folders) {
            if (existsOn(storage, root.filePath(folder)))
                sources.append({root.filePath(folder), folder, storageRoot.host});
        }
        addPart(QStringLiteral("content-storage-root"), QStringLiteral("content-storage-root"), {}, sources);
    }
    const BackupPart bootstrap = bootstrapPart(profile);
    if (!bootstrap.sources.isEmpty())
        parts.append(bootstrap);
    return parts;
}

bool BackupScenario::addDatabaseDumps(Plan &plan, const ClusterProfile &profile)
{
    // The databases first, each finished before anything else is copied.
    bool databasesBackedUp = false;
    for (const DatabaseProfile &database : profile.databases) {
        if (auto step = DatabaseBackupStep::create(database)) {
            addPartStep(plan, std::move(step));
            databasesBackedUp = true;
        }
    }
    return databasesBackedUp;
}

void BackupScenario::addCompleteBackup(Plan &plan, const ClusterProfile &profile, const QString &repositoryNode,
                                       std::unique_ptr<Step> repositoryStep) const
{
    const bool databasesBackedUp = addDatabaseDumps(plan, profile);
    // Then the rest at once, the GDS started first.
    addPartStep(plan, std::make_unique<ArchivePartsStep>(completeParts(profile, repositoryStep ? QString() : repositoryNode), repositoryStep
        ? tr("Back up the GDS, connectors, node identities, fonts, Content Storage Root and bootstrap properties")
        : tr("Back up the GDS, %1's repository, connectors, node identities, fonts, Content Storage Root and bootstrap properties").arg(repositoryNode)));
    // Once the database and GDS parts exist, prove they agree.
    if (databasesBackedUp)
        plan.add(std::make_unique<CheckGdsConsistencyStep>());
    if (repositoryStep)
        addPartStep(plan, std::move(repositoryStep));
}

Precondition BackupScenario::snapshotsCheck(std::function<QList<PathSnapshot>()> snapshots)
{
    return {tr("Snapshots as the profile asks"), [snapshots] {
        QStringList impossible;
        QStringList how;
        for (const PathSnapshot &snapshot : snapshots()) {
            how.append(snapshot.describe());
            if (snapshot.isImpossible())
                impossible.append(tr("%1 cannot have a %2: %3").arg(snapshot.place.display(), SnapshotMethods::displayName(snapshot.asked), snapshot.whyNot));
        }
        if (!impossible.isEmpty())
            return PreconditionResult::fail(impossible.join(QStringLiteral("; ")),
                                            tr("Set \"snapshots\" in the profile to \"auto\" (the best the file system offers) or "
                                               "\"none\" (copy while the nodes are stopped) for these paths, or put them where "
                                               "that method works."));
        return PreconditionResult::pass(how.join(QStringLiteral("; ")));
    }};
}

QList<PathSnapshot> BackupScenario::plannedSnapshots(const ClusterProfile &profile, const QString &repositoryNode, const QVariantMap &options)
{
    return PathSnapshot::forBackup(profile, {repositoryNode}, options.value(QStringLiteral("setId")).toString(), true);
}

void BackupScenario::addCompleteBackupFromSnapshots(Plan &plan, const ClusterProfile &profile, const QString &repositoryNode,
                                                    const QList<PathSnapshot> &snapshots, const QStringList &stopped) const
{
    const QList<PathSnapshot> taken = PathSnapshot::taken(snapshots);
    if (taken.isEmpty()) {
        addCompleteBackup(plan, profile, repositoryNode);
        plan.add(std::make_unique<StartNodesStep>(stopped, StartNodesStep::Purpose::UndoStop));
        return;
    }
    const bool databasesBackedUp = addDatabaseDumps(plan, profile);
    QList<BackupPart> whileStopped;
    QList<BackupPart> fromSnapshots;
    QStringList stoppedNames;
    // Connectors, fonts, bootstrap properties and the nodes' identity files
    // are configuration no running node writes: like backup-rolling, which
    // copies them while the cluster serves, they wait until after the start
    // (their copy's time grows with them and would add to the downtime).
    const QStringList configuration{QStringLiteral("connectors"), QStringLiteral("fonts"), QStringLiteral("bootstrap-properties"),
                                    QStringLiteral("node-identity")};
    for (const BackupPart &part : completeParts(profile, repositoryNode)) {
        if (PathSnapshot::readsFrom(part, taken) || configuration.contains(part.kind)) {
            fromSnapshots.append(PathSnapshot::readFromSnapshots(part, taken));
        } else {
            whileStopped.append(part);
            stoppedNames.append(part.name);
        }
    }
    if (!whileStopped.isEmpty())
        addPartStep(plan, std::make_unique<ArchivePartsStep>(whileStopped, tr("Back up what is copied while the nodes are stopped: %1")
                                                                               .arg(stoppedNames.join(QStringLiteral(", ")))));
    plan.add(std::make_unique<TakeSnapshotsStep>(snapshots, stopped));
    plan.addCleanup(std::make_unique<RemoveSnapshotsStep>(taken));
    plan.add(std::make_unique<StartNodesStep>(stopped, StartNodesStep::Purpose::UndoStop));
    addPartStep(plan, std::make_unique<ArchivePartsStep>(fromSnapshots, tr("Back up from the snapshots, and the configuration, while the nodes serve")));
    if (databasesBackedUp)
        plan.add(std::make_unique<CheckGdsConsistencyStep>());
}

BackupPart BackupScenario::bootstrapPart(const ClusterProfile &profile)
{
    BackupPart part;
    part.name = QStringLiteral("bootstrap-properties");
    part.kind = QStringLiteral("bootstrap-properties");
    for (const NodeProfile *node : profile.nodesWithRole(NodeRole::Secondary)) {
        if (!node->bootstrapProperties.isEmpty())
            part.sources.append({node->bootstrapProperties, node->name + u'/' + QFileInfo(node->bootstrapProperties).fileName(),
                                 profile.hostOf(*node)});
    }
    return part;
}

void BackupScenario::addBootstrapProperties(Plan &plan, const ClusterProfile &profile) const
{
    const BackupPart part = bootstrapPart(profile);
    if (!part.sources.isEmpty())
        addPartStep(plan, std::make_unique<ArchivePartStep>(part, tr("Back up the bootstrap properties of every secondary node")));
}

void BackupScenario::addPublish(Plan &plan) const
{
    plan.add(std::make_unique<PublishBackupSetStep>());
}

} // namespace Lifeboat
