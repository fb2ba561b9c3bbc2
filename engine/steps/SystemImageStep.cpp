// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SystemImageStep.h"

#include <hosts/Hosts.h>

#include <sandbox/SandboxBuilder.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Lifeboat {

SystemImageStep::SystemImageStep(QStringList nodes)
    : m_nodes(std::move(nodes))
{
}

QString SystemImageStep::title() const
{
    return tr("Re-create the system of %1 from its image and apply the recorded patches (if needed)")
        .arg(m_nodes.join(QStringLiteral(", ")));
}

QString SystemImageStep::details() const
{
    return tr("If a machine was lost, re-create it from its system image now, with the same DNS name, and apply the "
              "patches recorded in the backup. Confirm when that is done, or when it is not needed because the "
              "machine itself is fine.");
}

ChangeList SystemImageStep::preview(const StepContext &context) const
{
    // One item per thing the person does: the checklist they tick.
    ChangeList changes;
    for (const QString &name : m_nodes) {
        const NodeProfile *node = context.profile().node(name);
        changes.append({Change::Kind::Manual, tr("re-create %1 from its system image, with the same DNS name").arg(name),
                        tr("or tick it when the machine itself is fine")});
        changes.append({Change::Kind::Manual, tr("apply to %1 the patches recorded in the backup").arg(name),
                        tr("or tick it when they are applied already")});
        HostFiles::Entry level;
        if (context.profile().sandbox && node
            && context.hosts().files(context.profile().hostOf(*node)).stat(node->patchLevelFile, &level, nullptr) && !level.exists())
            changes.append({Change::Kind::Write, context.profile().onNode(*node, node->patchLevelFile).display(), tr("from the sandbox's system image, by Lifeboat"), 1, 0});
    }
    return changes;
}

bool SystemImageStep::run(StepContext &context)
{
    if (!context.profile().sandbox) {
        context.recordChange({Change::Kind::Manual, title(), tr("confirmed done or not needed by the user")});
        return true;
    }
    for (const QString &name : m_nodes) {
        const NodeProfile *node = context.profile().node(name);
        if (!node)
            continue;
        HostFiles &files = context.hosts().files(context.profile().hostOf(*node));
        HostFiles::Entry existing;
        QString error;
        if (!files.stat(node->patchLevelFile, &existing, &error))
            return context.fail(error);
        if (existing.exists())
            continue;
        const QByteArray level = SandboxBuilder::systemImagePatchLevel().toUtf8();
        if (!files.makeDirectory(node->appServerDir.isEmpty() ? QFileInfo(node->patchLevelFile).absolutePath() : node->appServerDir, &error)
            || !files.makeDirectory(QFileInfo(node->patchLevelFile).absolutePath(), &error)
            || !files.writeFile(node->patchLevelFile, level, -1, &error))
            return context.fail(tr("Cannot write %1.").arg(files.describe(node->patchLevelFile)) + u' ' + error);
        context.recordChange({Change::Kind::Write, files.describe(node->patchLevelFile), tr("re-created from the sandbox's system image"), 1, level.size()});
        context.info(tr("Re-created %1's system from the sandbox image.").arg(name));
    }
    return true;
}

} // namespace Lifeboat
