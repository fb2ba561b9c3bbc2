// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Lifeboat {

// The arguments of `lifeboat-node lcbackupmode`, shaped like Adobe's
// LCBackupMode script: a command, then -name=value options in any order
// (names in any case, as the script takes them). Read apart from running
// the command, so that every argument is checked before anything is sent.
struct BackupModeArguments
{
    Q_DECLARE_TR_FUNCTIONS(BackupModeArguments)

public:
    QString command;
    QString host = QStringLiteral("localhost");
    int port = 8080;
    QString user;
    QString password; // "-": read from standard input
    std::optional<QString> label;
    std::optional<QString> timeout;

    static QStringList commands();
    // Empty, with `error` saying which argument is wrong, when they do not make a command.
    static std::optional<BackupModeArguments> parse(const QStringList &arguments, QString *error);
    // The node's LCBackupMode endpoint for this command, with label and timeout.
    QUrl url(const QString &backupModePath) const;
};

} // namespace Lifeboat
