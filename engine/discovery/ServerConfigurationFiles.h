// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QStringList>

namespace Lifeboat {

class HostFiles;

// Finding an application server's configuration files on its host, for the
// readers of what they say (DataSourceReader, HttpListenerReader): sorted,
// and an unreadable folder is simply nothing found.
class ServerConfigurationFiles
{
public:
    ServerConfigurationFiles() = delete;

    // More is not a configuration file.
    static constexpr qint64 maxBytes = 16 << 20;

    // The *.xml files directly in `folder`.
    static QStringList xmlIn(HostFiles &files, const QString &folder);
    // The folders directly in `folder`.
    static QStringList foldersIn(HostFiles &files, const QString &folder);
    // Every file named `name` below `root`.
    static QStringList namedBelow(HostFiles &files, const QString &root, const QString &name);
};

} // namespace Lifeboat
