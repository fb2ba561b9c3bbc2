// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "PlanCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "ScenarioInvocation.h"

#include <support/DataPaths.h>
#include <cluster/NodeController.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Lifeboat {

namespace {
QJsonArray previewJson(const ChangeList &changes)
{
    QJsonArray array;
    for (const Change &change : changes) {
        QJsonObject json = change.toJson();
        json.insert(QStringLiteral("text"), change.toText());
        array.append(json);
    }
    return array;
}
} // namespace

QString PlanCommand::summary() const
{
    return tr("Show a scenario's plan and what each step would change (a dry run)");
}

int PlanCommand::run(const QStringList &arguments)
{
    ScenarioInvocation invocation;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    if (const auto code = invocation.parse(name(), arguments, {json}))
        return *code;
    const auto plan = invocation.scenario().buildPlan(invocation.profile(), invocation.options());
    const NodeController nodes(invocation.profile());
    const StepContext context(invocation.profile(), nodes, plan->options(), DataPaths::runsDirectory());
    QJsonArray steps, cleanup;
    QString text = tr("Plan for %1 on %2:").arg(invocation.scenario().id(), invocation.profile().name) + u'\n';
    for (int i = 0; i < plan->size(); ++i) {
        const Step &step = plan->step(i);
        const ChangeList preview = step.preview(context);
        steps.append(QJsonObject{{QStringLiteral("title"), step.title()},
                                 {QStringLiteral("kind"), step.kind()},
                                 {QStringLiteral("destructive"), step.isDestructive()},
                                 {QStringLiteral("preview"), previewJson(preview)}});
        text += QStringLiteral("%1. %2%3\n").arg(i + 1).arg(step.title(), step.isDestructive() ? tr("  [destructive: asks first]") : QString());
        for (const Change &change : preview)
            text += QStringLiteral("     - ") + change.toText() + u'\n';
    }
    text += tr("Always at the end, for what the plan disturbed:") + u'\n';
    for (int i = plan->cleanupSize() - 1; i >= 0; --i) {
        const Step &step = *plan->cleanup(i).step;
        cleanup.append(QJsonObject{{QStringLiteral("title"), step.title()},
                                   {QStringLiteral("kind"), step.kind()},
                                   {QStringLiteral("destructive"), step.isDestructive()},
                                   {QStringLiteral("armedBy"), plan->cleanup(i).armedBy},
                                   {QStringLiteral("preview"), previewJson(step.preview(context))}});
        text += QStringLiteral("   * %1 %2\n").arg(step.title(), tr("(if step %1 ran)").arg(plan->cleanup(i).armedBy + 1));
    }
    if (invocation.parser().isSet(json))
        Console::out() << QJsonDocument(QJsonObject{{QStringLiteral("scenario"), invocation.scenario().id()},
                                                    {QStringLiteral("options"), QJsonObject::fromVariantMap(plan->options())},
                                                    {QStringLiteral("steps"), steps},
                                                    {QStringLiteral("cleanup"), cleanup}})
                              .toJson(QJsonDocument::Indented);
    else
        Console::out() << text;
    Console::out().flush();
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
