// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// A run's journal.jsonl, torn by a crash or edited by hand: read as
// `lifeboat resume`, `lifeboat runs` and the Runs view read it.

#include "FuzzScratch.h"

#include <run/Journal.h>
#include <run/RunRecord.h>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzScratch::write(Journal::fileName(), data, size);
    const QList<JournalEntry> entries = Journal::read(path);
    for (const JournalEntry &entry : entries)
        (void)entry.toJson();
    const RunRecord record = RunRecord::load(FuzzScratch::directory());
    (void)record.state();
    return 0;
}
