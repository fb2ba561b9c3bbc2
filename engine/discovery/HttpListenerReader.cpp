// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HttpListenerReader.h"

#include <discovery/ServerConfigurationFiles.h>
#include <hosts/HostFiles.h>

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Lifeboat {

HttpListenerReader::HttpListenerReader(HostFiles &files)
    : m_files(files)
{
}

QString HttpListenerReader::withDefault(const QString &value)
{
    static const QRegularExpression property(QStringLiteral("^\\$\\{[^:}]+:([^}]*)\\}$"));
    const QRegularExpressionMatch match = property.match(value.trimmed());
    return match.hasMatch() ? match.captured(1) : value.trimmed();
}

QStringList HttpListenerReader::configurationFiles(AppServerKind kind, const QString &appServerDir)
{
    switch (kind) {
    case AppServerKind::JBoss:
        return ServerConfigurationFiles::xmlIn(m_files, appServerDir + QStringLiteral("/standalone/configuration"));
    case AppServerKind::WebLogic: {
        QStringList files;
        for (const QString &domain : ServerConfigurationFiles::foldersIn(m_files, appServerDir + QStringLiteral("/user_projects/domains")))
            files.append(domain + QStringLiteral("/config/config.xml"));
        return files;
    }
    case AppServerKind::WebSphere:
        return ServerConfigurationFiles::namedBelow(m_files, appServerDir + QStringLiteral("/profiles"), QStringLiteral("serverindex.xml"));
    }
    return {};
}

std::optional<HttpListenerReader::Listener> HttpListenerReader::read(AppServerKind kind, const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    Listener listener;
    int offset = 0;
    bool publicInterface = false, inServer = false, adminServer = false, inWebContainer = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            const QStringView name = reader.name();
            if (kind == AppServerKind::WebLogic && name == QLatin1String("server")) {
                if (listener.port > 0 && !adminServer)
                    return listener;
                inServer = false;
            }
            if (name == QLatin1String("interface"))
                publicInterface = false;
            if (name == QLatin1String("specialEndpoints"))
                inWebContainer = false;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        const QStringView name = reader.name();
        const QXmlStreamAttributes attributes = reader.attributes();
        switch (kind) {
        case AppServerKind::JBoss:
            if (name == QLatin1String("interface"))
                publicInterface = attributes.value(QLatin1String("name")) == QLatin1String("public");
            else if (publicInterface && name == QLatin1String("inet-address"))
                listener.address = withDefault(attributes.value(QLatin1String("value")).toString());
            else if (name == QLatin1String("socket-binding-group"))
                offset = withDefault(attributes.value(QLatin1String("port-offset")).toString()).toInt();
            else if (name == QLatin1String("socket-binding") && attributes.value(QLatin1String("name")) == QLatin1String("http"))
                listener.port = withDefault(attributes.value(QLatin1String("port")).toString()).toInt();
            break;
        case AppServerKind::WebLogic:
            // A domain's administration server is not where AEM Forms answers.
            if (name == QLatin1String("server")) {
                inServer = true;
                adminServer = false;
                listener = {};
            } else if (inServer && name == QLatin1String("name")) {
                adminServer = reader.readElementText().trimmed() == QLatin1String("AdminServer");
            } else if (inServer && name == QLatin1String("listen-port")) {
                listener.port = reader.readElementText().trimmed().toInt();
            } else if (inServer && name == QLatin1String("listen-address")) {
                listener.address = reader.readElementText().trimmed();
            }
            break;
        case AppServerKind::WebSphere:
            if (name == QLatin1String("specialEndpoints"))
                inWebContainer = attributes.value(QLatin1String("endPointName")) == QLatin1String("WC_defaulthost");
            else if (inWebContainer && name == QLatin1String("endPoint"))
                return Listener{attributes.value(QLatin1String("host")).toString(), attributes.value(QLatin1String("port")).toInt()};
            break;
        }
    }
    if (kind == AppServerKind::JBoss && listener.port > 0) {
        listener.port += offset;
        return listener;
    }
    return std::nullopt;
}

std::optional<QUrl> HttpListenerReader::httpUrl(AppServerKind kind, const QString &appServerDir, const QString &hostAddress)
{
    const QStringList files = configurationFiles(kind, appServerDir);
    for (const QString &file : files) {
        QByteArray xml;
        QString error;
        if (!m_files.readFile(file, ServerConfigurationFiles::maxBytes, &xml, &error))
            continue;
        const auto listener = read(kind, xml);
        if (!listener || listener->port <= 0 || listener->port > 65535)
            continue;
        const bool everywhere = listener->address.isEmpty() || listener->address == QLatin1String("0.0.0.0")
            || listener->address == QLatin1String("*") || listener->address == QLatin1String("::");
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(everywhere ? hostAddress : listener->address);
        url.setPort(listener->port);
        return url;
    }
    m_why = files.isEmpty() ? tr("no configuration file of %1 in %2").arg(toString(kind), appServerDir)
                            : tr("none of %1 says where it takes HTTP requests").arg(files.join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace Lifeboat
