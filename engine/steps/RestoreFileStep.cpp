// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoreFileStep.h"

#include <steps/WritablePlaces.h>
#include <hosts/Hosts.h>
#include <restore/FileReplacement.h>
#include <restore/Quarantine.h>
#include <restore/ScratchCopy.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
QString prefixOf(const QString &fileInPart)
{
    const qsizetype slash = fileInPart.lastIndexOf(u'/');
    return slash < 0 ? QString() : fileInPart.left(slash + 1);
}
} // namespace

RestoreFileStep::RestoreFileStep(QString setDirectory, BackupPart part, QString fileInPart, HostPath target, QString scope,
                                 QString title, QString confirmationWord)
    : m_setDirectory(std::move(setDirectory))
    , m_part(std::move(part))
    , m_fileInPart(std::move(fileInPart))
    , m_target(std::move(target))
    , m_scope(std::move(scope))
    , m_title(std::move(title))
    , m_confirmationWord(std::move(confirmationWord))
{
}

QStringList RestoreFileStep::missingRequirements(const StepContext &context) const
{
    return WritablePlaces::missing(context, QList<HostPath>{m_target, m_target.at(m_scope)});
}

ChangeList RestoreFileStep::preview(const StepContext &context) const
{
    HostFiles &files = context.hosts().files(m_target);
    ChangeList changes;
    HostFiles::Entry current;
    if (files.stat(m_target.path, &current, nullptr) && current.exists())
        changes.append({Change::Kind::Move, m_target.display(),
                        tr("to %1").arg(files.describe(Quarantine::directory(Quarantine::anchorFor(files, m_scope), context.runIdForPreview()))), 1, current.size});
    changes.append({Change::Kind::Write, m_target.display(), tr("%1 from %2").arg(m_fileInPart, m_part.archiveFile)});
    ScratchCopy::previewOwners(files, m_part, m_target, &changes);
    return changes;
}

bool RestoreFileStep::run(StepContext &context)
{
    const QString prefix = prefixOf(m_fileInPart);
    const QString copy = ScratchCopy::unpack(context, QDir(m_setDirectory).filePath(m_part.archiveFile), m_part, prefix, m_target, m_scope);
    if (copy.isEmpty())
        return false;
    return FileReplacement::replace(context, QDir(copy).filePath(m_fileInPart.mid(prefix.size())), m_target, {}, m_scope);
}

} // namespace Lifeboat
