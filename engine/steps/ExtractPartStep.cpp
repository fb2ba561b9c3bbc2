#include "ExtractPartStep.h"

#include <restore/PartExtractor.h>
#include <restore/RestoreScratch.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

ExtractPartStep::ExtractPartStep(QString setDirectory, BackupPart part, QString prefix, QString location, QString title)
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
              "cluster uses changes yet.").arg(m_part.archiveFile, m_location);
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
    return {{Change::Kind::Write, RestoreScratch::copyFor(m_location, context.runIdForPreview()), tr("scratch copy, swapped in later"), files, bytes}};
}

QString ExtractPartStep::unpack(StepContext &context, const QString &archive, const BackupPart &part, const QString &prefix,
                                const QString &location, const QString &scope)
{
    const QString copy = RestoreScratch::copyFor(location, context.runId(), scope);
    if (QFileInfo(copy).isDir()) {
        context.info(tr("%1 is already unpacked.").arg(copy));
        return copy;
    }
    const QString partial = RestoreScratch::partialFor(location, context.runId(), scope);
    QDir(partial).removeRecursively();
    PartExtractor extractor(archive, part, prefix);
    extractor.setCancelCheck([&context] { return context.isCancelled(); });
    extractor.onProgress([&context](qint64 done, qint64 total) { context.progress(done, total); });
    if (!extractor.extractTo(partial)) {
        QDir(partial).removeRecursively();
        context.fail(extractor.errorString());
        return {};
    }
    if (!QDir().rename(partial, copy)) {
        context.fail(tr("Cannot rename %1 to %2.").arg(partial, copy));
        return {};
    }
    context.recordChange({Change::Kind::Write, copy, tr("scratch copy, checked against the manifest"), extractor.filesWritten(),
                          extractor.bytesWritten()});
    context.info(tr("Unpacked %n file(s) into %1; every one matches the manifest.", nullptr, extractor.filesWritten()).arg(copy));
    return copy;
}

bool ExtractPartStep::run(StepContext &context)
{
    return !unpack(context, QDir(m_setDirectory).filePath(m_part.archiveFile), m_part, m_prefix, m_location).isEmpty();
}

} // namespace Lifeboat
