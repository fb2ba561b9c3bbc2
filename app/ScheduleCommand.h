// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat schedule list|add|remove`: the wizard's "Schedule this backup"
// on the command line, through the same BackupSchedule. `add` takes
// --profile, --scenario (a backup) and the scenario's options like `run`,
// plus --on-calendar; every action takes --unit-dir (default: the user's
// systemd units).
class ScheduleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)

public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    int list(const QStringList &arguments) const;
    int add(const QStringList &arguments) const;
    int remove(const QStringList &arguments) const;
};

} // namespace Lifeboat
