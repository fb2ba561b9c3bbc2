// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>
#include <QtGlobal>

namespace Lifeboat::Testing {

class CommandRunner;

// Stops a sandbox's nodes when it goes, however the test ends (a failed
// check returns early): `lifeboat sandbox stop`, then a kill of every node
// process that still holds its repository's lock. For a sandbox a test
// creates itself, outside a SandboxFixture (which does the same).
class SandboxStop
{
public:
    SandboxStop(const CommandRunner &runner, QString directory);
    ~SandboxStop();
    Q_DISABLE_COPY_MOVE(SandboxStop)

    static void now(const CommandRunner &runner, const QString &directory);

private:
    const CommandRunner &m_runner;
    QString m_directory;
};

} // namespace Lifeboat::Testing
