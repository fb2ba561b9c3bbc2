#pragma once

#include <run/Step.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Starts nodes in the order given (the primary first) and waits until each is
// up before the next, as the seed demands. Nodes already running are left
// alone, so repeating the step is safe.
class StartNodesStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(StartNodesStep)

public:
    explicit StartNodesStep(QStringList nodes);

    QString kind() const override { return QStringLiteral("start-nodes"); }
    QString title() const override;
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    bool waitUntilUp(StepContext &context, const QString &name) const;

    QStringList m_nodes;
};

} // namespace Lifeboat
