// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupModeStep.h"

#include <cluster/NodeController.h>
#include <run/UndoRecord.h>
#include <steps/StepKinds.h>

namespace Lifeboat {

BackupModeStep::BackupModeStep(Direction direction, BackupModeState::Mode mode, QString label, int timeoutMinutes)
    : m_direction(direction)
    , m_mode(mode)
    , m_label(std::move(label))
    , m_timeoutMinutes(timeoutMinutes)
{
}

QString BackupModeStep::kind() const
{
    return m_direction == Direction::Enter ? StepKinds::enterBackupMode : StepKinds::leaveBackupMode;
}

QString BackupModeStep::modeName() const
{
    return m_mode == BackupModeState::Mode::Rolling ? tr("rolling backup mode") : tr("safe (snapshot) backup mode");
}

QString BackupModeStep::title() const
{
    if (m_direction == Direction::LeaveIfEntered)
        return tr("Leave %1 if this run entered it").arg(modeName());
    return m_direction == Direction::Enter ? tr("Enter %1").arg(modeName()) : tr("Leave %1").arg(modeName());
}

QString BackupModeStep::details() const
{
    return m_direction == Direction::Enter
        ? tr("The forms server keeps working, but its file collector stops deleting expired GDS documents, so the "
             "GDS backup stays consistent with the database backup.")
        : tr("The file collector resumes removing expired GDS documents.");
}

ChangeList BackupModeStep::preview(const StepContext &context) const
{
    const BackupModeControl &control = context.profile().backupMode;
    const bool entering = m_direction == Direction::Enter;
    if (m_mode == BackupModeState::Mode::Rolling && m_direction != Direction::Leave) {
        // A cluster kept in continuous coverage is neither entered nor left.
        const NodeStatus status = context.nodes().status(*context.profile().primary());
        if (status.backupModeActive && status.backupMode == m_mode && status.backupModeLabel != m_label)
            return {{entering ? Change::Kind::EnterBackupMode : Change::Kind::LeaveBackupMode, modeName(),
                     entering ? tr("already on (label \"%1\"); kept on after the backup").arg(status.backupModeLabel)
                              : tr("stays on: the cluster was in it before this run"),
                     0, 0}};
    }
    const CommandTemplate &command = entering
        ? (m_mode == BackupModeState::Mode::Rolling ? control.enterRolling : control.enterSnapshot)
        : (m_mode == BackupModeState::Mode::Rolling ? control.leaveRolling : control.leaveSnapshot);
    const Change::Kind kind = entering ? Change::Kind::EnterBackupMode : Change::Kind::LeaveBackupMode;
    return {{kind, modeName(), m_label.isEmpty() ? QString() : tr("label \"%1\"").arg(m_label), 0, 0},
            {Change::Kind::RunCommand,
             command.display({{QStringLiteral("host"), control.host}, {QStringLiteral("port"), QString::number(control.port)},
                              {QStringLiteral("user"), control.user}, {QStringLiteral("password"), control.password},
                              {QStringLiteral("label"), m_label}, {QStringLiteral("timeout"), QString::number(m_timeoutMinutes)},
                              {QStringLiteral("lifeboat-node"), QStringLiteral("lifeboat-node")}}),
             {}, 0, 0}};
}

bool BackupModeStep::run(StepContext &context)
{
    const NodeStatus status = context.nodes().status(*context.profile().primary());
    const bool inMode = status.backupModeActive && status.backupMode == m_mode;
    UndoRecord undo(context.runDirectory());
    if (m_direction == Direction::Enter && inMode && status.backupModeLabel == m_label) {
        context.info(tr("The cluster is already in %1 with label \"%2\".").arg(modeName(), m_label));
        return true;
    }
    if (m_direction == Direction::Enter && inMode && m_mode == BackupModeState::Mode::Rolling) {
        context.info(tr("The cluster is already in %1 (label \"%2\"); it stays in it after the backup.")
                         .arg(modeName(), status.backupModeLabel));
        return true;
    }
    if (m_direction != Direction::Enter && !inMode) {
        context.info(tr("The cluster is not in %1.").arg(modeName()));
        return true;
    }
    if (m_direction == Direction::LeaveIfEntered && !undo.entered(m_mode)) {
        context.info(tr("The cluster was in %1 before this run; it stays in it.").arg(modeName()));
        return true;
    }
    QString error;
    if (m_direction == Direction::Enter && !undo.noteEntering(m_mode, &error))
        return context.fail(error);
    const NodeController::Result result = m_direction == Direction::Enter
        ? context.nodes().enterBackupMode(m_mode, m_label, m_timeoutMinutes)
        : context.nodes().leaveBackupMode(m_mode);
    if (!result.ok)
        return context.fail(result.error);
    context.recordChange({m_direction == Direction::Enter ? Change::Kind::EnterBackupMode : Change::Kind::LeaveBackupMode,
                          modeName(), m_label, 0, 0});
    if (!result.output.trimmed().isEmpty())
        context.info(tr("The backup-mode command printed: \"%1\"").arg(result.output.trimmed()));
    return true;
}


QStringList BackupModeStep::missingRequirements(const StepContext &context) const
{
    const BackupModeControl &control = context.profile().backupMode;
    const bool rolling = m_mode == BackupModeState::Mode::Rolling;
    const bool enter = m_direction == Direction::Enter;
    const CommandTemplate &command = enter ? (rolling ? control.enterRolling : control.enterSnapshot)
                                           : (rolling ? control.leaveRolling : control.leaveSnapshot);
    const QString problem = context.nodes().missingCommand(command, context.nodes().backupModeValues(m_label, m_timeoutMinutes),
                                                           enter ? tr("enter %1").arg(modeName()) : tr("leave %1").arg(modeName()));
    return problem.isEmpty() ? QStringList() : QStringList{problem};
}

QString BackupModeStep::leftToDo(const StepContext &context) const
{
    if (m_direction == Direction::Enter)
        return {}; // its cleanup leaves the mode
    const BackupModeControl &control = context.profile().backupMode;
    const CommandTemplate &command = m_mode == BackupModeState::Mode::Rolling ? control.leaveRolling : control.leaveSnapshot;
    const QHash<QString, QString> values = context.nodes().backupModeValues({}, 0);
    QString todo = tr("The cluster is still in %1: leave it by hand with %2").arg(modeName(), command.display(values));
    // The password goes through the pipe: say what to type there.
    if (!command.input().isEmpty())
        todo += u' ' + tr("It reads %1 on its standard input.").arg(CommandTemplate({command.input()}).display(values));
    return todo;
}

} // namespace Lifeboat
