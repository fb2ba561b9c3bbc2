#include "Plan.h"

#include <QJsonArray>

namespace Lifeboat {

Plan::Plan(QString scenarioId, QVariantMap options)
    : m_scenarioId(std::move(scenarioId))
    , m_options(std::move(options))
{
}

void Plan::add(std::unique_ptr<Step> step)
{
    m_steps.push_back(std::move(step));
}

void Plan::addCleanup(std::unique_ptr<Step> step)
{
    m_cleanup.push_back({std::move(step), size() - 1});
}

QJsonObject Plan::outline() const
{
    auto describe = [](const Step &step) {
        return QJsonObject{{QStringLiteral("kind"), step.kind()},
                           {QStringLiteral("title"), step.title()},
                           {QStringLiteral("destructive"), step.isDestructive()}};
    };
    QJsonArray steps, cleanup;
    for (const auto &step : m_steps)
        steps.append(describe(*step));
    for (const auto &entry : m_cleanup) {
        QJsonObject json = describe(*entry.step);
        json.insert(QStringLiteral("armedBy"), entry.armedBy);
        cleanup.append(json);
    }
    return {{QStringLiteral("steps"), steps}, {QStringLiteral("cleanup"), cleanup}};
}

} // namespace Lifeboat
