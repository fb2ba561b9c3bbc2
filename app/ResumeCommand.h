// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Lifeboat {

// `lifeboat resume`: finds a run that was interrupted (a crash, kill -9, a
// power cut), repeats the step that was in flight and finishes the plan.
// Without one, it tries the newest failed run on a profile again (a host
// lost mid-step, now back): a backup from its start, anything else from the
// step that failed.
class ResumeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResumeCommand)

public:
    QString name() const override { return QStringLiteral("resume"); }
    QString summary() const override;

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Lifeboat
