// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxPlanStep.h"

#include <cluster/NodeController.h>
#include <run/PlanWalk.h>
#include <sandbox/SandboxLayout.h>

#include <QLocale>
#include <QDir>
#include <QElapsedTimer>

namespace Lifeboat {

namespace {
// Passes what the inner steps log and how far they are on to the outer step.
class Relay final : public StepObserver
{
public:
    explicit Relay(StepContext &outer)
        : m_outer(outer)
    {
    }
    void stepLogged(LogRecord::Level level, const QString &message) override { m_outer.log(level, message); }
    void stepProgressed(qint64, qint64) override {}

private:
    StepContext &m_outer;
};
} // namespace

SandboxPlanStep::SandboxPlanStep(QString title, QString sandboxDirectory, PlanBuilder build, bool timed)
    : m_title(std::move(title))
    , m_directory(std::move(sandboxDirectory))
    , m_build(std::move(build))
    , m_timed(timed)
{
}

QString SandboxPlanStep::details() const
{
    return tr("Runs against the sandbox cluster in %1 only. Production is not touched.").arg(m_directory);
}

ChangeList SandboxPlanStep::preview(const StepContext &) const
{
    return {{Change::Kind::Overwrite, m_directory, tr("the sandbox cluster there only")}};
}

bool SandboxPlanStep::run(StepContext &context)
{
    QString error;
    const auto sandbox = ClusterProfile::load(QDir(m_directory).filePath(SandboxLayout::profileFile()), &error);
    if (!sandbox)
        return context.fail(error);
    const NodeController nodes(*sandbox);
    const auto plan = m_build(*sandbox);
    Relay relay(context);
    QElapsedTimer clock;
    clock.start();
    // Inner steps run in the outer run, whose id names their scratch and
    // quarantine folders; only the outer step is cancelled, between them.
    const auto runInner = [&](Step &step) {
        StepContext inner(*sandbox, nodes, plan->options(), context.runDirectory(), nullptr, &relay);
        const bool ok = step.run(inner);
        error = inner.errorString();
        return ok;
    };
    int lastStarted = -1;
    const bool succeeded = PlanWalk::mainSteps(*plan, 0, [&](int index) {
        if (context.isCancelled())
            return context.failCancelled();
        lastStarted = index;
        Step &step = plan->step(index);
        context.info(tr("[%1/%2] %3").arg(index + 1).arg(plan->size()).arg(step.title()));
        if (!runInner(step))
            return context.fail(tr("On the sandbox, \"%1\" failed: %2").arg(step.title(), error));
        context.progress(index + 1, plan->size());
        return true;
    });
    const double seconds = clock.elapsed() / 1000.0;
    PlanWalk::cleanupSteps(*plan, lastStarted, [&](int index) {
        Step &step = *plan->cleanup(index).step;
        context.info(tr("Cleaning up on the sandbox: %1").arg(step.title()));
        if (!runInner(step)) // reported; the other cleanup steps still run
            context.warn(tr("On the sandbox, \"%1\" failed: %2").arg(step.title(), error));
    });
    if (!succeeded || !m_timed)
        return succeeded;
    context.recordChange({Change::Kind::Manual, tr("recovery time"), tr("%1 s to restore the set and start the cluster").arg(QLocale().toString(seconds, 'f', 1))});
    context.info(tr("The restore took %1 s, from the first unpacked file to the last node up.").arg(QLocale().toString(seconds, 'f', 1)));
    return true;
}

} // namespace Lifeboat
