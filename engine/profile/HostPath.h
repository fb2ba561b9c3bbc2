// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// A path on a host. On a real cluster every node keeps its crx-repository at
// the same path on its own host, so a path alone does not say which files a
// step works on; a HostPath does. An empty host is the machine Lifeboat runs on.
struct HostPath
{
    QString host;
    QString path;

    bool isLocal() const { return host.isEmpty(); }
    // "node2:/opt/…/crx-repository", or the bare path on this machine.
    QString display() const { return host.isEmpty() ? path : host + u':' + path; }
    // Back from display(): paths are absolute, so "name:/…" names a host
    // (as scp and rsync write it) and "/…" is this machine.
    static HostPath fromDisplay(const QString &text)
    {
        const qsizetype colon = text.indexOf(QLatin1String(":/"));
        if (text.startsWith(u'/') || colon <= 0)
            return {{}, text};
        return {text.left(colon), text.mid(colon + 1)};
    }
    // Another path on the same host.
    HostPath at(const QString &otherPath) const { return {host, otherPath}; }
    bool operator==(const HostPath &) const = default;
};

} // namespace Lifeboat
