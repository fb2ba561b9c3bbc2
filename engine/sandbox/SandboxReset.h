// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <profile/ClusterProfile.h>
#include <sandbox/SandboxOptions.h>

namespace Lifeboat {

// Puts a training sandbox back as it was built: every node stopped, the
// sandbox's directory moved aside whole (nothing a trainee did is deleted;
// the moved copy is theirs to remove), and a new sandbox built in its place
// with the same shape, seed and activity. Its nodes are left stopped. Only a
// sandbox of one machine: one with hosts or a file system image of its own
// needs root to take down and is reset with `lifeboat sandbox`.
// Blocking: call it on a worker thread.
class SandboxReset
{
    Q_DECLARE_TR_FUNCTIONS(SandboxReset)

public:
    explicit SandboxReset(const ClusterProfile &profile);

    [[nodiscard]] bool reset();
    QString errorString() const { return m_error; }
    // Where the sandbox as it was went, after reset().
    QString setAsidePath() const { return m_setAside; }

private:
    bool stopNodes();

    const ClusterProfile &m_profile;
    QString m_error;
    QString m_setAside;
};

} // namespace Lifeboat
