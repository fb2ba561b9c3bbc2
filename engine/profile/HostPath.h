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
    // Another path on the same host.
    HostPath at(const QString &otherPath) const { return {host, otherPath}; }
    bool operator==(const HostPath &) const = default;
};

} // namespace Lifeboat
