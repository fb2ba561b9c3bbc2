// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScenarioInvocation.h"

#include "HostTrust.h"

#include "Console.h"
#include "ExitCode.h"

#include <scenarios/ScenarioRegistry.h>

namespace Lifeboat {

namespace {
QString rawValue(const QStringList &arguments, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(option + u'='))
            return arguments[i].mid(option.size() + 1);
    }
    return {};
}
} // namespace

QString ScenarioInvocation::scenarioList()
{
    QString text = tr("Scenarios:") + u'\n';
    for (const Scenario *scenario : ScenarioRegistry::all())
        text += QStringLiteral("  %1  %2\n").arg(scenario->id(), -18).arg(scenario->title());
    return text;
}

int ScenarioInvocation::usage(const QString &command, const QString &problem)
{
    if (!problem.isEmpty())
        Console::err() << problem << '\n' << tr("Run 'lifeboat %1 --help' for its options.").arg(command) << Qt::endl;
    else
        Console::out() << m_parser.helpText() << '\n' << scenarioList() << Qt::flush;
    return toInt(problem.isEmpty() ? ExitCode::Success : ExitCode::UsageError);
}

std::optional<int> ScenarioInvocation::parse(const QString &command, const QStringList &arguments,
                                             const QList<QCommandLineOption> &extra)
{
    const QStringList withProgram = QStringList{QStringLiteral("lifeboat ") + command} + arguments;
    m_scenario = ScenarioRegistry::find(rawValue(arguments, QStringLiteral("scenario")));
    m_parser.setApplicationDescription(m_scenario ? m_scenario->title() + QStringLiteral("\n\n") + m_scenario->description() : QString());
    const QCommandLineOption help = m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("profile"), tr("The cluster profile (JSON)."), tr("file")});
    m_parser.addOption({QStringLiteral("scenario"), tr("What to do; see the list below."), tr("id")});
    m_parser.addOption({HostTrust::optionName(),
                        tr("Trust this key of a host seen for the first time (repeatable), as ssh-keygen -lf prints it."),
                        tr("host=SHA256:…")});
    m_parser.addOptions(extra);
    if (m_scenario) {
        for (const ScenarioOption &option : m_scenario->options())
            m_parser.addOption(option.isFlag() ? QCommandLineOption(option.name, option.description)
                                               : QCommandLineOption(option.name, option.description, option.valueName));
    }
    if (!m_parser.parse(withProgram))
        return usage(command, m_parser.errorText());
    if (m_parser.isSet(help))
        return usage(command, {});
    const QString scenarioId = m_parser.value(QStringLiteral("scenario"));
    if (scenarioId.isEmpty() || !m_scenario)
        return usage(command, scenarioId.isEmpty() ? tr("--scenario is required.") + u'\n' + scenarioList()
                                                   : tr("Unknown scenario '%1'.").arg(scenarioId) + u'\n' + scenarioList());
    if (!m_parser.isSet(QStringLiteral("profile")))
        return usage(command, tr("--profile is required (a sandbox has one at DIR/cluster.json)."));
    QString error;
    m_profile = ClusterProfile::load(m_parser.value(QStringLiteral("profile")), &error);
    if (!m_profile)
        return usage(command, error);
    if (const auto code = HostTrust::settle(*m_profile, m_parser.values(HostTrust::optionName())))
        return code;
    QVariantMap given;
    for (const ScenarioOption &option : m_scenario->options()) {
        if (!m_parser.isSet(option.name))
            continue;
        if (option.isFlag()) {
            given.insert(option.name, true);
            continue;
        }
        const QString value = m_parser.value(option.name);
        if (option.kind == ScenarioOption::Kind::Node && !m_profile->node(value))
            return usage(command, tr("The profile has no node '%1'; it has: %2.")
                                      .arg(value, m_profile->nodeNames().join(QStringLiteral(", "))));
        given.insert(option.name, value);
    }
    m_options = m_scenario->completeOptions(*m_profile, given, &error);
    if (!error.isEmpty())
        return usage(command, error);
    return std::nullopt;
}

} // namespace Lifeboat
