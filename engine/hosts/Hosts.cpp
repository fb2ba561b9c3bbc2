// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Hosts.h"

#include <hosts/LocalHostFiles.h>
#include <profile/ClusterProfile.h>

namespace Lifeboat {

std::shared_ptr<Hosts> Hosts::of(const ClusterProfile &)
{
    static QMutex mutex;
    static std::shared_ptr<Hosts> shared;
    const QMutexLocker lock(&mutex);
    if (!shared)
        shared = std::make_shared<Hosts>();
    return shared;
}

Hosts::Hosts()
    : m_local(std::make_unique<LocalHostFiles>())
{
}

Hosts::~Hosts() = default;

HostFiles &Hosts::local()
{
    return *m_local;
}

HostFiles &Hosts::files(const QString &host)
{
    if (host.isEmpty())
        return *m_local;
    const QMutexLocker lock(&m_mutex);
    auto found = m_remote.find(host);
    if (found == m_remote.end())
        found = m_remote.insert(host, std::make_shared<LocalHostFiles>()); // replaced by RemoteHostFiles with the ssh transport
    return **found;
}

} // namespace Lifeboat
