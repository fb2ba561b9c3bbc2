// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <profile/ClusterProfile.h>

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat demo`: what `installer/dev run` does when there is no display. On
// the training sandbox under the user's data directory (built on first use)
// it starts the cluster in order, shows its state, runs a real backup
// (backup-rolling: no downtime) with its report, stops the cluster, and says
// how to open the wizard.
class DemoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    bool ensureSandbox(const QString &directory);
    bool backUp(const ClusterProfile &profile);
};

} // namespace Lifeboat
