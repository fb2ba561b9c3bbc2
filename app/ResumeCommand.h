#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat resume`: finds a run that was interrupted (a crash, kill -9, a
// power cut), repeats the step that was in flight and finishes the plan.
class ResumeCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ResumeCommand)

public:
    QString name() const override { return QStringLiteral("resume"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Lifeboat
