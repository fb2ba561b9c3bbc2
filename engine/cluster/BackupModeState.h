// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDateTime>
#include <QString>

namespace Lifeboat {

// LCBackupMode as the forms server records it. Snapshot ("safe backup") mode
// ends when left or timed out; rolling ("continuous coverage") mode stays on
// until leaveContinuousCoverage, a new session starting whenever one ends.
struct BackupModeState
{
    enum class Mode { None, Snapshot, Rolling };
    // The longest timeout LCBackupMode takes: a week.
    static constexpr int maxTimeoutMinutes = 10080;

    Mode mode = Mode::None;
    QString label;
    QDateTime enteredAt;
    int timeoutMinutes = 0; // 0: never times out

    bool activeAt(const QDateTime &now) const
    {
        if (mode == Mode::None)
            return false;
        if (mode == Mode::Rolling || timeoutMinutes == 0)
            return true;
        return enteredAt.addSecs(qint64(timeoutMinutes) * 60) > now;
    }
};

QString toString(BackupModeState::Mode mode);

} // namespace Lifeboat
