// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <sandbox/DeterministicData.h>
#include <sandbox/SandboxHosts.h>
#include <sandbox/SandboxOptions.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace Lifeboat {

// Builds a training sandbox: a whole AEM Forms cluster on disk (nodes with
// their crx-repository, the shared GDS, fonts, connectors, Content Storage
// Root, the forms database) and the cluster profile that describes it. The
// content is the same for the same seed. The cluster is built in a staging
// directory beside the target and renamed into place when complete, so a
// failed create leaves nothing behind. With `hosts`, each node's files go to
// a host of its own and the shared storage to the storage host (see
// SandboxHosts); the content is the same as without, for the same seed.
class SandboxBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SandboxBuilder)

public:
    // The patch level every sandbox node is built at: what re-creating a
    // sandbox node "from its system image" puts back.
    static QString systemImagePatchLevel();
    SandboxBuilder(QString directory, SandboxOptions options);
    // The options a sandbox was built with, as far as its profile and the
    // settings file this class writes tell (a reset builds it again alike).
    static SandboxOptions optionsOf(const ClusterProfile &profile);

    [[nodiscard]] bool create();
    QString errorString() const { return m_error; }
    QString profilePath() const;

private:
    bool checkTarget();
    bool checkOptions();
    bool build();
    QList<std::pair<QString, QByteArray>> appServerFiles(const NodeProfile &node) const;
    QList<std::pair<QString, QByteArray>> controlScripts(const NodeProfile &node) const;
    bool writeScripts(const NodeProfile &node);
    bool writeAuthorNode(const NodeProfile &node, int index);
    bool writeRepositoryContent(const QString &repository, quint64 contentSeed, qint64 budget, bool author);
    bool writePublishNode(const NodeProfile &node);
    bool writeNodeIdentity(const NodeProfile &node, int index);
    bool writeSharedStorage();
    bool writeGdsAndDatabase(qint64 budget);
    bool writeSettingsAndSecrets();
    bool placeOnHosts();
    bool prepareStorage();
    void moveProfileToStorage();
    void moveProfileToHosts();
    bool trustHosts();
    bool writeFile(const QString &relativePath, const QByteArray &data);
    bool copyTree(const QString &from, const QString &to);
    ClusterProfile makeProfile();

    QString m_directory;
    QString m_staging;
    SandboxOptions m_options;
    DeterministicData m_data;
    ClusterProfile m_profile;
    std::optional<SandboxHosts> m_hosts;
    QString m_error;
};

} // namespace Lifeboat
