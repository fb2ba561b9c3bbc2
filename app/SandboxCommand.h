// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <profile/ClusterProfile.h>

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace Lifeboat {

class SandboxHosts;

// `lifeboat sandbox create|start|stop|status|break DIR ...`: the training
// sandbox, a whole AEM Forms cluster of real node processes on this machine.
class SandboxCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)

public:
    QString name() const override { return QStringLiteral("sandbox"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // Used by `lifeboat demo` too.
    static int startNodes(const ClusterProfile &profile, const QString &onlyNode);
    static int stopNodes(const ClusterProfile &profile, const QString &onlyNode);
    static int printStatus(const ClusterProfile &profile, const QString &onlyNode, bool json);

private:
    int create(QCommandLineParser &parser, const QStringList &arguments);
    int control(const QString &action, QCommandLineParser &parser, const QStringList &arguments);
    int breakIt(QCommandLineParser &parser, const QStringList &arguments);
    int patch(QCommandLineParser &parser, const QStringList &arguments);
    std::optional<ClusterProfile> loadSandbox(const QString &directory, const QString &node);
    static bool startHosts(const SandboxHosts &hosts);
    static bool stopHosts(const SandboxHosts &hosts);
    static QString usageText();
    static int help(const QCommandLineParser &parser);
    int usage(const QString &problem);
};

} // namespace Lifeboat
