// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cluster/BackupModeState.h>

namespace Lifeboat {

// What a run changed that its cleanup puts back, and nothing more: the nodes
// it stopped and the backup mode it entered. A node that was down before the
// run stays down, and a cluster kept in rolling backup mode stays in it.
// Each change is written (undo.json in the run's directory, synced) before
// it is made, so that a run interrupted half-way through a step and resumed
// still knows what it did.
class UndoRecord
{
    Q_DECLARE_TR_FUNCTIONS(UndoRecord)

public:
    explicit UndoRecord(QString runDirectory);

    [[nodiscard]] bool noteStopping(const QString &node, QString *error);
    [[nodiscard]] bool noteEntering(BackupModeState::Mode mode, QString *error);

    QStringList stoppedNodes() const;
    bool entered(BackupModeState::Mode mode) const;

    static QString fileName() { return QStringLiteral("undo.json"); }

private:
    struct Contents
    {
        QStringList stoppedNodes;
        QStringList enteredModes;
    };
    Contents read() const;
    bool write(const Contents &contents, QString *error) const;

    QString m_path;
};

} // namespace Lifeboat
