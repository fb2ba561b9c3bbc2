// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <profile/ClusterProfile.h>

#include <QCoreApplication>

#include <optional>

class QCommandLineParser;

namespace Lifeboat {

// `lifeboat profile check FILE`: loads a cluster profile the way every other
// command does, touching nothing on the cluster, and lists every problem at
// once, one per line as FILE:LINE:COLUMN: key path: message (exit 64), or
// says that it is valid (exit 0).
class ProfileCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCommand)

public:
    QString name() const override { return QStringLiteral("profile"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;

private:
    // The profile, with every problem (warnings too) on standard error.
    static std::optional<ClusterProfile> load(const QString &file);
    // `profile test FILE`: every read-only check of the profile against the cluster.
    static int test(const QString &file, const QStringList &trusted);
};

} // namespace Lifeboat
