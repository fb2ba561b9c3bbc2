// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupModeArguments.h"

#include <QUrlQuery>

namespace Lifeboat {

QStringList BackupModeArguments::commands()
{
    return {QStringLiteral("enter"), QStringLiteral("leave"), QStringLiteral("enterContinuousCoverage"),
            QStringLiteral("leaveContinuousCoverage")};
}

std::optional<BackupModeArguments> BackupModeArguments::parse(const QStringList &arguments, QString *error)
{
    BackupModeArguments result;
    result.command = arguments.value(0);
    if (!commands().contains(result.command)) {
        *error = tr("lcbackupmode needs one of: %1").arg(commands().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    for (const QString &argument : arguments.mid(1)) {
        const qsizetype equals = argument.indexOf(u'=');
        if (!argument.startsWith(u'-') || equals < 0) {
            *error = tr("unexpected argument '%1'").arg(argument);
            return std::nullopt;
        }
        const QString name = argument.mid(1, equals - 1).toLower();
        const QString value = argument.mid(equals + 1);
        if (name == QLatin1String("host")) {
            result.host = value;
        } else if (name == QLatin1String("port")) {
            bool ok = false;
            result.port = value.toInt(&ok);
            if (!ok || result.port < 1 || result.port > 65535) {
                *error = tr("-port must be a number from 1 to 65535, not '%1'").arg(value);
                return std::nullopt;
            }
        } else if (name == QLatin1String("user")) {
            result.user = value;
        } else if (name == QLatin1String("password")) {
            result.password = value;
        } else if (name == QLatin1String("label")) {
            result.label = value;
        } else if (name == QLatin1String("timeout")) {
            result.timeout = value;
        } else {
            *error = tr("unexpected argument '%1'").arg(argument);
            return std::nullopt;
        }
    }
    // A host that is no host would make the request go nowhere, or elsewhere.
    QUrl probe;
    probe.setHost(result.host, QUrl::StrictMode);
    if (result.host.isEmpty() || !probe.isValid() || probe.host().isEmpty()) {
        *error = tr("-host is not a host name or address: '%1'").arg(result.host);
        return std::nullopt;
    }
    return result;
}

QUrl BackupModeArguments::url(const QString &backupModePath) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(backupModePath + command);
    QUrlQuery query;
    if (label)
        query.addQueryItem(QStringLiteral("label"), *label);
    if (timeout)
        query.addQueryItem(QStringLiteral("timeout"), *timeout);
    url.setQuery(query);
    return url;
}

} // namespace Lifeboat
