// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <discovery/NodeDiscovery.h>
#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Lifeboat {

class HostFiles;

// A draft profile for a cluster, from what its hosts hold, read only: each
// host is walked once below the places searched, for its nodes
// (NodeDiscovery) and the shared stores (StoreDiscovery); each node gets the
// commands that start and stop it (ControlTemplates), and the cluster the
// forms database, application server and backup-mode commands its primary's
// installation names. What is not found is said (notes()) and left empty for
// the person to fill in. The hosts must be reachable and trusted first
// (Scenario::hostChecks): this class reads, it does not ask.
class ClusterDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(ClusterDiscovery)

public:
    // The secrets a discovered profile names; their values are never read.
    static constexpr const char *adminSecret = "aem-admin";
    // AEM's default administrator, who may enter backup mode and read the status.
    static constexpr const char *adminUser = "admin";
    // Answers while AEM is up (the Felix console's bundle list), below the
    // server's context path.
    static constexpr const char *statusPath = "/system/console/bundles.json";

    // A host as people write it, "[NAME=]ADDRESS[:PORT]"; the name
    // defaults to the address, the port to ssh's.
    static std::optional<HostProfile> parseHost(const QString &text);

    // `draft`: its hosts and known_hosts file; the rest is filled in.
    explicit ClusterDiscovery(ClusterProfile draft);

    // Looks on every host below `places`; `progress` hears which host is
    // being looked at (for a window that shows it).
    void run(const QStringList &places, const std::function<void(const QString &)> &progress = {});

    ClusterProfile draft() const { return m_draft; }
    // What was found, a line per node and store, for people.
    QStringList findings() const { return m_findings; }
    // What could not be found or told apart, for people.
    QStringList notes() const { return m_notes; }
    // The secrets the draft names, which the person must give.
    QStringList secrets() const;
    // The strict loader's errors on the draft (keys still to fill in), with
    // the secrets left aside.
    QList<ProfileProblem> problems() const;

private:
    void lookOn(const HostProfile &host, const QStringList &places, QStringList *nodeHosts, class StoreDiscovery *stores);
    void addNode(HostFiles &files, const HostProfile &host, const NodeDiscovery::Found &found, int index, int count);
    void fillBackupMode(const QList<NodeDiscovery::Found> &authors);

    ClusterProfile m_draft;
    QStringList m_findings;
    QStringList m_notes;
    QList<NodeDiscovery::Found> m_found;
};

} // namespace Lifeboat
