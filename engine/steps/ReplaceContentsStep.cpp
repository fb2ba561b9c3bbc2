// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ReplaceContentsStep.h"

#include <restore/ContentSwap.h>
#include <restore/Quarantine.h>
#include <support/DiskUsage.h>

#include <QDir>

namespace Lifeboat {

ReplaceContentsStep::ReplaceContentsStep(QString location, QString title, QString confirmationWord)
    : m_location(std::move(location))
    , m_title(std::move(title))
    , m_confirmationWord(std::move(confirmationWord))
{
}

QString ReplaceContentsStep::details() const
{
    return tr("Everything in %1 moves to the quarantine (kept until you purge it); the checked copy from the backup "
              "takes its place.").arg(m_location);
}

ChangeList ReplaceContentsStep::preview(const StepContext &context) const
{
    DiskUsage current;
    for (const QString &name : ContentSwap::entriesOf(m_location)) {
        const DiskUsage usage = DiskUsage::of(QDir(m_location).filePath(name));
        current.files += usage.files;
        current.bytes += usage.bytes;
    }
    const QString quarantine = Quarantine::directory(Quarantine::anchorFor(m_location), context.runIdForPreview());
    return {{Change::Kind::Move, m_location, tr("its current contents, to %1").arg(quarantine), current.files, current.bytes},
            {Change::Kind::Overwrite, m_location, tr("replaced by the backup's copy")}};
}

bool ReplaceContentsStep::run(StepContext &context)
{
    return ContentSwap::swapIn(context, m_location);
}

} // namespace Lifeboat
