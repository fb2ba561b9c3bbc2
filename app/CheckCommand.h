// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <run/Precondition.h>

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat check`: a scenario's preconditions, run concurrently, each with
// pass / warn / fail, a message and a fix hint. Changes nothing.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

    static void print(const QList<PreconditionResult> &results);
};

} // namespace Lifeboat
