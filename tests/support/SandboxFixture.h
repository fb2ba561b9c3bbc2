// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "CommandRunner.h"

#include <profile/ClusterProfile.h>

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Lifeboat::Testing {

class SandboxJanitor;

// A sandbox cluster in a temporary directory, built and driven through the
// real `lifeboat` command line. Its destructor stops every node, kills what
// will not stop, and reports any node process still alive, so that no test
// leaves a process behind; a SandboxJanitor does the same should the test
// process die (a crash, a kill by ctest's timeout).
class SandboxFixture
{
public:
    explicit SandboxFixture(const QStringList &createOptions = {QStringLiteral("--size-mb"), QStringLiteral("4")});
    ~SandboxFixture();

    bool created() const { return m_created.exitCode == 0; }
    const CommandResult &createResult() const { return m_created; }
    QString directory() const { return m_root.filePath(QStringLiteral("cluster")); }
    QString path(const QString &relative) const { return directory() + u'/' + relative; }
    const ClusterProfile &profile() const { return m_profile; }
    const NodeProfile &node(const QString &name) const { return *m_profile.node(name); }
    QString adminPassword() const;

    CommandResult sandbox(const QString &action, const QStringList &arguments = {}) const;
    // LCBackupMode's command against the primary, as an administrator types it.
    CommandResult backupMode(const QString &command, const QStringList &extra = {}) const;
    const CommandRunner &runner() const { return m_runner; }
    CommandRunner &runner() { return m_runner; }

    // Node processes (by the pid in each .lock) that are still alive.
    QStringList livingNodes() const;
    static bool processAlive(qint64 pid);

private:
    QTemporaryDir m_root;
    std::unique_ptr<SandboxJanitor> m_janitor;
    CommandRunner m_runner;
    CommandResult m_created;
    ClusterProfile m_profile;
};

} // namespace Lifeboat::Testing
