// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

namespace Lifeboat {

// How the process's memory is kept flat while many threads work at once.
class ProcessMemory
{
public:
    ProcessMemory() = delete;
    // Called first in main(), before any thread starts. Every block of
    // 256 KiB or more (the 1 MiB buffers of archiving, reading back and
    // unpacking, the compressors' windows) gets pages of its own, given back
    // when it is freed. By default glibc raises that limit each time such a
    // block is freed, after which large blocks come from the per-thread
    // arenas, which keep what was freed: with parts archived, read back and
    // unpacked on pools of threads at once, those arenas, not the data in
    // use, made a backup's peak grow with the set (95 -> 139 MB for 0.5 ->
    // 2 GB, benchmarks/README.md).
    static void returnLargeBlocks();
    // Gives back the pages of what was freed between blocks still in use.
    // Parsing a manifest of 300,000 files makes millions of small blocks,
    // most freed once it is read: 900 MB stayed with the process where the
    // manifest itself keeps 340 MB (550 MB after this).
    static void giveBackFreed();
};

} // namespace Lifeboat
