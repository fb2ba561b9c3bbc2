// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ExtractPartStep.h"

#include <hosts/Hosts.h>
#include <restore/RestoreScratch.h>
#include <restore/ScratchCopy.h>

#include <QDir>

namespace Lifeboat {

ExtractPartStep::ExtractPartStep(QString setDirectory, BackupPart part, QString prefix, HostPath location, QString title)
    : m_setDirectory(std::move(setDirectory))
    , m_part(std::move(part))
    , m_prefix(std::move(prefix))
    , m_location(std::move(location))
    , m_title(std::move(title))
{
}

QString ExtractPartStep::details() const
{
    return tr("Unpacks %1 from the backup set next to %2 and checks every file against the manifest. Nothing the "
              "cluster uses changes yet.").arg(m_part.archiveFile, m_location.display());
}

ChangeList ExtractPartStep::preview(const StepContext &context) const
{
    qint64 files = 0, bytes = 0;
    for (const BackupPart::File &file : m_part.files) {
        if (file.path.startsWith(m_prefix)) {
            ++files;
            bytes += file.size;
        }
    }
    HostFiles &host = context.hosts().files(m_location);
    return {{Change::Kind::Write, host.describe(RestoreScratch::copyFor(host, m_location.path, context.runIdForPreview())),
             tr("scratch copy, swapped in later"), files, bytes}};
}

bool ExtractPartStep::run(StepContext &context)
{
    return !ScratchCopy::unpack(context, QDir(m_setDirectory).filePath(m_part.archiveFile), m_part, m_prefix, m_location).isEmpty();
}

} // namespace Lifeboat
