// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <hosts/HostFiles.h>

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

#include <functional>

namespace Lifeboat {

// A read-only walk through the folders below some places on one host, for
// discovery: each folder is listed once, and the visitor sees its entries
// and says which of them not to go into (a crx-repository, a GDS: found, and
// too big to walk). Hidden folders and links are never entered, so a folder
// is found once, where it is; the walk stops at a depth and after a number of
// folders, and says so in notes(), instead of walking a whole disk.
class FolderSearch
{
    Q_DECLARE_TR_FUNCTIONS(FolderSearch)

public:
    // The names in `entries` of folders not to enter.
    using Visitor = std::function<QSet<QString>(const QString &folder, const QList<HostFiles::Entry> &entries)>;

    // Deep enough for a GDS in its application server's default place below
    // an installation folder (…/weblogic/user_projects/domains/lc_domain/lc_server1/adobe/AEMformsserver/DocumentStorage).
    static constexpr int defaultDepth = 12;
    // Enough for the installation folders of a server.
    static constexpr int defaultMaxFolders = 20000;

    FolderSearch(HostFiles &files, QString host, int depth = defaultDepth, int maxFolders = defaultMaxFolders);

    // Walks below each of `places`: one that does not exist is skipped (not
    // every host has every usual place); one that is not a folder or cannot
    // be read is said in notes().
    void walk(const QStringList &places, const Visitor &visit);
    QStringList notes() const { return m_notes; }

private:
    void walkBelow(const QString &folder, int depth, const Visitor &visit);

    HostFiles &m_files;
    QString m_host;
    int m_depth;
    int m_maxFolders;
    int m_visited = 0;
    QStringList m_notes;
};

} // namespace Lifeboat
