#pragma once

#include <backup/BackupPart.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Lifeboat {

// What a complete backup set says about itself (its manifest.json): when and
// how it was made, for which cluster, the topology and patch levels at that
// time, and every part with its files. Recovery plans are built from it.
class BackupSetManifest
{
    Q_DECLARE_TR_FUNCTIONS(BackupSetManifest)

public:
    struct Node
    {
        QString name;
        QString role;
        QString clusterNodeId;
        QString systemId;
    };

    QString directory;
    QString setId;
    QDateTime time;
    QString strategy;
    QString label;
    QString profileName;
    QString primary;
    QList<Node> nodes;
    QHash<QString, QString> patchLevels; // node name -> the recorded patch level text
    QList<BackupPart> parts;

    static std::optional<BackupSetManifest> load(const QString &setDirectory, QString *error);

    const Node *node(const QString &name) const;
    // The first part of `kind` (for `node`, when given).
    const BackupPart *part(const QString &kind, const QString &node = {}) const;
    // The author repository the set holds (the copy of one secondary, or of
    // the primary on a one-node cluster).
    const BackupPart *authorRepository() const;
    bool hasPart(const QString &name) const;
    QString archivePath(const BackupPart &part) const;
    qint64 unpackedBytes(const QStringList &partNames) const;
};

} // namespace Lifeboat
