// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupPart.h>
#include <run/Change.h>

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

namespace Lifeboat {

class HostFiles;
class StepContext;
struct HostPath;

// Unpacks a part of a backup set into the scratch copy of the location it
// will restore (see RestoreScratch), every file checked against the manifest
// on the way (see PartExtractor); an incremental set's part is put together
// from the older sets' archives and its own (see ChainUnpacker). Each archive
// is checked as a whole against its set's SHA256SUMS in the same read. It changes nothing the cluster uses: the
// copy is swapped in later. The copy is written under a ".partial" name and
// renamed once whole, so a copy that exists is complete, and a repeat after a
// crash keeps it or starts over.
class ScratchCopy
{
    Q_DECLARE_TR_FUNCTIONS(ScratchCopy)

public:
    ScratchCopy() = delete;

    // Unpacks the entries of `archive` (on this machine) below `prefix` into
    // the scratch copy of `location` on its host (beside `scope` when given)
    // and returns the copy's path there, or an empty string after context.fail().
    // Progress goes to `progress` when given (a step unpacking to several
    // hosts at once adds them up), else straight to the context.
    static QString unpack(StepContext &context, const QString &archive, const BackupPart &part, const QString &prefix,
                          const HostPath &location, const QString &scope = {},
                          const std::function<void(qint64 done, qint64 total)> &progress = {});
    // In a plan's preview: a note, when the host's user cannot give the
    // restored files the owners `part` records (it is not root).
    static void previewOwners(HostFiles &files, const BackupPart &part, const HostPath &location, ChangeList *changes);

private:
    static void keepPlaceAttributes(HostFiles &files, const BackupPart &part, const QString &prefix, const QString &place,
                                    const QString &copy);
    static QString ownersNotSetWarning(HostFiles &files, const QString &copy, int count);
    [[nodiscard]] static bool checkArchives(StepContext &context, const QHash<QString, QByteArray> &read);
};

} // namespace Lifeboat
