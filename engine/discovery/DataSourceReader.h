// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <profile/DatabaseProfile.h>

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Lifeboat {

class HostFiles;

// The forms database as an application server's own configuration names it:
// the data source AEM Forms uses (IDP_DS) in JBoss's
// standalone/configuration/*.xml, a WebLogic domain's config/jdbc/*.xml or a
// WebSphere profile's resources.xml, read where it lives and never changed.
// Its JDBC URL gives the kind, host, port and database; the password is never
// read: the profile gets a {secret:…} reference to fill in.
class DataSourceReader
{
    Q_DECLARE_TR_FUNCTIONS(DataSourceReader)

public:
    static constexpr QLatin1StringView formsDataSource{"IDP_DS"};
    // What the profile's password refers to, for the person to provide.
    static constexpr QLatin1StringView formsSecret{"forms-db"};

    explicit DataSourceReader(HostFiles &files);

    // The forms database `kind` installed in `appServerDir` is configured
    // with, or nothing and why().
    std::optional<DatabaseProfile> formsDatabase(AppServerKind kind, const QString &appServerDir);
    QString why() const { return m_why; }

    // jdbc:mysql:// and jdbc:mariadb:// (MariaDB), jdbc:postgresql://, jdbc:sqlite:PATH.
    static std::optional<DatabaseProfile> fromJdbcUrl(const QString &url, QString *why);

private:
    struct DataSource
    {
        QString url;
        QString user;
    };
    QStringList configurationFiles(AppServerKind kind, const QString &appServerDir);
    static std::optional<DataSource> read(AppServerKind kind, const QByteArray &xml);

    HostFiles &m_files;
    QString m_why;
};

} // namespace Lifeboat
