// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RestoredTree.h"

#include <profile/AemPaths.h>
#include <restore/SecondaryFolder.h>
#include <restore/PathPatterns.h>
#include <support/Sha256.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>

namespace Lifeboat {

QString RestoredTree::linkDigest(const QString &target)
{
    return QStringLiteral("link:") + target;
}

RestoredTree::Digests RestoredTree::expected(const BackupPart &part, const QString &prefix)
{
    Digests digests;
    for (const BackupPart::File &file : part.files) {
        if (file.path.startsWith(prefix))
            digests.insert(file.path.mid(prefix.size()), file.isLink() ? linkDigest(file.linkTarget) : file.sha256.hex());
    }
    return digests;
}

RestoredTree::Digests RestoredTree::actual(const QString &root)
{
    Digests digests;
    // Links are compared by their targets, never followed.
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        const QFileInfo info = it.fileInfo();
        if (relative.startsWith(QLatin1String(".lifeboat-")) || (info.isDir() && !info.isSymLink()))
            continue;
        if (info.isSymLink()) {
            digests.insert(relative, linkDigest(info.readSymLink()));
            continue;
        }
        if (!info.isFile())
            continue;
        QFile file(path);
        Sha256 hash;
        if (file.open(QIODevice::ReadOnly) && hash.addData(&file))
            digests.insert(relative, QString::fromLatin1(hash.hexResult()));
    }
    return digests;
}

RestoredTree::Digests RestoredTree::without(Digests digests, const QStringList &patterns)
{
    digests.removeIf([&patterns](const auto &entry) { return PathPatterns::names(entry.key(), patterns); });
    return digests;
}

RestoredTree::Digests RestoredTree::promoteSecondaryFolder(const Digests &digests)
{
    Digests result = digests;
    for (auto it = digests.cbegin(); it != digests.cend(); ++it) {
        const qsizetype slash = it.key().indexOf(u'/');
        if (slash < 0 || !SecondaryFolder::isName(it.key().left(slash)))
            continue;
        result.insert(QStringLiteral("repository/") + it.key().mid(slash + 1), it.value());
        result.remove(it.key());
    }
    return result;
}

QStringList RestoredTree::difference(const Digests &expected, const Digests &actual, int lines)
{
    QStringList found;
    for (auto it = expected.cbegin(); it != expected.cend() && found.size() < lines; ++it) {
        if (!actual.contains(it.key()))
            found.append(QStringLiteral("missing: ") + it.key());
        else if (actual.value(it.key()) != it.value())
            found.append(QStringLiteral("differs: ") + it.key());
    }
    for (auto it = actual.cbegin(); it != actual.cend() && found.size() < lines; ++it) {
        if (!expected.contains(it.key()))
            found.append(QStringLiteral("unexpected: ") + it.key());
    }
    return found;
}

QStringList RestoredTree::authorRuntimeFiles()
{
    return AemPaths::runtimeFiles() + QStringList{QString(AemPaths::logs) + u'/', AemPaths::clusterNodeId, AemPaths::clustered};
}

} // namespace Lifeboat
