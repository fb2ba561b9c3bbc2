// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "KnownHosts.h"

#include <logging/Logging.h>
#include <logging/Subsystem.h>
#include <support/DataPaths.h>
#include <support/ExternalCommand.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace Lifeboat {

namespace {

constexpr int keygenTimeoutMs = 10000;

QString sshKeygen()
{
    return QStringLiteral("ssh-keygen");
}

// ssh prefers these types in this order; a host's keys are shown the same way.
int preference(const QString &type)
{
    static const QStringList order{QStringLiteral("ED25519"), QStringLiteral("ECDSA"), QStringLiteral("RSA")};
    const qsizetype index = order.indexOf(type);
    return index < 0 ? int(order.size()) : int(index);
}

QString normalized(QString fingerprint)
{
    fingerprint = fingerprint.trimmed();
    if (!fingerprint.isEmpty() && !fingerprint.startsWith(QLatin1String("SHA256:")))
        fingerprint.prepend(QLatin1String("SHA256:"));
    return fingerprint;
}

} // namespace

KnownHosts::KnownHosts(QString filePath)
    : m_filePath(std::move(filePath))
{ }

QString KnownHosts::defaultFilePath()
{
    return QDir(DataPaths::dataDirectory()).filePath(QStringLiteral("known_hosts"));
}

QString KnownHosts::hostName(const HostProfile &host)
{
    if (host.port == 22)
        return host.address;
    return QStringLiteral("[%1]:%2").arg(host.address).arg(host.port);
}

bool KnownHosts::fingerprintOf(const QString &keyLine, QString *fingerprint, QString *type, QString *error)
{
    // "256 SHA256:… comment (ED25519)"
    const auto result = ExternalCommand::run(sshKeygen(),
                                             {QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-l"),
                                              QStringLiteral("-f"), QStringLiteral("-")},
                                             keygenTimeoutMs, keyLine.toUtf8() + '\n');
    const QStringList fields = QString::fromUtf8(result.out).trimmed().split(u' ', Qt::SkipEmptyParts);
    if (!result.succeeded() || fields.size() < 3 || !fields.at(1).startsWith(QLatin1String("SHA256:"))) {
        *error = tr("ssh-keygen cannot read a host key: %1").arg(ExternalCommand::firstError(result));
        return false;
    }
    *fingerprint = fields.at(1);
    QString last = fields.last();
    if (type)
        *type = last.startsWith(u'(') && last.endsWith(u')') ? last.mid(1, last.size() - 2) : QString();
    return true;
}

bool KnownHosts::lookUp(const HostProfile &host, QList<QPair<int, QString>> *lines, QStringList *fingerprints,
                        QString *error) const
{
    if (!QFileInfo::exists(m_filePath))
        return true;
    // "# Host NAME found: line N" then "NAME TYPE SHA256:…", for each key.
    const auto result = ExternalCommand::run(
        sshKeygen(),
        {QStringLiteral("-F"), hostName(host), QStringLiteral("-l"), QStringLiteral("-f"), m_filePath},
        keygenTimeoutMs);
    if (result.error.isEmpty() && result.exitCode == 1)
        return true; // not found
    if (!result.succeeded()) {
        *error = tr("ssh-keygen cannot read %1: %2").arg(m_filePath, ExternalCommand::firstError(result));
        return false;
    }
    int lineNumber = 0;
    for (const QString &line : QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#')) {
            lineNumber = line.section(QLatin1String("found: line "), 1).trimmed().toInt();
            continue;
        }
        const QStringList fields = line.split(u' ', Qt::SkipEmptyParts);
        if (fields.size() < 3)
            continue;
        if (lines && lineNumber > 0)
            lines->append({lineNumber, fields.at(1)});
        if (fingerprints)
            fingerprints->append(fields.at(2));
    }
    return true;
}

bool KnownHosts::knownFingerprints(const HostProfile &host, QStringList *fingerprints, QString *error) const
{
    fingerprints->clear();
    return lookUp(host, nullptr, fingerprints, error);
}

bool KnownHosts::scan(const HostProfile &host, QList<OfferedKey> *keys, QString *error, int timeoutSeconds) const
{
    keys->clear();
    const auto result
        = ExternalCommand::run(QStringLiteral("ssh-keyscan"),
                               {QStringLiteral("-T"), QString::number(timeoutSeconds), QStringLiteral("-p"),
                                QString::number(host.port), QStringLiteral("--"), host.address},
                               (timeoutSeconds + 5) * 1000);
    for (const QString &line : QString::fromUtf8(result.out).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        OfferedKey key;
        // Named as this file names the host, whatever ssh-keyscan printed.
        key.line = hostName(host) + u' ' + line.section(u' ', 1).trimmed();
        if (!fingerprintOf(key.line, &key.fingerprint, &key.type, error))
            return false;
        keys->append(key);
    }
    if (keys->isEmpty()) {
        const QString said = ExternalCommand::firstError(result);
        *error = said.isEmpty() ? tr("%1 offers no host key.").arg(host.displayName())
                                : tr("%1 offers no host key: %2").arg(host.displayName(), said);
        return false;
    }
    std::stable_sort(keys->begin(), keys->end(), [](const OfferedKey &a, const OfferedKey &b) {
        return preference(a.type) < preference(b.type);
    });
    return true;
}

bool KnownHosts::trust(const HostProfile &host, const QString &fingerprint, QString *error, int timeoutSeconds)
{
    QList<OfferedKey> offered;
    if (!scan(host, &offered, error, timeoutSeconds))
        return false;
    const QString wanted = normalized(fingerprint);
    const auto key = std::find_if(offered.cbegin(), offered.cend(),
                                  [&](const OfferedKey &k) { return k.fingerprint == wanted; });
    if (key == offered.cend()) {
        QStringList fingerprints;
        for (const OfferedKey &k : offered)
            fingerprints.append(k.fingerprint);
        *error = tr("%1 does not offer a host key with the fingerprint %2 (it offers %3). Nothing was trusted.")
                     .arg(host.displayName(), wanted, fingerprints.join(QLatin1String(", ")));
        return false;
    }
    QList<QPair<int, QString>> held;
    if (!lookUp(host, &held, nullptr, error))
        return false;
    QStringList lines;
    QFile current(m_filePath);
    if (current.exists()) {
        if (!current.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read %1: %2").arg(m_filePath, current.errorString());
            return false;
        }
        lines = QString::fromUtf8(current.readAll()).split(u'\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
    }
    // The key replaces the host's earlier key of its type, so that a
    // confirmed new key (a reinstalled host) is the only one ssh accepts.
    for (auto it = held.crbegin(); it != held.crend(); ++it) {
        if (it->second == key->type && it->first >= 1 && it->first <= lines.size())
            lines.removeAt(it->first - 1);
    }
    lines.append(key->line);
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) || file.write((lines.join(u'\n') + u'\n').toUtf8()) < 0
        || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(m_filePath, file.errorString());
        return false;
    }
    Logging::logger(Subsystem::hosts)
        ->info("trusted the {} host key {} of {}", key->type.toStdString(), key->fingerprint.toStdString(),
               hostName(host).toStdString());
    return true;
}

} // namespace Lifeboat
