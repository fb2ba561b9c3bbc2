// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat plan`: the steps a scenario would run, each with its dry run,
// destructive ones marked. Changes nothing.
class PlanCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PlanCommand)

public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Lifeboat
