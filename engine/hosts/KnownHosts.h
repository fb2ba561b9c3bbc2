// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostProfile.h>

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// Lifeboat's own known_hosts file: the host keys a person has confirmed, and
// nothing else (ssh is told to use only this file, never to add to it).
// A key enters the file only through trust(), and only if the host offers,
// at that moment, a key with exactly the fingerprint the person confirmed.
// Keys are read, looked up and fingerprinted by ssh-keygen and ssh-keyscan,
// never parsed here. The file is always written whole.
class KnownHosts
{
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)

public:
    // A key a host offers, as ssh-keyscan reported it.
    struct OfferedKey
    {
        QString type;        // as ssh-keygen names it: "ED25519", "ECDSA", "RSA"
        QString fingerprint; // "SHA256:…", as `ssh-keygen -lf` prints it
        QString line;        // the known_hosts line: "<host> <algorithm> <base64>"
    };

    explicit KnownHosts(QString filePath = defaultFilePath());

    // <data directory>/known_hosts (see DataPaths).
    static QString defaultFilePath();
    const QString &filePath() const { return m_filePath; }
    // The name a host has in a known_hosts file: "address", or
    // "[address]:port" when the port is not 22.
    static QString hostName(const HostProfile &host);

    // The fingerprints of the keys the file holds for the host; none when the
    // file or the host is not there. False only when ssh-keygen failed.
    [[nodiscard]] bool knownFingerprints(const HostProfile &host, QStringList *fingerprints, QString *error) const;
    // Every key the host offers now. False when it offers none (unreachable,
    // or not an ssh server) or ssh-keyscan did not answer within `timeoutSeconds`.
    [[nodiscard]] bool scan(const HostProfile &host, QList<OfferedKey> *keys, QString *error,
                            int timeoutSeconds = defaultScanSeconds) const;
    // Adds the host's key whose fingerprint is `fingerprint`, replacing the
    // keys of the same type the file held for that host. Refuses, changing
    // nothing, when the host does not offer such a key now.
    [[nodiscard]] bool trust(const HostProfile &host, const QString &fingerprint, QString *error,
                             int timeoutSeconds = defaultScanSeconds);

    // The fingerprint of one public key line (known_hosts or .pub format).
    [[nodiscard]] static bool fingerprintOf(const QString &keyLine, QString *fingerprint, QString *type,
                                            QString *error);

    static constexpr int defaultScanSeconds = 10;

private:
    // The file's line numbers (1-based) holding the host, with their key types.
    [[nodiscard]] bool lookUp(const HostProfile &host, QList<QPair<int, QString>> *lines,
                              QStringList *fingerprints, QString *error) const;

    QString m_filePath;
};

} // namespace Lifeboat
