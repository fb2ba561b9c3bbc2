// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers
// A cluster profile as a person writes it: loaded by the strict loader, with
// every problem's position found in the text; what loads must save and load
// again.

#include "FuzzScratch.h"

#include <profile/ClusterProfile.h>
#include <profile/ProfileProblem.h>

#include <cstdlib>

using namespace Lifeboat;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = FuzzScratch::write(QStringLiteral("profile.json"), data, size);
    QList<ProfileProblem> problems;
    const std::optional<ClusterProfile> profile = ClusterProfile::load(path, &problems);
    for (const ProfileProblem &problem : problems)
        (void)problem.message;
    if (!profile)
        return 0;
    QString error;
    const QString saved = FuzzScratch::directory() + QStringLiteral("/saved.json");
    if (!profile->save(saved, &error) || !ClusterProfile::load(saved, &error))
        std::abort(); // a profile Lifeboat accepted and wrote must load again
    return 0;
}
