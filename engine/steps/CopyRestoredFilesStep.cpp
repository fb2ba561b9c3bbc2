// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CopyRestoredFilesStep.h"

#include <steps/WritablePlaces.h>
#include <profile/AemPaths.h>
#include <restore/ContentSwap.h>
#include <restore/Quarantine.h>
#include <hosts/Hosts.h>
#include <restore/RestoreScratch.h>
#include <support/DiskUsage.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

CopyRestoredFilesStep::CopyRestoredFilesStep(QString sourceNode, HostPath source, QStringList targetNodes, QList<HostPath> targets,
                                             QString title)
    : m_sourceNode(std::move(sourceNode))
    , m_source(std::move(source))
    , m_targetNodes(std::move(targetNodes))
    , m_targets(std::move(targets))
    , m_title(std::move(title))
{
}

QString CopyRestoredFilesStep::title() const
{
    if (!m_title.isEmpty())
        return m_title;
    return tr("Copy all files of %1's restored repository to %2").arg(m_sourceNode, m_targetNodes.join(QStringLiteral(", ")));
}

QStringList CopyRestoredFilesStep::missingRequirements(const StepContext &context) const
{
    return WritablePlaces::missing(context, m_targets);
}

ChangeList CopyRestoredFilesStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const HostPath &target : m_targets) {
        HostFiles &files = context.hosts().files(target);
        HostFiles::Usage usage;
        if (context.measuresPreview())
            (void)files.usage(target.path, &usage, nullptr);
        changes.append({Change::Kind::Move, target.display(),
                        tr("its current contents, to %1")
                            .arg(files.describe(Quarantine::directory(Quarantine::anchorFor(files, target.path), context.runIdForPreview()))),
                        usage.files, usage.bytes});
        changes.append({Change::Kind::Overwrite, target.display(), tr("replaced by a copy of %1").arg(m_source.display())});
    }
    return changes;
}

bool CopyRestoredFilesStep::copyTree(StepContext &context, HostFiles &files, const QString &to) const
{
    // Everything but Lifeboat's own folders and the source's lock.
    QList<HostFiles::Entry> entries;
    QString error;
    if (!files.list(m_source.path, &entries, &error))
        return context.fail(error);
    for (const HostFiles::Entry &entry : std::as_const(entries)) {
        if (RestoreScratch::isLifeboatFolder(entry.name()) || entry.name() == AemPaths::lock)
            continue;
        if (!files.copy(entry.path, QDir(to).filePath(entry.name()), &error))
            return context.fail(tr("Cannot copy %1 to %2. Check the free space.").arg(files.describe(entry.path), to) + u' ' + error);
        if (context.isCancelled())
            return context.failCancelled();
    }
    return true;
}

bool CopyRestoredFilesStep::run(StepContext &context)
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const HostPath &target = m_targets[i];
        if (target.host != m_source.host)
            return context.fail(tr("%1 and %2 are on different hosts; Lifeboat copies a restored tree only within one host.")
                                    .arg(m_source.display(), target.display()));
        HostFiles &files = context.hosts().files(target);
        const QString copy = RestoreScratch::copyFor(files, target.path, context.runId());
        HostFiles::Entry copyEntry, marker;
        QString error;
        if (!files.stat(copy, &copyEntry, &error) || !files.stat(RestoreScratch::swapMarkerFor(files, target.path, context.runId()), &marker, &error))
            return context.fail(error);
        if (!copyEntry.isDirectory() && !marker.exists()) {
            const QString partial = RestoreScratch::partialFor(files, target.path, context.runId());
            if (!files.removeOwnTree(partial, &error) || !files.makeDirectory(partial, &error))
                return context.fail(error);
            // The copy's own directory too: its owner is the restored one's.
            if (!copyTree(context, files, partial) || !files.copyAttributes(m_source.path, partial, &error))
                return error.isEmpty() ? false : context.fail(error);
            if (!files.rename(partial, copy, &error))
                return context.fail(tr("Cannot rename %1 to %2.").arg(files.describe(partial), copy) + u' ' + error);
        }
        context.info(tr("Copied %1 for %2.").arg(m_source.display(), m_targetNodes.value(i)));
        if (!ContentSwap::swapIn(context, target))
            return false;
        context.progress(i + 1, m_targets.size());
    }
    return true;
}

} // namespace Lifeboat
