// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "UndoRecord.h"

#include <support/DiskSync.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <fcntl.h>
#include <unistd.h>

namespace Lifeboat {

UndoRecord::UndoRecord(QString runDirectory)
    : m_path(runDirectory.isEmpty() ? QString() : QDir(runDirectory).filePath(fileName()))
{ }

UndoRecord::Contents UndoRecord::read() const
{
    QFile file(m_path);
    if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    Contents contents;
    for (const QJsonValue &node : json.value(QLatin1String("stoppedNodes")).toArray())
        contents.stoppedNodes.append(node.toString());
    for (const QJsonValue &mode : json.value(QLatin1String("enteredBackupModes")).toArray())
        contents.enteredModes.append(mode.toString());
    return contents;
}

bool UndoRecord::write(const Contents &contents, QString *error) const
{
    if (m_path.isEmpty()) {
        *error = tr("The run has no directory to record what it changes in.");
        return false;
    }
    const QJsonObject json{ { QStringLiteral("stoppedNodes"),
                                QJsonArray::fromStringList(contents.stoppedNodes) },
        { QStringLiteral("enteredBackupModes"), QJsonArray::fromStringList(contents.enteredModes) } };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(json).toJson()) < 0 || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_path, file.errorString());
        return false;
    }
    // The rename into place survives a power cut only once its directory is synced.
    DiskSync::directory(QFileInfo(m_path).absolutePath());
    return true;
}

bool UndoRecord::noteStopping(const QString &node, QString *error)
{
    Contents contents = read();
    if (contents.stoppedNodes.contains(node))
        return true;
    contents.stoppedNodes.append(node);
    return write(contents, error);
}

bool UndoRecord::noteEntering(BackupModeState::Mode mode, QString *error)
{
    Contents contents = read();
    if (contents.enteredModes.contains(toString(mode)))
        return true;
    contents.enteredModes.append(toString(mode));
    return write(contents, error);
}

QStringList UndoRecord::stoppedNodes() const
{
    return read().stoppedNodes;
}

bool UndoRecord::entered(BackupModeState::Mode mode) const
{
    return read().enteredModes.contains(toString(mode));
}

} // namespace Lifeboat
