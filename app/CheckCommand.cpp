// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CheckCommand.h"

#include "Console.h"
#include "ExitCode.h"
#include "ScenarioInvocation.h"

#include <cluster/NodeController.h>

#include <QJsonArray>
#include <QJsonDocument>

namespace Lifeboat {

QString CheckCommand::summary() const
{
    return tr("Run a scenario's preconditions and show what would block it");
}

void CheckCommand::print(const QList<PreconditionResult> &results)
{
    for (const PreconditionResult &result : results) {
        const QString status = result.status == PreconditionResult::Status::Pass ? tr("PASS")
                             : result.status == PreconditionResult::Status::Warn ? tr("WARN")
                                                                                 : tr("FAIL");
        Console::out() << QStringLiteral("[%1] %2: %3\n").arg(status, result.title, result.message);
        if (!result.hint.isEmpty() && result.status != PreconditionResult::Status::Pass)
            Console::out() << QStringLiteral("       ") << tr("What to do: %1").arg(result.hint) << '\n';
    }
    Console::out().flush();
}

int CheckCommand::run(const QStringList &arguments)
{
    ScenarioInvocation invocation;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption accept(QStringLiteral("accept-warnings"), tr("Warnings do not block."));
    if (const auto code = invocation.parse(name(), arguments, {json, accept}))
        return *code;
    const NodeController nodes(invocation.profile());
    const auto results = Precondition::checkAll(invocation.scenario().checks(invocation.profile(), nodes, invocation.options()));
    if (invocation.parser().isSet(json)) {
        QJsonArray array;
        for (const PreconditionResult &result : results)
            array.append(result.toJson());
        Console::out() << QJsonDocument(QJsonObject{{QStringLiteral("scenario"), invocation.scenario().id()},
                                                    {QStringLiteral("preconditions"), array}})
                              .toJson(QJsonDocument::Indented)
                       << Qt::flush;
    } else {
        print(results);
    }
    return toInt(Precondition::blocks(results, invocation.parser().isSet(accept)) ? ExitCode::PreconditionFailed : ExitCode::Success);
}

} // namespace Lifeboat
