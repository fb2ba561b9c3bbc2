#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat demo`: what `installer/dev run` does when there is no display. It
// shows, headless, that Lifeboat works here and says how to open the wizard.
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};

} // namespace Lifeboat
