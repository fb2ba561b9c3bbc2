// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "Command.h"

#include <QCoreApplication>

class QCommandLineParser;

namespace Lifeboat {

// `lifeboat verify`: reads every archive of a backup set back and checks every
// file against the manifest and every archive against SHA256SUMS; exit 3 and
// every damaged file named if anything differs. Records the result in the
// set's verification.json, which `lifeboat backups` shows.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;

protected:
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace Lifeboat
