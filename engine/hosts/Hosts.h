// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/HostFiles.h>
#include <profile/HostPath.h>

#include <QCoreApplication>
#include <QHash>
#include <QMutex>

#include <memory>

namespace Lifeboat {

class ClusterProfile;

// The HostFiles of every host a profile names, each made once and shared by
// every step, status query and plan of the process (a remote host's
// connection is opened on first use and reused after). The empty host name
// is the machine Lifeboat runs on.
class Hosts
{
    Q_DECLARE_TR_FUNCTIONS(Hosts)

public:
    // The one Hosts for the profile's hosts, shared by everything that works
    // on that cluster in this process.
    static std::shared_ptr<Hosts> of(const ClusterProfile &profile);

    Hosts();
    ~Hosts();

    HostFiles &files(const QString &host);
    HostFiles &files(const HostPath &place) { return files(place.host); }
    HostFiles &local();

    // What a check that could not ask a host tells the person to do.
    static QString reachHint() { return tr("Check that the host can be reached, then check again. Nothing was changed."); }

private:
    std::unique_ptr<HostFiles> m_local;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<HostFiles>> m_remote;
};

} // namespace Lifeboat
