// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ScenarioOption.h"

namespace Lifeboat {

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
