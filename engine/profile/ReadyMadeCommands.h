// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/CommandTemplate.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lifeboat {

class ClusterProfile;
struct NodeProfile;

// Start and stop commands to begin a node's control from, for the usual
// ways an AEM Forms node runs: a systemd unit, or the scripts of JBoss,
// WebLogic or WebSphere. They use only the placeholders a node command may
// hold ({host}); paths come from the node's own fields (its application
// server folder, or the folder of its bootstrap properties, which is the
// WebLogic domain or the WebSphere profile), never from made-up
// placeholders. A node with a host is reached with ssh (BatchMode, as its
// host's user when the profile lists one); a script that would keep running
// is started detached, so that the command returns.
class ReadyMadeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReadyMadeCommands)

public:
    enum class Kind { Systemd, JBoss, WebLogic, WebSphere };

    static QList<Kind> kinds() { return {Kind::Systemd, Kind::JBoss, Kind::WebLogic, Kind::WebSphere}; }
    static QString name(Kind kind);

    CommandTemplate start;
    CommandTemplate stop;

    // Empty commands and why, when the node lacks what the kind needs.
    static ReadyMadeCommands forNode(Kind kind, const NodeProfile &node, const ClusterProfile &profile, QString *why);

    // The systemd unit the template starts and stops; the person changes it to theirs.
    static QString defaultUnit() { return QStringLiteral("aem-forms"); }
};

} // namespace Lifeboat
