#include "CheckPatchLevelStep.h"

#include <QFile>

namespace Lifeboat {

CheckPatchLevelStep::CheckPatchLevelStep(QStringList nodes, QHash<QString, QString> recorded)
    : m_nodes(std::move(nodes))
    , m_recorded(std::move(recorded))
{
}

QString CheckPatchLevelStep::title() const
{
    return tr("Check that %1 is at the patch level recorded in the backup").arg(m_nodes.join(QStringLiteral(", ")));
}

ChangeList CheckPatchLevelStep::preview(const StepContext &) const
{
    return {};
}

QString CheckPatchLevelStep::mismatch(const ClusterProfile &profile, const QString &nodeName, const QString &recorded)
{
    const NodeProfile *node = profile.node(nodeName);
    QFile file(node ? node->patchLevelFile : QString());
    if (!file.open(QIODevice::ReadOnly))
        return tr("%1's patch level cannot be read from %2.").arg(nodeName, file.fileName());
    const QString current = QString::fromUtf8(file.readAll()).trimmed();
    if (current == recorded.trimmed())
        return {};
    return tr("%1 is at \"%2\", but the backup was made at \"%3\".")
        .arg(nodeName, current.section(u'\n', 0, 0), recorded.trimmed().section(u'\n', 0, 0));
}

bool CheckPatchLevelStep::run(StepContext &context)
{
    for (const QString &node : m_nodes) {
        const QString problem = mismatch(context.profile(), node, m_recorded.value(node));
        if (!problem.isEmpty())
            return context.fail(problem + u' ' + tr("Apply the patches recorded in the backup (or remove newer ones) so the "
                                                    "levels match, then run the restore again. Nothing was restored yet."));
        context.info(tr("%1 is at the recorded patch level.").arg(node));
    }
    return true;
}

} // namespace Lifeboat
