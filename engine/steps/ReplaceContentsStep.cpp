// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReplaceContentsStep.h"

#include <restore/ContentSwap.h>
#include <restore/Quarantine.h>
#include <hosts/Hosts.h>

#include <QDir>

namespace Lifeboat {

ReplaceContentsStep::ReplaceContentsStep(HostPath location, QString title, QString confirmationWord)
    : m_location(std::move(location))
    , m_title(std::move(title))
    , m_confirmationWord(std::move(confirmationWord))
{
}

QString ReplaceContentsStep::details() const
{
    return tr("Everything in %1 moves to the quarantine (kept until you purge it); the checked copy from the backup "
              "takes its place.").arg(m_location.display());
}

ChangeList ReplaceContentsStep::preview(const StepContext &context) const
{
    HostFiles &files = context.hosts().files(m_location);
    HostFiles::Usage current;
    QStringList names;
    if (ContentSwap::entriesOf(files, m_location.path, &names, nullptr)) {
        for (const QString &name : std::as_const(names)) {
            HostFiles::Usage usage;
            if (files.usage(QDir(m_location.path).filePath(name), &usage, nullptr)) {
                current.files += usage.files;
                current.bytes += usage.bytes;
            }
        }
    }
    const QString quarantine = Quarantine::directory(Quarantine::anchorFor(files, m_location.path), context.runIdForPreview());
    return {{Change::Kind::Move, m_location.display(), tr("its current contents, to %1").arg(files.describe(quarantine)), current.files, current.bytes},
            {Change::Kind::Overwrite, m_location.display(), tr("replaced by the backup's copy")}};
}

bool ReplaceContentsStep::run(StepContext &context)
{
    return ContentSwap::swapIn(context, m_location);
}

} // namespace Lifeboat
