// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QLatin1StringView>

namespace Lifeboat {

// The kind of every step, spelled once: what Step::kind() returns, what the
// journal records and resume compares, and what a page or a command asks
// about a step it shows ("did this run leave backup mode?").
namespace StepKinds {
inline constexpr QLatin1StringView archivePart{ "archive-part" };
inline constexpr QLatin1StringView archiveParts{ "archive-parts" };
inline constexpr QLatin1StringView backupMariaDb{ "backup-mariadb" };
inline constexpr QLatin1StringView backupPostgreSql{ "backup-postgresql" };
inline constexpr QLatin1StringView backupSqlite{ "backup-sqlite" };
inline constexpr QLatin1StringView checkGdsConsistency{ "check-gds-consistency" };
inline constexpr QLatin1StringView checkPatchLevel{ "check-patch-level" };
inline constexpr QLatin1StringView checkRehearsal{ "check-rehearsal" };
inline constexpr QLatin1StringView copyRestoredFiles{ "copy-restored-files" };
inline constexpr QLatin1StringView createRehearsalSandbox{ "create-rehearsal-sandbox" };
inline constexpr QLatin1StringView discardRestoreScratch{ "discard-restore-scratch" };
inline constexpr QLatin1StringView discardUnfinishedSet{ "discard-unfinished-set" };
inline constexpr QLatin1StringView enterBackupMode{ "enter-backup-mode" };
inline constexpr QLatin1StringView holdPublishing{ "hold-publishing" };
inline constexpr QLatin1StringView leaveBackupMode{ "leave-backup-mode" };
inline constexpr QLatin1StringView leaveOutOfCopy{ "leave-out-of-copy" };
inline constexpr QLatin1StringView onlineRepositoryBackup{ "online-repository-backup" };
inline constexpr QLatin1StringView promoteSecondaryFolder{ "promote-secondary-folder" };
inline constexpr QLatin1StringView publishBackupSet{ "publish-backup-set" };
inline constexpr QLatin1StringView putBackFromQuarantine{ "put-back-from-quarantine" };
inline constexpr QLatin1StringView quarantinePaths{ "quarantine-paths" };
inline constexpr QLatin1StringView removeSnapshots{ "remove-snapshots" };
inline constexpr QLatin1StringView renameGdsBackup{ "rename-gds-backup" };
inline constexpr QLatin1StringView replaceContents{ "replace-contents" };
inline constexpr QLatin1StringView keepDatabase{ "keep-database" };
inline constexpr QLatin1StringView replaceFile{ "replace-file" };
inline constexpr QLatin1StringView restoreDatabase{ "restore-database" };
inline constexpr QLatin1StringView restoreFile{ "restore-file" };
inline constexpr QLatin1StringView sandboxPlan{ "sandbox-plan" };
inline constexpr QLatin1StringView startNodes{ "start-nodes" };
inline constexpr QLatin1StringView stopNodes{ "stop-nodes" };
inline constexpr QLatin1StringView systemImage{ "system-image" };
inline constexpr QLatin1StringView takeSnapshots{ "take-snapshots" };
inline constexpr QLatin1StringView unpackPart{ "unpack-part" };
inline constexpr QLatin1StringView verifyBackupSet{ "verify-backup-set" };
} // namespace StepKinds

} // namespace Lifeboat
