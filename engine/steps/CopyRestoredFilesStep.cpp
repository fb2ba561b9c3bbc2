// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CopyRestoredFilesStep.h"

#include <profile/AemPaths.h>
#include <restore/ContentSwap.h>
#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>
#include <support/DiskUsage.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace Lifeboat {

CopyRestoredFilesStep::CopyRestoredFilesStep(QString sourceNode, QString source, QStringList targetNodes, QStringList targets,
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

ChangeList CopyRestoredFilesStep::preview(const StepContext &context) const
{
    ChangeList changes;
    for (const QString &target : m_targets) {
        const DiskUsage usage = DiskUsage::of(target);
        changes.append({Change::Kind::Move, target, tr("its current contents, to %1")
                                                        .arg(Quarantine::directory(Quarantine::anchorFor(target), context.runIdForPreview())),
                        usage.files, usage.bytes});
        changes.append({Change::Kind::Overwrite, target, tr("replaced by a copy of %1").arg(m_source)});
    }
    return changes;
}

bool CopyRestoredFilesStep::copyTree(StepContext &context, const QString &from, const QString &to) const
{
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    qint64 copied = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = QDir(from).relativeFilePath(source);
        if (RestoreScratch::isLifeboatFolder(relative.section(u'/', 0, 0)) || relative == AemPaths::lock)
            continue;
        const QString target = QDir(to).filePath(relative);
        const QFileInfo info = it.fileInfo();
        const bool ok = info.isSymLink() ? QFile::link(info.symLinkTarget(), target)
                      : info.isDir()     ? QDir().mkpath(target)
                                         : QDir().mkpath(QFileInfo(target).absolutePath()) && QFile::copy(source, target);
        if (!ok)
            return context.fail(tr("Cannot copy %1 to %2. Check the free space.").arg(source, target));
        if (context.isCancelled())
            return context.failCancelled();
        if (info.isFile())
            ++copied;
    }
    return true;
}

bool CopyRestoredFilesStep::run(StepContext &context)
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const QString &target = m_targets[i];
        const QString copy = RestoreScratch::copyFor(target, context.runId());
        const bool swapStarted = QFileInfo::exists(RestoreScratch::swapMarkerFor(target, context.runId()));
        if (!QFileInfo(copy).isDir() && !swapStarted) {
            const QString partial = RestoreScratch::partialFor(target, context.runId());
            QDir(partial).removeRecursively();
            if (!QDir().mkpath(partial) || !copyTree(context, m_source, partial))
                return false;
            if (!QDir().rename(partial, copy))
                return context.fail(tr("Cannot rename %1 to %2.").arg(partial, copy));
        }
        context.info(tr("Copied %1 for %2.").arg(m_source, m_targetNodes.value(i)));
        if (!ContentSwap::swapIn(context, target))
            return false;
        context.progress(i + 1, m_targets.size());
    }
    return true;
}

} // namespace Lifeboat
