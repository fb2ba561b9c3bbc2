#pragma once

#include <run/Scenario.h>

#include <QStringList>

namespace Lifeboat {

// Every scenario Lifeboat knows, by id. The wizard and the command line both
// find scenarios here.
class ScenarioRegistry
{
public:
    ScenarioRegistry() = delete;

    static const Scenario *find(const QString &id);
    static QList<const Scenario *> all();
    static QStringList ids();
};

} // namespace Lifeboat
