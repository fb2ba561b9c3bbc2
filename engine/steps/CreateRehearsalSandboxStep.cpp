// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CreateRehearsalSandboxStep.h"

#include <sandbox/SandboxBuilder.h>
#include <sandbox/SandboxLayout.h>

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace Lifeboat {

CreateRehearsalSandboxStep::CreateRehearsalSandboxStep(QString directory, QStringList authors, QStringList publish,
                                                       AppServerKind appServer, QHash<QString, QString> patchLevels, QString clusterName)
    : m_directory(std::move(directory))
    , m_authors(std::move(authors))
    , m_publish(std::move(publish))
    , m_appServer(appServer)
    , m_patchLevels(std::move(patchLevels))
    , m_clusterName(std::move(clusterName))
{
}

QString CreateRehearsalSandboxStep::title() const
{
    return tr("Build a fresh sandbox copy of the recorded topology in %1").arg(m_directory);
}

ChangeList CreateRehearsalSandboxStep::preview(const StepContext &) const
{
    return {{Change::Kind::Write, m_directory,
             tr("a sandbox cluster: %1 author node(s) (%2), %3 publish node(s)")
                 .arg(m_authors.size()).arg(m_authors.join(QStringLiteral(", "))).arg(m_publish.size())}};
}

bool CreateRehearsalSandboxStep::run(StepContext &context)
{
    const QString profilePath = QDir(m_directory).filePath(SandboxLayout::profileFile());
    if (!QFileInfo::exists(profilePath)) {
        SandboxOptions options;
        options.authorNodes = int(m_authors.size());
        options.publishNodes = int(m_publish.size());
        options.appServer = m_appServer;
        options.sizeMb = 1; // replaced by the set's contents anyway
        options.documentsPerMinute = 0;
        SandboxBuilder builder(m_directory, options);
        if (!builder.create())
            return context.fail(builder.errorString());
        context.recordChange({Change::Kind::Write, m_directory, tr("rehearsal sandbox")});
    }
    return adopt(context);
}

bool CreateRehearsalSandboxStep::adopt(StepContext &context) const
{
    // The sandbox names its nodes node1…, publish1…; the rehearsal gives
    // them the recorded names and patch levels, in the same order.
    const QString profilePath = QDir(m_directory).filePath(SandboxLayout::profileFile());
    QString error;
    auto profile = ClusterProfile::load(profilePath, &error);
    if (!profile)
        return context.fail(error);
    int author = 0, publish = 0;
    for (NodeProfile &node : profile->nodes) {
        node.name = node.isAuthor() ? m_authors.value(author++) : m_publish.value(publish++);
        QSaveFile level(node.patchLevelFile);
        const QByteArray text = m_patchLevels.value(node.name).toUtf8() + '\n';
        if (!level.open(QIODevice::WriteOnly) || level.write(text) != text.size() || !level.commit())
            return context.fail(tr("Cannot write %1.").arg(node.patchLevelFile));
    }
    profile->name = m_clusterName;
    if (!profile->save(profilePath, &error))
        return context.fail(error);
    context.info(tr("The rehearsal cluster %1 is ready in %2.").arg(m_clusterName, m_directory));
    return true;
}

} // namespace Lifeboat
