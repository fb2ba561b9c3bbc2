// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>

#include <QString>

namespace Lifeboat {

// Where each part of a sandbox cluster lives, relative to its directory. The
// shapes follow a real AEM Forms install: the GDS at the app server's default
// path, the bootstrap properties where that app server keeps them.
class SandboxLayout
{
public:
    SandboxLayout() = delete;

    static QString nodeDirectory(const QString &node);
    static QString repository(const QString &node);
    static QString appServerDirectory(AppServerKind kind, const QString &node);
    static QString bootstrapProperties(AppServerKind kind, const QString &node);
    // The file that marks the application server's installation, as on a
    // real server (JBoss's start script, a WebLogic domain's config.xml, a
    // WebSphere profile's start script): what discovery looks for.
    static QString appServerMarker(AppServerKind kind, const QString &node);
    // Where the application server configures the forms data source
    // (IDP_DS), in that server's own format.
    static QString appServerDataSource(AppServerKind kind, const QString &node);
    // Where the application server says it takes HTTP requests.
    static QString appServerListener(AppServerKind kind, const QString &node);
    static QString gds(AppServerKind kind);
    static QString serverLog(const QString &node);
    // The slow-stop fault's file beside a node's crx-repository: it holds
    // how many seconds the node keeps its repository locked after its next
    // stop command.
    static QString slowStopMarker(const QString &repository);

    static QString profileFile() { return QStringLiteral("cluster.json"); }
    static QString settingsFile() { return QStringLiteral("sandbox.json"); }
    static QString secretsFile() { return QStringLiteral("secrets.json"); }
    static QString formsDatabase() { return QStringLiteral("db/forms.db"); }
    static QString adminSecret() { return QStringLiteral("sandbox-admin"); }
    // Where a sandbox node answers whether it is up.
    static QString statusPath() { return QStringLiteral("/lifeboat/status"); }
    // AEM's own: the Felix console's bundle list, which answers while AEM is up.
    static QString aemStatusPath() { return QStringLiteral("/system/console/bundles.json"); }
};

} // namespace Lifeboat
