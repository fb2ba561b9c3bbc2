// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/CommandTemplate.h>

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Lifeboat {

enum class NodeRole { Primary, Secondary, Publish };

// One AEM node of a cluster profile: where its files are and how to control
// it. Paths are absolute once the profile is loaded.
struct NodeProfile
{
    QString name;
    NodeRole role = NodeRole::Secondary;
    QString host;
    QString repository;          // the node's crx-repository
    QString appServerDir;
    QString bootstrapProperties; // the app server's bootstrap properties file
    QString errorLog;            // AEM's error.log, where "repository unsync" shows
    QString patchLevelFile;      // the recorded system version and patches
    QString indexRoot;           // Content Services' Index Root on this node, if any
    QStringList tempDirectories; // AEM forms temporary files (java.io.tmpdir, Adobe temp)

    QUrl httpUrl;                // AEM's HTTP interface (online backup, status)
    QString httpUser;
    QString httpPassword;        // usually a {secret:NAME} reference
    QString statusPath;          // GET here answers 200 while the node is up

    CommandTemplate start;
    CommandTemplate stop;
    int controlTimeoutSeconds = 120;

    bool isAuthor() const { return role != NodeRole::Publish; }
    // AEM's console paths below the node's URL, keeping its context path
    // (AEM Forms on JEE serves AEM under /lc).
    QUrl consoleUrl(const QString &path) const
    {
        QUrl url = httpUrl;
        QString base = url.path();
        while (base.endsWith(u'/'))
            base.chop(1);
        url.setPath(base + path);
        return url;
    }
};

QString toString(NodeRole role);
bool nodeRoleFromString(const QString &text, NodeRole *role);

} // namespace Lifeboat
