// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/HostFiles.h>

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

namespace Lifeboat {

class ClusterProfile;

// The cluster's shared stores, told by what they hold, as an administrator
// would tell them on a host: the GDS is a folder named DocumentStorage (its
// name in each application server's default place, and the name Adobe's
// procedures use); the Content Storage Root holds contentstore and
// audit.contentstore; a fonts folder holds font files; connector data is a
// folder named connectors. Seen from several hosts (a network share that
// every node mounts), a store belongs to the host that serves it: one with
// no node on it, else the first that has it.
class StoreDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(StoreDiscovery)

public:
    enum class Kind { Gds, ContentStorageRoot, Fonts, Connectors };
    struct Candidate
    {
        Kind kind;
        QString host;
        QString path;
    };

    // For FolderSearch: records what `folder` holds on `host`, and returns
    // the names of the stores found in it, not to be walked (a GDS can hold
    // millions of files).
    QSet<QString> visit(const QString &host, const QString &folder, const QList<HostFiles::Entry> &entries);
    // Hosts that have a node: a store they have too is theirs only when no
    // host without a node has it.
    void setNodeHosts(const QStringList &hosts) { m_nodeHosts = hosts; }

    // Writes each store found into `draft` (gds, contentStorageRoot, fonts,
    // connectors and their hosts); what is missing or ambiguous goes to
    // notes(). `hostOrder`: the profile's hosts, first preferred.
    void fill(ClusterProfile *draft, const QStringList &hostOrder);
    QStringList notes() const { return m_notes; }

    static QString kindName(Kind kind);

private:
    // The path of `kind` found on the most hosts, and the host it belongs to.
    std::optional<Candidate> choose(Kind kind, const QStringList &hostOrder);

    QList<Candidate> m_candidates;
    QStringList m_nodeHosts;
    QStringList m_notes;
};

} // namespace Lifeboat
