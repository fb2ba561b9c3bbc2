// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <QUrl>

#include <optional>

namespace Lifeboat {

class HostFiles;

// Where an application server takes HTTP requests, as its own configuration
// says, read where it lives: JBoss's "http" socket binding on its public
// interface (standalone/configuration/*.xml, a port offset included), a
// WebLogic server's listen-address and listen-port (a domain's
// config/config.xml), a WebSphere server's WC_defaulthost endpoint
// (serverindex.xml). A ${property:default} takes its default; an address
// that listens everywhere (0.0.0.0, *, empty) is the host's own.
class HttpListenerReader
{
    Q_DECLARE_TR_FUNCTIONS(HttpListenerReader)

public:
    explicit HttpListenerReader(HostFiles &files);

    std::optional<QUrl> httpUrl(AppServerKind kind, const QString &appServerDir, const QString &hostAddress);
    QString why() const { return m_why; }

    // "${jboss.http.port:8080}" → "8080"; anything else as it is.
    static QString withDefault(const QString &value);

private:
    struct Listener
    {
        QString address;
        int port = 0;
    };
    static std::optional<Listener> read(AppServerKind kind, const QByteArray &xml);
    QStringList configurationFiles(AppServerKind kind, const QString &appServerDir);

    HostFiles &m_files;
    QString m_why;
};

} // namespace Lifeboat
