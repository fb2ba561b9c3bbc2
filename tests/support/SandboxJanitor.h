// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>
#include <QtGlobal>

namespace Lifeboat::Testing {

// Cleans up after a test's sandbox however the test process ends, a crash or
// a kill by ctest's timeout included: a shell that waits for the end of a
// pipe only this process holds, then stops the sandbox in `directory`, kills
// whatever still mentions it, removes the empty mount points below its
// hosts' mount root (a sandbox with hosts) and the test's `root` directory.
// (On a normal end the test has done all that already.)
class SandboxJanitor
{
public:
    SandboxJanitor(const QString &root, const QString &directory);
    ~SandboxJanitor();
    Q_DISABLE_COPY_MOVE(SandboxJanitor)

    bool watching() const { return m_pipe >= 0; }

private:
    int m_pipe = -1;
};

} // namespace Lifeboat::Testing
