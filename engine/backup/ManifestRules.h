// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

class BackupSetManifest;

// What a manifest must be before anything is restored from it. A manifest is
// untrusted input (anyone who can write to the backup store can edit it), and
// a restore joins its names to directories: so every name is checked here,
// by the manifest's reader (BackupSetManifest::load) and by the verifier.
//
// - Every path is relative, without ".", ".." or empty components; every
//   archive, part and set name is one such component.
// - Every part is of a kind Lifeboat writes, named as that kind is, and its
//   sources are the ones that kind has (a connectors part relabelled "fonts"
//   keeps "connectors" as its source, so it is refused).
// - A part that holds files, or replaces a whole directory, has its sources;
//   every file and directory lies inside one of them.
// - Every SHA-256 is 64 hexadecimal digits (either case: the reader keeps
//   them in lower case, and so does every comparison).
// - A database part's file is among its files.
//
// Each breach names the field and its value. Restore targets never come from
// the manifest: they are the current profile's; what the manifest chooses is
// only which folder of the profile's place a source goes to, from the fixed
// list above.
class ManifestRules
{
    Q_DECLARE_TR_FUNCTIONS(ManifestRules)

public:
    ManifestRules() = delete;

    // Empty for a manifest that keeps every rule; at most `limit` breaches.
    static QStringList breaches(const BackupSetManifest &manifest, int limit = 20);
};

} // namespace Lifeboat
