// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScratchCopy.h"

#include <hosts/Hosts.h>
#include <restore/RestoreScratch.h>
#include <run/StepContext.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

QString ScratchCopy::unpack(StepContext &context, const QString &archive, const BackupPart &part, const QString &prefix,
                            const HostPath &location, const QString &scope,
                            const std::function<void(qint64 done, qint64 total)> &progress)
{
    HostFiles &files = context.hosts().files(location);
    const QString copy = RestoreScratch::copyFor(files, location.path, context.runId(), scope);
    HostFiles::Entry existing;
    QString error;
    if (!files.stat(copy, &existing, &error)) {
        context.fail(error);
        return {};
    }
    if (existing.isDirectory()) {
        context.info(tr("%1 is already unpacked.").arg(files.describe(copy)));
        return copy;
    }
    const QString partial = RestoreScratch::partialFor(files, location.path, context.runId(), scope);
    HostFiles::Extracted extracted;
    if (!files.removeOwnTree(partial, &error) || !files.makeDirectory(QFileInfo(partial).absolutePath(), &error)
        || !files.extract(archive, part, prefix, partial,
                          {[&context, &progress](qint64 done, qint64 total) {
                               if (progress)
                                   progress(done, total);
                               else
                                   context.progress(done, total);
                           },
                           [&context] { return context.isCancelled(); }, {}},
                          &extracted, &error)) {
        context.fail(error);
        return {};
    }
    if (!files.rename(partial, copy, &error)) {
        context.fail(tr("Cannot rename %1 to %2.").arg(files.describe(partial), copy));
        return {};
    }
    context.recordChange({Change::Kind::Write, files.describe(copy), tr("scratch copy, checked against the manifest"), extracted.files,
                          extracted.bytes});
    context.info(tr("Unpacked %n file(s) into %1; every one matches the manifest.", nullptr, extracted.files).arg(files.describe(copy)));
    return copy;
}

} // namespace Lifeboat
