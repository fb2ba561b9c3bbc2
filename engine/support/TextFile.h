// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// The small text files Lifeboat reads whole and compares as text, white
// space around them left out: a node's cluster_node.id and system.id, its
// patch-level file.
class TextFile
{
public:
    TextFile() = delete;

    // The file's text, trimmed; empty when it cannot be read, and then
    // `readable` (when given) is false.
    static QString readTrimmed(const QString &path, bool *readable = nullptr);
};

} // namespace Lifeboat
