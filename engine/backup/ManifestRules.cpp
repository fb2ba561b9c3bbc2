// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ManifestRules.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <backup/BackupSetManifest.h>
#include <backup/SetPathRules.h>
#include <profile/AemPaths.h>

namespace Lifeboat {

namespace {
const QLatin1String onlineZip{ "online zip" };

// The sources each kind of part has, as the backup writes them.
bool fitsKind(const QString &kind, const QString &archivePath)
{
    const QStringList components = archivePath.split(u'/');
    if (kind == QLatin1String("gds"))
        return archivePath == QLatin1String("DocumentStorage");
    if (kind == QLatin1String("repository"))
        return archivePath == AemPaths::crxRepository;
    if (kind == QLatin1String("connectors"))
        return archivePath == QLatin1String("connectors");
    if (kind == QLatin1String("fonts"))
        return QRegularExpression(QStringLiteral("^fonts-[1-9][0-9]{0,3}$")).match(archivePath).hasMatch();
    if (kind == QLatin1String("content-storage-root"))
        return AemPaths::contentStorageRootFolders().contains(archivePath);
    if (kind == QLatin1String("node-identity"))
        return components.size() == 2
            && (components[1] == QFileInfo(QString(AemPaths::clusterNodeId)).fileName()
                || components[1] == QFileInfo(QString(AemPaths::systemId)).fileName());
    if (kind == QLatin1String("bootstrap-properties"))
        return components.size() == 2;
    if (kind == QLatin1String("database"))
        return components.size() == 1;
    return false;
}

// The name a part of `kind` has.
bool namedAsItsKind(const QString &kind, const QString &name, const QString &node)
{
    if (kind == QLatin1String("repository"))
        return name == QStringLiteral("repository-") + node;
    if (kind == QLatin1String("database"))
        return name.startsWith(QLatin1String("database-")) && name.size() > 9;
    return name == kind;
}

bool isInside(const QString &path, const QString &source)
{
    return path == source || path.startsWith(source + u'/');
}

class Collector
{
public:
    explicit Collector(int limit)
        : m_limit(limit)
    { }
    bool full() const { return m_found.size() >= m_limit; }
    void add(const QString &text)
    {
        if (!full())
            m_found.append(text);
    }
    void notAPath(const QString &field, const QString &value)
    {
        add(ManifestRules::tr(
            "%1 is \"%2\", which is not a relative path inside the set (it is absolute, or has \"..\", "
            "\".\" or an empty component)")
                .arg(field, value));
    }
    void notAName(const QString &field, const QString &value)
    {
        add(ManifestRules::tr("%1 is \"%2\", which is not a plain file name").arg(field, value));
    }
    void notOfKind(const QString &field, const QString &value, const QString &kind)
    {
        add(ManifestRules::tr("%1 is \"%2\", which a part of kind \"%3\" never has").arg(field, value, kind));
    }
    QStringList result() const { return m_found; }

private:
    int m_limit;
    QStringList m_found;
};

void checkPart(const BackupPart &part, const QString &at, Collector &found)
{
    static const QStringList kinds{ QStringLiteral("database"), QStringLiteral("gds"),
        QStringLiteral("connectors"), QStringLiteral("fonts"), QStringLiteral("content-storage-root"),
        QStringLiteral("node-identity"), QStringLiteral("repository"),
        QStringLiteral("bootstrap-properties") };
    // Parts a restore puts in place of a whole directory: without sources,
    // the directory would be emptied.
    static const QStringList wholeDirectories{ QStringLiteral("gds"), QStringLiteral("connectors"),
        QStringLiteral("fonts"), QStringLiteral("content-storage-root"), QStringLiteral("repository"),
        QStringLiteral("database") };
    if (!kinds.contains(part.kind))
        found.add(ManifestRules::tr("%1 is \"%2\", which is not a kind of part Lifeboat writes")
                      .arg(at + QStringLiteral(".kind"), part.kind));
    else if (!namedAsItsKind(part.kind, part.name, part.node))
        found.notOfKind(at + QStringLiteral(".name"), part.name, part.kind);
    if (!SetPathRules::isSafeName(part.archiveFile))
        found.notAName(at + QStringLiteral(".archive"), part.archiveFile);
    if (part.sources.isEmpty() && (!part.files.isEmpty() || wholeDirectories.contains(part.kind)))
        found.add(ManifestRules::tr("%1 is empty, so nothing says where the %n file(s) of part %2 go",
            nullptr, int(part.files.size()))
                      .arg(at + QStringLiteral(".sources"), part.name));
    const bool zipped = part.kind == QLatin1String("repository")
        && part.archiveFile.endsWith(QLatin1String(".zip")) && part.sources.size() == 1
        && part.sources.first().archivePath == onlineZip;
    QStringList sources;
    for (qsizetype j = 0; !zipped && j < part.sources.size(); ++j) {
        const QString field = at + QStringLiteral(".sources[%1].archivePath").arg(j);
        const QString &archivePath = part.sources[j].archivePath;
        if (!SetPathRules::isSafeRelativePath(archivePath))
            found.notAPath(field, archivePath);
        else if (kinds.contains(part.kind) && !fitsKind(part.kind, archivePath))
            found.notOfKind(field, archivePath, part.kind);
        else
            sources.append(archivePath);
    }
    // A restore loads or puts back the file its source names.
    if (part.kind == QLatin1String("database")) {
        // Only here: a set of every path of a repository's part was 20 MB at 300,000 files.
        QSet<QString> paths;
        for (const BackupPart::File &file : part.files)
            paths.insert(file.path);
        for (qsizetype j = 0; j < part.sources.size(); ++j) {
            if (sources.contains(part.sources[j].archivePath) && !paths.contains(part.sources[j].archivePath))
                found.add(ManifestRules::tr("%1 is \"%2\", which is not among the files of part %3")
                              .arg(at + QStringLiteral(".sources[%1].archivePath").arg(j),
                                  part.sources[j].archivePath, part.name));
        }
    }
    for (qsizetype j = 0; j < part.files.size() && !found.full(); ++j) {
        const BackupPart::File &file = part.files[j];
        const QString field = at + QStringLiteral(".files[%1]").arg(j);
        if (!SetPathRules::isSafeRelativePath(file.path))
            found.notAPath(field + QStringLiteral(".path"), file.path);
        else if (!zipped && std::none_of(sources.cbegin(), sources.cend(), [&file](const QString &s) {
                     return isInside(file.path, s);
                 }))
            found.add(ManifestRules::tr("%1 is \"%2\", which is outside every source of part %3")
                          .arg(field + QStringLiteral(".path"), file.path, part.name));
        if (!file.sha256.isValid())
            found.add(ManifestRules::tr("%1 is \"%2\", which is not a SHA-256 (64 hexadecimal digits)")
                          .arg(field + QStringLiteral(".sha256"), file.sha256.hex()));
        if (!file.storedIn.isEmpty() && !SetPathRules::isSafeName(file.storedIn))
            found.notAName(field + QStringLiteral(".storedIn"), file.storedIn);
    }
    for (qsizetype j = 0; j < part.directories.size() && !found.full(); ++j) {
        const QString &path = part.directories[j].path;
        const QString field = at + QStringLiteral(".directories[%1].path").arg(j);
        if (!SetPathRules::isSafeRelativePath(path))
            found.notAPath(field, path);
        else if (!zipped && std::none_of(sources.cbegin(), sources.cend(), [&path](const QString &s) {
                     return isInside(path, s);
                 }))
            found.add(ManifestRules::tr("%1 is \"%2\", which is outside every source of part %3")
                          .arg(field, path, part.name));
    }
}
} // namespace

QStringList ManifestRules::breaches(const BackupSetManifest &manifest, int limit)
{
    Collector found(limit);
    for (qsizetype i = 0; i < manifest.nodes.size(); ++i) {
        if (!SetPathRules::isSafeName(manifest.nodes[i].name))
            found.notAName(QStringLiteral("topology.nodes[%1].name").arg(i), manifest.nodes[i].name);
    }
    if (!manifest.base.isEmpty() && !SetPathRules::isSafeName(manifest.base))
        found.notAName(QStringLiteral("base"), manifest.base);
    QSet<QString> names;
    for (qsizetype i = 0; i < manifest.parts.size() && !found.full(); ++i) {
        const BackupPart &part = manifest.parts[i];
        const QString at = QStringLiteral("parts[%1]").arg(i);
        if (!SetPathRules::isSafeName(part.name))
            found.notAName(at + QStringLiteral(".name"), part.name);
        else if (names.contains(part.name))
            found.add(
                tr("%1 is \"%2\", which another part has too").arg(at + QStringLiteral(".name"), part.name));
        names.insert(part.name);
        checkPart(part, at, found);
    }
    return found.result();
}

} // namespace Lifeboat
