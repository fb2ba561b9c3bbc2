#pragma once

#include "ArchiveFormat.h"
#include "BackupPart.h"

#include <QCoreApplication>

namespace Lifeboat {

class StepContext;

// Writes one backup part into one archive with KArchive. Every file is read
// once, in chunks, and hashed (SHA-256) on the way into the archive, so
// memory stays flat whatever the size. The archive is written under a
// temporary name and renamed when whole; a repeat simply writes it again.
class PartArchiver
{
    Q_DECLARE_TR_FUNCTIONS(PartArchiver)

public:
    PartArchiver(ArchiveFormat format, StepContext &context);

    [[nodiscard]] bool write(BackupPart &part, const QString &directory);
    QString errorString() const { return m_error; }

private:
    struct Entry
    {
        QString source;
        QString archivePath;
        bool directory = false;
    };

    QList<Entry> collect(const BackupPart &part) const;
    bool fail(const QString &message);

    ArchiveFormat m_format;
    StepContext &m_context;
    QString m_error;
};

} // namespace Lifeboat
