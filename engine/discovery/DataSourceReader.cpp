// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DataSourceReader.h"

#include <discovery/ServerConfigurationFiles.h>
#include <hosts/HostFiles.h>

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Lifeboat {

namespace {
bool namesFormsDataSource(QStringView jndiName)
{
    // "java:/IDP_DS", "jdbc/IDP_DS", "IDP_DS"
    return jndiName == DataSourceReader::formsDataSource || jndiName.endsWith(u'/' + QString(DataSourceReader::formsDataSource))
        || jndiName.endsWith(u':' + QString(DataSourceReader::formsDataSource));
}
} // namespace

DataSourceReader::DataSourceReader(HostFiles &files)
    : m_files(files)
{
}

QStringList DataSourceReader::configurationFiles(AppServerKind kind, const QString &appServerDir)
{
    switch (kind) {
    case AppServerKind::JBoss:
        return ServerConfigurationFiles::xmlIn(m_files, appServerDir + QStringLiteral("/standalone/configuration"));
    case AppServerKind::WebLogic: {
        QStringList files;
        for (const QString &domain : ServerConfigurationFiles::foldersIn(m_files, appServerDir + QStringLiteral("/user_projects/domains")))
            files += ServerConfigurationFiles::xmlIn(m_files, domain + QStringLiteral("/config/jdbc"));
        return files;
    }
    case AppServerKind::WebSphere:
        return ServerConfigurationFiles::namedBelow(m_files, appServerDir + QStringLiteral("/profiles"), QStringLiteral("resources.xml"));
    }
    return {};
}

// The forms data source in one configuration file, in each server's shape.
std::optional<DataSourceReader::DataSource> DataSourceReader::read(AppServerKind kind, const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    DataSource found;
    bool inside = false;    // within the forms data source's element
    QString propertyName;   // WebLogic: the <name> of the <property> being read
    int depth = 0, insideDepth = -1;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            if (inside && depth == insideDepth)
                return found.url.isEmpty() ? std::nullopt : std::optional(found);
            --depth;
            continue;
        }
        if (!reader.isStartElement())
            continue;
        ++depth;
        const QStringView name = reader.name();
        switch (kind) {
        case AppServerKind::JBoss:
            if (name == QLatin1String("datasource") && namesFormsDataSource(reader.attributes().value(QLatin1String("jndi-name")))) {
                inside = true;
                insideDepth = depth;
            } else if (inside && name == QLatin1String("connection-url")) {
                found.url = reader.readElementText().trimmed();
                --depth;
            } else if (inside && name == QLatin1String("user-name")) {
                found.user = reader.readElementText().trimmed();
                --depth;
            }
            break;
        case AppServerKind::WebLogic:
            // One data source per file: the file is it when its jndi-name says so.
            if (name == QLatin1String("jdbc-data-source")) {
                inside = true;
                insideDepth = depth;
            } else if (name == QLatin1String("url")) {
                found.url = reader.readElementText().trimmed();
                --depth;
            } else if (name == QLatin1String("name")) {
                propertyName = reader.readElementText().trimmed();
                --depth;
            } else if (name == QLatin1String("value") && propertyName == QLatin1String("user")) {
                found.user = reader.readElementText().trimmed();
                --depth;
            } else if (name == QLatin1String("jndi-name") && !namesFormsDataSource(reader.readElementText().trimmed())) {
                return std::nullopt;
            } else if (name == QLatin1String("jndi-name")) {
                --depth;
            }
            break;
        case AppServerKind::WebSphere:
            if (name == QLatin1String("factories") && namesFormsDataSource(reader.attributes().value(QLatin1String("jndiName")))) {
                inside = true;
                insideDepth = depth;
            } else if (inside && name == QLatin1String("resourceProperties")) {
                const QStringView property = reader.attributes().value(QLatin1String("name"));
                if (property == QLatin1String("URL"))
                    found.url = reader.attributes().value(QLatin1String("value")).toString().trimmed();
                else if (property == QLatin1String("user"))
                    found.user = reader.attributes().value(QLatin1String("value")).toString().trimmed();
            }
            break;
        }
    }
    return std::nullopt;
}

std::optional<DatabaseProfile> DataSourceReader::formsDatabase(AppServerKind kind, const QString &appServerDir)
{
    const QStringList files = configurationFiles(kind, appServerDir);
    for (const QString &file : files) {
        QByteArray xml;
        QString error;
        if (!m_files.readFile(file, ServerConfigurationFiles::maxBytes, &xml, &error))
            continue;
        const auto source = read(kind, xml);
        if (!source)
            continue;
        auto database = fromJdbcUrl(source->url, &m_why);
        if (!database) {
            m_why = tr("%1 names the forms database with %2: %3").arg(file, source->url, m_why);
            return std::nullopt;
        }
        database->name = QStringLiteral("forms");
        database->user = source->user;
        if (database->kind != DatabaseKind::Sqlite)
            database->password = QStringLiteral("{secret:%1}").arg(formsSecret);
        return database;
    }
    m_why = files.isEmpty() ? tr("no configuration file of %1 in %2").arg(toString(kind), appServerDir)
                            : tr("none of %1 configures the data source %2").arg(files.join(QStringLiteral(", ")), QString(formsDataSource));
    return std::nullopt;
}

std::optional<DatabaseProfile> DataSourceReader::fromJdbcUrl(const QString &url, QString *why)
{
    DatabaseProfile database;
    if (url.startsWith(QLatin1String("jdbc:sqlite:"))) {
        database.kind = DatabaseKind::Sqlite;
        database.path = url.mid(12);
        return database;
    }
    static const QRegularExpression network(QStringLiteral("^jdbc:(mysql|mariadb|postgresql)://([^/:?;]+)(?::(\\d+))?/([^?;]+)"));
    const QRegularExpressionMatch match = network.match(url);
    if (!match.hasMatch()) {
        *why = tr("Lifeboat backs up MariaDB, MySQL, PostgreSQL and SQLite databases; this is not one of them.");
        return std::nullopt;
    }
    const bool postgres = match.captured(1) == QLatin1String("postgresql");
    database.kind = postgres ? DatabaseKind::PostgreSql : DatabaseKind::MariaDb;
    database.host = match.captured(2);
    database.port = match.captured(3).isEmpty() ? (postgres ? 5432 : 3306) : match.captured(3).toInt();
    database.database = match.captured(4);
    return database;
}

} // namespace Lifeboat
