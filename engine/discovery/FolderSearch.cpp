// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FolderSearch.h"

namespace Lifeboat {

FolderSearch::FolderSearch(HostFiles &files, QString host, int depth, int maxFolders)
    : m_files(files)
    , m_host(std::move(host))
    , m_depth(depth)
    , m_maxFolders(maxFolders)
{
}

void FolderSearch::walk(const QStringList &places, const Visitor &visit)
{
    for (const QString &place : places) {
        HostFiles::Entry entry;
        QString error;
        if (!m_files.stat(place, &entry, &error)) {
            m_notes.append(error);
            continue;
        }
        if (!entry.exists())
            continue;
        if (!entry.isDirectory()) {
            m_notes.append(tr("%1: %2 is not a folder; not searched.").arg(m_host, place));
            continue;
        }
        walkBelow(place, 0, visit);
    }
}

void FolderSearch::walkBelow(const QString &folder, int depth, const Visitor &visit)
{
    if (++m_visited == m_maxFolders)
        m_notes.append(tr("%1: the search stopped after %2 folders; name the installation folder to search.")
                           .arg(m_host)
                           .arg(m_maxFolders));
    if (m_visited >= m_maxFolders)
        return;
    QList<HostFiles::Entry> entries;
    QString error;
    if (!m_files.list(folder, &entries, &error)) {
        m_notes.append(error);
        return;
    }
    const QSet<QString> found = visit(folder, entries);
    if (depth + 1 >= m_depth)
        return;
    for (const HostFiles::Entry &entry : std::as_const(entries)) {
        if (entry.isDirectory() && !entry.name().startsWith(u'.') && !found.contains(entry.name()))
            walkBelow(entry.path, depth + 1, visit);
    }
}

} // namespace Lifeboat
