// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <backup/BackupSetCatalog.h>

#include <QCoreApplication>

class QCommandLineParser;

namespace Lifeboat {

// `lifeboat backups`: the complete backup sets of a profile, newest first,
// with size, the longest downtime of a node while it was made, and the
// result of the last `lifeboat verify`. Unfinished
// (.partial) sets are never listed; a note says how many there are.
class BackupsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupsCommand)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;

private:
    static QString longestDowntime(const BackupSetCatalog::Set &set);
    static QString baseOf(const BackupSetCatalog::Set &set);
};

} // namespace Lifeboat
