// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScenarioOption.h"

#include <run/OptionNames.h>

namespace Lifeboat {

QString ScenarioOption::label() const
{
    if (name == OptionNames::backupSet)
        return tr("Backup set");
    if (name == OptionNames::compression)
        return tr("Compression");
    if (name == OptionNames::delay)
        return tr("Delay");
    if (name == OptionNames::full)
        return tr("Full backup");
    if (name == OptionNames::into)
        return tr("Rehearsal directory");
    if (name == OptionNames::keepDatabases)
        return tr("Keep the databases");
    if (name == OptionNames::label)
        return tr("Label");
    if (name == OptionNames::node)
        return tr("Node");
    if (name == OptionNames::repository)
        return tr("Restore the repository too");
    if (name == OptionNames::run)
        return tr("Run to roll back");
    if (name == OptionNames::target)
        return tr("Target");
    if (name == OptionNames::timeout)
        return tr("Timeout");
    return name;
}

bool ScenarioOption::accepts(const QVariant &value) const
{
    switch (kind) {
    case Kind::Choice:
        return choices.contains(value.toString());
    case Kind::Integer: {
        bool ok = false;
        const int number = value.toString().toInt(&ok);
        return ok && number >= minimum && number <= maximum;
    }
    case Kind::Flag:
    case Kind::Text:
    case Kind::Directory:
    case Kind::Node:
    case Kind::BackupSet:
        break;
    }
    return true;
}

} // namespace Lifeboat
