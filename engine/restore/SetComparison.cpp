// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SetComparison.h"

#include <profile/AemPaths.h>

namespace Lifeboat {

QStringList SetComparison::difference(const RestoredTree::Digests &expected, const RestoredTree::Digests &actual,
                                      const QString &what, int lines)
{
    if (expected.isEmpty())
        return {what + QStringLiteral(": the set holds nothing for it")};
    QStringList differences = RestoredTree::difference(expected, actual, lines);
    for (QString &line : differences)
        line.prepend(what + QStringLiteral(": "));
    return differences;
}

QStringList SetComparison::repository(const NodeProfile &node, const BackupSetManifest &set,
                                      const RestoredTree::Digests &actual, int lines)
{
    const BackupPart *part = node.isAuthor() ? set.authorRepository() : set.part(QStringLiteral("repository"), node.name);
    if (!part)
        return {node.name + QStringLiteral(": the set has no repository for it")};
    // A zip (online backup) holds the repository's contents at its root.
    const QString prefix = part->archiveFile.endsWith(QLatin1String(".zip")) ? QString() : QString(AemPaths::crxRepository) + u'/';
    auto expected = RestoredTree::expected(*part, prefix);
    if (node.role == NodeRole::Primary)
        expected = RestoredTree::promoteSecondaryFolder(expected);
    QStringList left = node.isAuthor() ? RestoredTree::authorRuntimeFiles()
                                       : QStringList{AemPaths::lock, QString(AemPaths::logs) + u'/'};
    // A secondary restored alone keeps its own crx.NNNN folder, and the
    // copy's folder of another node does not come in (ContentSwap::Kept).
    if (node.role == NodeRole::Secondary) {
        const auto folderOf = [](const RestoredTree::Digests &tree) {
            for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
                if (it.key().startsWith(QLatin1String("crx.")))
                    return it.key().section(u'/', 0, 0);
            }
            return QString();
        };
        const QString own = folderOf(actual), copied = folderOf(expected);
        if (!own.isEmpty() && !copied.isEmpty() && own != copied)
            left << own + u'/' << copied + u'/';
    }
    return difference(RestoredTree::without(expected, left), RestoredTree::without(actual, left), node.name, lines);
}

QStringList SetComparison::gds(const BackupSetManifest &set, const RestoredTree::Digests &actual, int lines)
{
    const BackupPart *part = set.part(QStringLiteral("gds"));
    if (!part)
        return {QStringLiteral("GDS: the set has no GDS")};
    RestoredTree::Digests expected;
    const auto backedUp = RestoredTree::expected(*part, QStringLiteral("DocumentStorage/"));
    for (auto it = backedUp.cbegin(); it != backedUp.cend(); ++it)
        expected.insert(it.key().startsWith(QLatin1String("backup/")) ? QStringLiteral("restore/") + it.key().mid(7) : it.key(),
                        it.value());
    return difference(expected, actual, QStringLiteral("GDS"), lines);
}

} // namespace Lifeboat
