// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PromoteSecondaryFolderStep.h"

#include <steps/WritablePlaces.h>
#include <hosts/Hosts.h>
#include <restore/Quarantine.h>
#include <restore/SecondaryFolder.h>
#include <support/DiskUsage.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

PromoteSecondaryFolderStep::PromoteSecondaryFolderStep(QString node, QString repository, bool removeFolder)
    : m_node(std::move(node))
    , m_repository(std::move(repository))
    , m_removeFolder(removeFolder)
{
}

QString PromoteSecondaryFolderStep::title() const
{
    return m_removeFolder ? tr("Copy the secondary repository folder (crx.NNNN) of %1 into its repository and remove it").arg(m_node)
                          : tr("Copy the secondary repository folder (crx.NNNN) of %1 into its repository").arg(m_node);
}

HostFiles &PromoteSecondaryFolderStep::filesOf(const StepContext &context) const
{
    const NodeProfile *node = context.profile().node(m_node);
    return context.hosts().files(node ? context.profile().hostOf(*node) : QString());
}

QStringList PromoteSecondaryFolderStep::missingRequirements(const StepContext &context) const
{
    return WritablePlaces::missing(context, {{filesOf(context).host(), m_repository}});
}

ChangeList PromoteSecondaryFolderStep::preview(const StepContext &context) const
{
    HostFiles &files = filesOf(context);
    const QString folder = SecondaryFolder::in(files, m_repository);
    if (folder.isEmpty())
        return {{Change::Kind::Manual, files.describe(m_repository), tr("no crx.NNNN folder there now; checked again when the step runs")}};
    HostFiles::Usage usage;
    if (context.measuresPreview())
        (void)files.usage(folder, &usage, nullptr);
    ChangeList changes{{Change::Kind::Move, files.describe(folder), tr("its files, into %1/repository").arg(m_repository), usage.files, usage.bytes}};
    if (m_removeFolder)
        changes.append({Change::Kind::Move, files.describe(folder), tr("then the emptied folder, to the quarantine")});
    return changes;
}

bool PromoteSecondaryFolderStep::run(StepContext &context)
{
    HostFiles &hostFiles = filesOf(context);
    const QString folder = SecondaryFolder::in(hostFiles, m_repository);
    if (folder.isEmpty()) {
        context.info(tr("%1 has no secondary repository folder (crx.NNNN); nothing to copy.").arg(m_node));
        return true;
    }
    const QString repository = QDir(m_repository).filePath(QStringLiteral("repository"));
    const QString anchor = Quarantine::anchorFor(hostFiles, m_repository);
    Quarantine quarantine(hostFiles, context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    qint64 files = 0;
    QList<HostFiles::Entry> entries;
    QString error;
    if (!hostFiles.listTree(folder, &entries, &error))
        return context.fail(error);
    for (const HostFiles::Entry &entry : std::as_const(entries)) {
        if (!entry.isFile())
            continue;
        const QString source = entry.path;
        const QString target = QDir(repository).filePath(QDir(folder).relativeFilePath(source));
        // Moving keeps a repeat safe: what was moved is no longer in the folder.
        if (!hostFiles.makeDirectory(QFileInfo(target).absolutePath(), &error) || !quarantine.move(target, anchor)
            || !(m_removeFolder ? hostFiles.rename(source, target, &error) : hostFiles.copy(source, target, &error)))
            return context.fail(tr("Cannot copy %1 to %2. %3").arg(hostFiles.describe(source), target, quarantine.errorString() + error));
        ++files;
    }
    context.recordChange({Change::Kind::Write, hostFiles.describe(repository), tr("files from %1").arg(QFileInfo(folder).fileName()), files, 0});
    if (m_removeFolder) {
        Quarantine::Entry moved;
        if (!quarantine.move(folder, anchor, &moved))
            return context.fail(quarantine.errorString());
        context.recordChange({Change::Kind::Move, hostFiles.describe(folder), tr("to %1").arg(hostFiles.describe(moved.stored))});
    }
    context.info(tr("Copied %n file(s) from %1 into %2.", nullptr, int(files)).arg(QFileInfo(folder).fileName(), repository));
    return true;
}

} // namespace Lifeboat
