// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// Renders a plan as a runbook an administrator can attach to a change
// request: the cluster, the scenario, its options, every step with what it
// would change and whether it asks first, and the cleanup steps. It knows
// nothing of the engine; the plan page fills in a Document.
class RunbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(RunbookWriter)
    Q_DISABLE_COPY_MOVE(RunbookWriter)

public:
    struct Step
    {
        QString title;
        QString details;
        bool destructive = false;
        bool asksFirst = false;
        QStringList preview; // Change::toText() of each change
        int armedBy = -1;    // cleanup steps: the 0-based main step that arms it
    };

    struct Document
    {
        QString clusterName;
        QString scenarioId;
        QString scenarioTitle;
        QString scenarioDescription;
        QList<QPair<QString, QString>> options;
        QList<Step> steps;
        QList<Step> cleanup; // in the order they run
    };

    RunbookWriter() = delete;

    static QString markdown(const Document &document);
    static QString html(const Document &document);
    // "asks first" where a step asks, else empty.
    static QString asksFirstText(const Step &step);
};

} // namespace Lifeboat
