// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Lifeboat {

// `lifeboat prune`: keeps the N newest complete backup sets of a profile and
// deletes the older ones, plus unfinished (.partial) sets nothing has touched
// for 24 hours. Prints every removal; --dry-run only prints.
class PruneCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PruneCommand)

public:
    QString name() const override { return QStringLiteral("prune"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Lifeboat
