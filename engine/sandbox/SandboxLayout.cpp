// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxLayout.h"

#include <QFileInfo>

namespace Lifeboat {

QString SandboxLayout::nodeDirectory(const QString &node)
{
    return QStringLiteral("nodes/%1").arg(node);
}

QString SandboxLayout::repository(const QString &node)
{
    return nodeDirectory(node) + QStringLiteral("/crx-repository");
}

QString SandboxLayout::appServerDirectory(AppServerKind kind, const QString &node)
{
    return nodeDirectory(node) + u'/' + toString(kind);
}

QString SandboxLayout::bootstrapProperties(AppServerKind kind, const QString &node)
{
    const QString server = appServerDirectory(kind, node);
    const QString file = QStringLiteral("crx-bootstrap.properties");
    switch (kind) {
    case AppServerKind::JBoss: return server + QStringLiteral("/bin/") + file;
    case AppServerKind::WebLogic: return server + QStringLiteral("/user_projects/domains/lc_domain/") + file;
    case AppServerKind::WebSphere: return server + QStringLiteral("/profiles/AppSrv01/") + file;
    }
    return {};
}

QString SandboxLayout::appServerMarker(AppServerKind kind, const QString &node)
{
    const QString server = appServerDirectory(kind, node);
    switch (kind) {
    case AppServerKind::JBoss: return server + QStringLiteral("/bin/standalone.sh");
    case AppServerKind::WebLogic: return server + QStringLiteral("/user_projects/domains/lc_domain/config/config.xml");
    case AppServerKind::WebSphere: return server + QStringLiteral("/profiles/AppSrv01/bin/startServer.sh");
    }
    return {};
}

QString SandboxLayout::appServerDataSource(AppServerKind kind, const QString &node)
{
    const QString server = appServerDirectory(kind, node);
    switch (kind) {
    case AppServerKind::JBoss: return server + QStringLiteral("/standalone/configuration/standalone.xml");
    case AppServerKind::WebLogic: return server + QStringLiteral("/user_projects/domains/lc_domain/config/jdbc/IDP_DS-jdbc.xml");
    case AppServerKind::WebSphere:
        return server + QStringLiteral("/profiles/AppSrv01/config/cells/lc_cell/nodes/%1/servers/server1/resources.xml").arg(node);
    }
    return {};
}

QString SandboxLayout::appServerListener(AppServerKind kind, const QString &node)
{
    switch (kind) {
    case AppServerKind::JBoss: return appServerDataSource(kind, node); // standalone.xml says both
    case AppServerKind::WebLogic: return appServerMarker(kind, node);  // the domain's config.xml
    case AppServerKind::WebSphere:
        return appServerDirectory(kind, node)
            + QStringLiteral("/profiles/AppSrv01/config/cells/lc_cell/nodes/%1/serverindex.xml").arg(node);
    }
    return {};
}

QString SandboxLayout::gds(AppServerKind kind)
{
    switch (kind) {
    case AppServerKind::JBoss: return QStringLiteral("shared/jboss/server/lc_cluster/svcnative/DocumentStorage");
    case AppServerKind::WebLogic:
        return QStringLiteral("shared/weblogic/user_projects/domains/lc_domain/lc_server1/adobe/AEMformsserver/DocumentStorage");
    case AppServerKind::WebSphere: return QStringLiteral("shared/websphere/installedApps/adobe/server1/DocumentStorage");
    }
    return {};
}

QString SandboxLayout::serverLog(const QString &node)
{
    return nodeDirectory(node) + QStringLiteral("/server.log");
}

QString SandboxLayout::slowStopMarker(const QString &repository)
{
    return QFileInfo(repository).absolutePath() + QStringLiteral("/slow-stop");
}

} // namespace Lifeboat
