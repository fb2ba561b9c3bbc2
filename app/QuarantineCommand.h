// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Lifeboat {

class ClusterProfile;

// `lifeboat quarantine list|purge`: what restores moved aside for a profile,
// run by run, and deleting it once the user is sure. Purging is the only
// place where Lifeboat deletes what a restore replaced, so it names every
// folder and asks first (or needs --yes).
class QuarantineCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(QuarantineCommand)

public:
    QString name() const override { return QStringLiteral("quarantine"); }
    QString summary() const override;

private:
    int list(const ClusterProfile &profile, bool json) const;
    int purge(const ClusterProfile &profile, const QString &runId, bool all, bool yes) const;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Lifeboat
