// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Lifeboat {

class ClusterProfile;
struct Drill;
struct DrillRecord;

// `lifeboat drill list|start|status|finish|history`: training drills on a
// sandbox. The trainer starts one (a hidden fault, a story, a clock); the
// trainee recovers the sandbox with the usual commands or the wizard and
// finishes it; Lifeboat judges how well, point by point.
class DrillCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DrillCommand)

public:
    QString name() const override { return QStringLiteral("drill"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;

private:
    int list() const;
    int start(const ClusterProfile &sandbox, const QCommandLineParser &parser) const;
    int status(const ClusterProfile &sandbox) const;
    int finish(const ClusterProfile &sandbox) const;
    int reset(const ClusterProfile &sandbox) const;
    int history() const;
    bool ensureSets(const ClusterProfile &sandbox, const Drill &drill) const;
    static void printScore(const Drill &drill, const DrillRecord &record);
};

} // namespace Lifeboat
