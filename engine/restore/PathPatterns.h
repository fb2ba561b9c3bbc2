// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace Lifeboat {

class HostFiles;

// The paths below a root that the seed's "delete" steps name: "*"
// (everything directly in it), a relative path, or "**/name" (every file of
// that name anywhere below). Lifeboat's own folders in the root are never
// named.
class PathPatterns
{
public:
    PathPatterns() = delete;

    // Which entries directly in the root a "**/name" pattern looks in (by
    // their names); everywhere when not given. Walking a whole restored
    // repository, 300,000 files and more, takes seconds; a restore that
    // took the runtime files out of its copy before the swap looks only in
    // what stayed in place.
    using Searched = std::function<bool(const QString &name)>;

    // Whether `relative`, a path below the root, is one that `patterns`
    // name, or lies below one: match() finds paths, and what is below a
    // path goes with it. "name/" names a folder's contents (RestoredTree).
    static bool names(const QString &relative, const QStringList &patterns);

    // What `patterns` match below `root` now, sorted within each pattern.
    // A root that does not exist holds nothing; a host that cannot be asked
    // is an error.
    [[nodiscard]] static bool match(HostFiles &files, const QString &root, const QStringList &patterns, QStringList *found,
                                    QString *error, const Searched &searched = {});

private:
    [[nodiscard]] static bool findByName(HostFiles &files, const QString &root, const QString &name, const Searched &searched,
                                         QStringList *found, QString *error);
};

} // namespace Lifeboat
