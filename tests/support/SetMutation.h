// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QRandomGenerator>
#include <QString>

namespace Lifeboat::Testing {

// One random change to a backup set's folder, of the kinds a disk, a copy
// tool or a person leaves: a flipped byte, a cut or emptied file, a deleted
// file, garbage appended, two archives swapped, two SHA256SUMS lines' sums
// swapped, or one field of manifest.json changed (a string, number, bool,
// list or object, anywhere in the manifest) without fixing the checksums.
// For the corruption sweep (tst_corruptionsweep, benchmarks/corruption-sweep.sh).
class SetMutation
{
public:
    // Changes `setDirectory`; returns what was done, for the sweep's list,
    // or an empty string when this kind found nothing to change.
    static QString apply(const QString &setDirectory, QRandomGenerator &random);
    // What a careful attacker does after a change: every file SHA256SUMS
    // lists hashed again, so that the checksums match (the set's signature,
    // if any, is left as it was). False if a listed file cannot be read.
    [[nodiscard]] static bool recomputeChecksums(const QString &setDirectory);
};

} // namespace Lifeboat::Testing
