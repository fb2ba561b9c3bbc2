#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Lifeboat {

// `lifeboat prune`: keeps the N newest complete backup sets of a profile and
// deletes the older ones, plus unfinished (.partial) sets nothing has touched
// for 24 hours. Prints every removal; --dry-run only prints.
class PruneCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PruneCommand)

public:
    QString name() const override { return QStringLiteral("prune"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

private:
    static bool removeSet(const QString &directory, QString *error);
};

} // namespace Lifeboat
