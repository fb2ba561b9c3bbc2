// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <backup/BackupPart.h>
#include <backup/TarStreamReader.h>

namespace Lifeboat {

// The rules every path read from a backup set keeps. A set is written by
// other people and tools too (a NAS, an object store, a colleague's script),
// so everything in it is untrusted input: a name the manifest gives is
// joined to a directory only when it cannot lead out of it, and an archive
// entry is restored only when it is a plain file, a directory or a link that
// stays inside. The verifier applies these rules to every entry, so that a
// restore finds an unsafe archive before its first destructive step.
class SetPathRules
{
    Q_DECLARE_TR_FUNCTIONS(SetPathRules)

public:
    SetPathRules() = delete;

    // A path the manifest gives: relative, without "." or ".." components,
    // without empty components (no "a//b", no trailing "/"), without a
    // backslash or a NUL.
    static bool isSafeRelativePath(const QString &path);
    // One component of such a path: a file name in the set's directory, a
    // set id beside it.
    static bool isSafeName(const QString &name);
    // Why an archive entry must not be restored, or nothing when it may:
    // the one rule for the verifier and for PartExtractor, which unpacks.
    // (An archive written by another tool may name "./dir/" or "dir/",
    // which stay inside.) A link
    // is held to LinkTarget's rule, inside the source of `part` that holds
    // it (inside the archive when no part is given).
    static QString entryProblem(const TarStreamReader::Entry &entry, const BackupPart *part = nullptr);
    static bool isSafeEntryPath(const QString &path);
    // What entryProblem() says of a path that fails isSafeEntryPath().
    static QString landsOutside();
};

} // namespace Lifeboat
