// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <backup/BackupSetManifest.h>
#include <profile/ClusterProfile.h>
#include <restore/RestoredTree.h>

#include <QDateTime>
#include <QStringList>

namespace Lifeboat::Testing {

class CommandRunner;
class SandboxFixture;

// What a restore must leave behind on a sandbox, compared with the backup set
// it came from. Each check returns what differs (empty: as it should be), for
// the test to show when it fails.

// The set named `setId` under the sandbox's backup root.
BackupSetManifest setManifest(const SandboxFixture &sandbox, const QString &setId);

// A node's repository against its part of the set: a publish node's own
// part, an author's the set's author repository (promoted on the primary).
QStringList repositoryDifference(const SandboxFixture &sandbox, const BackupSetManifest &set, const QString &node);
// The same for a node whose files are elsewhere (on its host): `actual` is what its repository holds.
QStringList repositoryDifference(const ClusterProfile &profile, const BackupSetManifest &set, const QString &node,
                                 const RestoredTree::Digests &actual);

// The GDS against the set's GDS part (the set's backup folder becomes restore/).
QStringList gdsDifference(const SandboxFixture &sandbox, const BackupSetManifest &set);
QStringList gdsDifference(const BackupSetManifest &set, const RestoredTree::Digests &actual);

// The forms database's document table, as text.
QString documents(const SandboxFixture &sandbox);
QString documents(const CommandRunner &runner, const ClusterProfile &profile);

// When a node last started, from its error.log.
QDateTime lastStart(const SandboxFixture &sandbox, const QString &node);

// Every node of the sandbox running, and those in `order` started one after
// the other in that order.
QStringList startProblems(const SandboxFixture &sandbox, const QStringList &order);

} // namespace Lifeboat::Testing
