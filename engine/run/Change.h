// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lifeboat {

// One thing a step changes (or, in a dry run, would change): a file or
// directory deleted, moved or written, a node stopped or started, a command
// run. Counts and sizes where they apply.
struct Change
{
    enum class Kind { Delete, Move, Write, Overwrite, StopNode, StartNode, EnterBackupMode, LeaveBackupMode, RunCommand, Manual, Keep };

    Kind kind = Kind::Write;
    QString target; // a path, a node name or a command
    QString detail;
    qint64 files = 0;
    qint64 bytes = 0;

    QString toText() const;
    QJsonObject toJson() const;
    static Change fromJson(const QJsonObject &json);
    static QString kindName(Kind kind);
    // A preview that only keeps things as they are ("keep node3 — already
    // stopped; left alone"): the step has nothing to change, and nobody is
    // asked to confirm it. An empty preview says nothing, and is not this.
    static bool keepsEverything(const QList<Change> &changes);

    // Last: the macro leaves the access at private. Context "Change", as lupdate sees it.
    Q_DECLARE_TR_FUNCTIONS(Change)
};

using ChangeList = QList<Change>;

} // namespace Lifeboat
