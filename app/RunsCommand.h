// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <run/RunRecord.h>

#include <QCommandLineOption>
#include <QCoreApplication>

class QCommandLineParser;

namespace Lifeboat {

// `lifeboat runs`: every run with its state (succeeded, failed, cancelled,
// declined, interrupted), newest first.
class RunsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunsCommand)

public:
    QString name() const override { return QStringLiteral("runs"); }
    QString summary() const override;

    // --report-dir, shared by the commands that look for runs.
    static QCommandLineOption runsDirectoryOption();
    static QString runsDirectory(const QCommandLineParser &parser);

protected:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Lifeboat
