// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat run`: checks the preconditions, then runs the plan with live
// progress, asking before each destructive step (or not, with --yes).
class RunCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Lifeboat
