// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProcessMemory.h"

#include <cstdlib> // defines __GLIBC__ on glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Lifeboat {

void ProcessMemory::returnLargeBlocks()
{
#if defined(__GLIBC__)
    (void)::mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
}

void ProcessMemory::giveBackFreed()
{
#if defined(__GLIBC__)
    (void)::malloc_trim(0);
#endif
}

} // namespace Lifeboat
