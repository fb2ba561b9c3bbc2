// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReplaceContentsStep.h"

#include <steps/WritablePlaces.h>
#include <restore/Quarantine.h>
#include <hosts/Hosts.h>

#include <QDir>

namespace Lifeboat {

ReplaceContentsStep::ReplaceContentsStep(HostPath location, QString title, QString confirmationWord, ContentSwap::Kept kept,
                                         std::optional<ContentSwap::Contents> copied)
    : m_location(std::move(location))
    , m_title(std::move(title))
    , m_confirmationWord(std::move(confirmationWord))
    , m_kept(std::move(kept))
    , m_copied(std::move(copied))
{
}

QString ReplaceContentsStep::details() const
{
    if (!m_kept.isEmpty())
        return tr("Everything in %1 but the node's own logs and secondary folder (crx.NNNN) moves to the quarantine (kept "
                  "until you purge it); the checked copy from the backup takes its place.").arg(m_location.display());
    return tr("Everything in %1 moves to the quarantine (kept until you purge it); the checked copy from the backup "
              "takes its place.").arg(m_location.display());
}

QStringList ReplaceContentsStep::missingRequirements(const StepContext &context) const
{
    return WritablePlaces::missing(context, QList<HostPath>{m_location});
}

ChangeList ReplaceContentsStep::preview(const StepContext &context) const
{
    HostFiles &files = context.hosts().files(m_location);
    HostFiles::Usage current;
    QStringList names, staying;
    if (ContentSwap::entriesOf(files, m_location.path, &names, nullptr)) {
        for (const QString &name : std::as_const(names)) {
            if (ContentSwap::stays(m_kept, name)) {
                staying.append(name);
                continue;
            }
            HostFiles::Usage usage;
            if (context.measuresPreview() && files.usage(QDir(m_location.path).filePath(name), &usage, nullptr)) {
                current.files += usage.files;
                current.bytes += usage.bytes;
            }
        }
    }
    const QString quarantine = Quarantine::directory(Quarantine::anchorFor(files, m_location.path), context.runIdForPreview());
    ChangeList changes{{Change::Kind::Move, m_location.display(), tr("its current contents, to %1").arg(files.describe(quarantine)), current.files, current.bytes},
                       {Change::Kind::Overwrite, m_location.display(), tr("replaced by the backup's copy")}};
    for (const QString &name : std::as_const(staying))
        changes.append({Change::Kind::Keep, m_location.at(QDir(m_location.path).filePath(name)).display(),
                        tr("stays in place: the node's own, not the backup's")});
    return changes;
}

bool ReplaceContentsStep::run(StepContext &context)
{
    return ContentSwap::swapIn(context, m_location, m_kept, m_copied);
}

} // namespace Lifeboat
