// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>

class QWidget;

namespace Lifeboat {

class ClusterProfile;
class ProfileEditorPage;

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
