// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "StoreDiscovery.h"

#include <profile/ClusterProfile.h>

#include <QMap>

namespace Lifeboat {

namespace {
bool isFontFile(const QString &name)
{
    static const QStringList suffixes{QStringLiteral(".ttf"), QStringLiteral(".otf"), QStringLiteral(".ttc"),
                                      QStringLiteral(".pfb"), QStringLiteral(".pfm"), QStringLiteral(".afm")};
    for (const QString &suffix : suffixes) {
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

QString StoreDiscovery::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Gds:
        return tr("the GDS");
    case Kind::ContentStorageRoot:
        return tr("the Content Storage Root");
    case Kind::Fonts:
        return tr("customer fonts");
    case Kind::Connectors:
        return tr("connector data");
    }
    return {};
}

QSet<QString> StoreDiscovery::visit(const QString &host, const QString &folder, const QList<HostFiles::Entry> &entries)
{
    QSet<QString> folders;
    bool fonts = false;
    for (const HostFiles::Entry &entry : entries) {
        if (entry.isDirectory())
            folders.insert(entry.name());
        else if (entry.isFile() && isFontFile(entry.name()))
            fonts = true;
    }
    if (folders.contains(QStringLiteral("contentstore")) && folders.contains(QStringLiteral("audit.contentstore"))) {
        m_candidates.append({Kind::ContentStorageRoot, host, folder});
        return folders; // nothing else lives in it
    }
    if (fonts)
        m_candidates.append({Kind::Fonts, host, folder});
    QSet<QString> found;
    for (const HostFiles::Entry &entry : entries) {
        if (!entry.isDirectory())
            continue;
        if (entry.name() == QLatin1String("DocumentStorage")) {
            m_candidates.append({Kind::Gds, host, entry.path});
            found.insert(entry.name());
        } else if (entry.name() == QLatin1String("connectors")) {
            m_candidates.append({Kind::Connectors, host, entry.path});
            found.insert(entry.name());
        }
    }
    return found;
}

std::optional<StoreDiscovery::Candidate> StoreDiscovery::choose(Kind kind, const QStringList &hostOrder)
{
    QMap<QString, QStringList> hostsByPath; // sorted: the same choice every time
    for (const Candidate &candidate : std::as_const(m_candidates)) {
        if (candidate.kind == kind && !hostsByPath[candidate.path].contains(candidate.host))
            hostsByPath[candidate.path].append(candidate.host);
    }
    if (hostsByPath.isEmpty())
        return std::nullopt;
    // The store every node shares is the one most hosts see.
    QString path = hostsByPath.firstKey();
    for (auto it = hostsByPath.cbegin(); it != hostsByPath.cend(); ++it) {
        if (it.value().size() > hostsByPath.value(path).size())
            path = it.key();
    }
    QStringList others = hostsByPath.keys();
    others.removeOne(path);
    if (!others.isEmpty() && kind != Kind::Fonts)
        m_notes.append(tr("Found %1 in more than one place: chose %2; also %3. Check which one the cluster uses.")
                           .arg(kindName(kind), path, others.join(QStringLiteral(", "))));
    const QStringList seenOn = hostsByPath.value(path);
    QString host;
    for (const QString &candidate : hostOrder) {
        if (seenOn.contains(candidate) && (host.isEmpty() || (m_nodeHosts.contains(host) && !m_nodeHosts.contains(candidate))))
            host = candidate;
    }
    return Candidate{kind, host.isEmpty() ? seenOn.first() : host, path};
}

void StoreDiscovery::fill(ClusterProfile *draft, const QStringList &hostOrder)
{
    if (const auto gds = choose(Kind::Gds, hostOrder)) {
        draft->gds = gds->path;
        draft->gdsHost = gds->host;
    } else {
        m_notes.append(tr("No GDS (a DocumentStorage folder) was found; fill in where it is."));
    }
    if (const auto root = choose(Kind::ContentStorageRoot, hostOrder)) {
        draft->contentStorageRoot = root->path;
        draft->contentStorageRootHost = root->host;
    }
    if (const auto connectors = choose(Kind::Connectors, hostOrder)) {
        draft->connectors = connectors->path;
        draft->connectorsHost = connectors->host;
    }
    if (const auto fonts = choose(Kind::Fonts, hostOrder)) {
        // Every font folder on the fonts' host; one host holds them all.
        draft->fontsHost = fonts->host;
        QStringList elsewhere;
        for (const Candidate &candidate : std::as_const(m_candidates)) {
            if (candidate.kind != Kind::Fonts)
                continue;
            if (candidate.host == fonts->host && !draft->fonts.contains(candidate.path))
                draft->fonts.append(candidate.path);
            else if (candidate.host != fonts->host && !elsewhere.contains(candidate.path))
                elsewhere.append(candidate.path);
        }
        draft->fonts.sort();
        for (const QString &path : std::as_const(draft->fonts))
            elsewhere.removeAll(path);
        if (!elsewhere.isEmpty())
            m_notes.append(tr("Fonts also found on other hosts, not in the profile (its fonts are on one host): %1.")
                               .arg(elsewhere.join(QStringLiteral(", "))));
    }
}

} // namespace Lifeboat
