// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReplaceFileStep.h"

#include <restore/FileReplacement.h>
#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

ReplaceFileStep::ReplaceFileStep(QString target, QString fileInCopy, QString title, QStringList companionSuffixes)
    : m_target(std::move(target))
    , m_fileInCopy(std::move(fileInCopy))
    , m_title(std::move(title))
    , m_companions(std::move(companionSuffixes))
{
}

ChangeList ReplaceFileStep::preview(const StepContext &context) const
{
    const QString quarantine = Quarantine::directory(Quarantine::anchorFor(m_target), context.runIdForPreview());
    ChangeList changes;
    for (const QString &suffix : QStringList{QString()} + m_companions) {
        if (QFileInfo::exists(m_target + suffix))
            changes.append({Change::Kind::Move, m_target + suffix, tr("to %1").arg(quarantine), 1, QFileInfo(m_target + suffix).size()});
    }
    changes.append({Change::Kind::Write, m_target, tr("the file from the backup")});
    return changes;
}

bool ReplaceFileStep::run(StepContext &context)
{
    return FileReplacement::replace(context, QDir(RestoreScratch::copyFor(m_target, context.runId())).filePath(m_fileInCopy), m_target, m_companions);
}

} // namespace Lifeboat
