// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QTextStream>

namespace Lifeboat {

// Standard output (results, --json) and standard error (progress, messages)
// for the command line. Log records go to standard error too, so that
// standard output stays clean for scripts.
class Console
{
public:
    Console() = delete;

    static QTextStream &out();
    static QTextStream &err();
};

} // namespace Lifeboat
