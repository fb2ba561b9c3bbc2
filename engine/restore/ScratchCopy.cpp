// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScratchCopy.h"

#include <restore/PartExtractor.h>
#include <restore/RestoreScratch.h>
#include <run/StepContext.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

QString ScratchCopy::unpack(StepContext &context, const QString &archive, const BackupPart &part, const QString &prefix,
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

} // namespace Lifeboat
