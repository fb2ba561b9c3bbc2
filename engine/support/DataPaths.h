// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// Where Lifeboat keeps its own files for the current user. Tests point these
// at temporary places with QStandardPaths' test mode.
class DataPaths
{
public:
    DataPaths() = delete;

    // ~/.local/share/lifeboat on Linux.
    static QString dataDirectory();
    static QString logDirectory();
    // One directory per run: journal, log and report.
    static QString runsDirectory();
};

} // namespace Lifeboat
