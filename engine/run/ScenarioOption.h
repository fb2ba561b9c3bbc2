#pragma once

#include <QString>
#include <QVariant>

namespace Lifeboat {

// One option a scenario takes, shown in --help, on the wizard's options page
// and checked before the plan is built. An empty valueName makes it a flag.
struct ScenarioOption
{
    QString name;
    QString valueName;
    QString description;
    QVariant defaultValue;
    bool required = false;

    bool isFlag() const { return valueName.isEmpty(); }
};

} // namespace Lifeboat
