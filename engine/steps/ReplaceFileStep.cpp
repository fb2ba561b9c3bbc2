// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReplaceFileStep.h"

#include <steps/WritablePlaces.h>
#include <hosts/Hosts.h>
#include <restore/FileReplacement.h>
#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

ReplaceFileStep::ReplaceFileStep(HostPath target, QString fileInCopy, QString title, QStringList companionSuffixes)
    : m_target(std::move(target))
    , m_fileInCopy(std::move(fileInCopy))
    , m_title(std::move(title))
    , m_companions(std::move(companionSuffixes))
{
}

QStringList ReplaceFileStep::missingRequirements(const StepContext &context) const
{
    return WritablePlaces::missing(context, QList<HostPath>{m_target});
}

ChangeList ReplaceFileStep::preview(const StepContext &context) const
{
    HostFiles &files = context.hosts().files(m_target);
    const QString quarantine = Quarantine::directory(Quarantine::anchorFor(files, m_target.path), context.runIdForPreview());
    ChangeList changes;
    for (const QString &suffix : QStringList{QString()} + m_companions) {
        HostFiles::Entry entry;
        if (files.stat(m_target.path + suffix, &entry, nullptr) && entry.exists())
            changes.append({Change::Kind::Move, files.describe(m_target.path + suffix), tr("to %1").arg(files.describe(quarantine)), 1, entry.size});
    }
    changes.append({Change::Kind::Write, m_target.display(), tr("the file from the backup")});
    return changes;
}

bool ReplaceFileStep::run(StepContext &context)
{
    HostFiles &files = context.hosts().files(m_target);
    return FileReplacement::replace(context, QDir(RestoreScratch::copyFor(files, m_target.path, context.runId())).filePath(m_fileInCopy),
                                    m_target, m_companions);
}

} // namespace Lifeboat
