// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;
class QCommandLineOption;

namespace Lifeboat {

// `lifeboat profile discover --host H … --output FILE`: reaches each host
// over ssh (its key trusted first, as for a run), looks for AEM Forms nodes
// there, reading only (NodeDiscovery), and writes what it found as the start
// of a cluster profile: the hosts, and each node with its role, repository
// and error.log. What it did not find, or cannot find yet, it says; the
// profile is then completed by hand and checked with 'lifeboat profile check'.
class ProfileDiscovery
{
    Q_DECLARE_TR_FUNCTIONS(ProfileDiscovery)

public:
    static QList<QCommandLineOption> options();
    static int run(const QCommandLineParser &parser);
};

} // namespace Lifeboat
