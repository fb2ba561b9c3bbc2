// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <discovery/ControlTemplates.h>

#include <QCoreApplication>
#include <QList>

#include <optional>

class QWidget;

namespace Lifeboat {

class ClusterProfile;
class ProfileEditorPage;
struct NodeProfile;

// The profile editor's parts, one page each, in the order of the editor's
// list: hosts, nodes, shared storage, databases, control commands (backup
// mode's), online backup (the forms server LCBackupMode talks to) and the
// backup root with the cluster's own settings. Every field edits `profile`
// in place (the editor's own copy, which outlives the pages), and its help
// is the key's meaning from docs/profile.md.
class ProfileEditorPages
{
    Q_DECLARE_TR_FUNCTIONS(ProfileEditorPages)

public:
    ProfileEditorPages() = delete;

    static QList<ProfileEditorPage *> create(ClusterProfile *profile, QWidget *parent);

    // The start and stop commands of the "Ready-made commands" choice `kind`
    // (systemd, JBoss, WebLogic, WebSphere) for `node`, the way discovery
    // writes them, with the paths from the node's own fields; or nothing
    // and why, when the node lacks what they need.
    static std::optional<ControlTemplates::Control> readyMade(int kind, const NodeProfile &node, const ClusterProfile &profile,
                                                              QString *why);

private:
    static ProfileEditorPage *hosts(ClusterProfile *profile, QWidget *parent);
    static ProfileEditorPage *nodes(ClusterProfile *profile, QWidget *parent);
    static void nodeFields(ProfileEditorPage *page, ClusterProfile *profile);
    static void nodeControlFields(ProfileEditorPage *page, ClusterProfile *profile);
    static ProfileEditorPage *sharedStorage(ClusterProfile *profile, QWidget *parent);
    static ProfileEditorPage *databases(ClusterProfile *profile, QWidget *parent);
    static ProfileEditorPage *controlCommands(ClusterProfile *profile, QWidget *parent);
    static ProfileEditorPage *onlineBackup(ClusterProfile *profile, QWidget *parent);
    static ProfileEditorPage *backupRoot(ClusterProfile *profile, QWidget *parent);
};

} // namespace Lifeboat
