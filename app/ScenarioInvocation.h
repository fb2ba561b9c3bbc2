// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <run/Scenario.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QVariantMap>

#include <optional>

namespace Lifeboat {

// What `plan`, `check` and `run` share: --profile, --scenario and the
// scenario's own options, parsed in two passes (the scenario decides which
// options exist), the profile loaded and the options completed.
class ScenarioInvocation
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioInvocation)

public:
    // Returns an exit code when the command should end now (help, a usage
    // error), or nothing when profile, scenario and options are ready.
    std::optional<int> parse(const QString &command, const QStringList &arguments, const QList<QCommandLineOption> &extra);

    const ClusterProfile &profile() const { return *m_profile; }
    const Scenario &scenario() const { return *m_scenario; }
    const QVariantMap &options() const { return m_options; }
    const QCommandLineParser &parser() const { return m_parser; }

    static QString scenarioList();

private:
    int usage(const QString &command, const QString &problem);

    QCommandLineParser m_parser;
    std::optional<ClusterProfile> m_profile;
    const Scenario *m_scenario = nullptr;
    QVariantMap m_options;
};

} // namespace Lifeboat
