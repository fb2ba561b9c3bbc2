// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lifeboat {

class StepContext;
struct HostPath;

// Puts one file from a scratch copy in place (an SQLite database, a node's
// cluster_node.id, a bootstrap properties file), losing nothing: the file
// there now, and its companions (an SQLite database's -wal and -shm), move to
// the quarantine first, the placement is recorded in the quarantine's index,
// then the copy is renamed over. A repeat after the swap finds the copy gone
// and the file in place, and does nothing.
class FileReplacement
{
    Q_DECLARE_TR_FUNCTIONS(FileReplacement)

public:
    FileReplacement() = delete;

    // `scope`: the area the file belongs to, whose quarantine it goes to
    // (the file's own location when empty).
    // `source` and `target` are on `target`'s host.
    [[nodiscard]] static bool replace(StepContext &context, const QString &source, const HostPath &target,
                                      const QStringList &companionSuffixes, const QString &scope = {});
};

} // namespace Lifeboat
