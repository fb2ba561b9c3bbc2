// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

#include <sys/types.h>

namespace Lifeboat {

// The names of user and group ids, as this host's account database has them:
// the one owner of those lookups in the engine. Safe on any thread (a backup
// reads its parts' owners on several at once, and getpwuid() answers from one
// buffer for the whole process) and each id is looked up once: the database
// is read from the top for every lookup, which for every file of a backup
// cost more than its own archiving.
class AccountNames
{
public:
    AccountNames() = delete;

    // Empty when the host has no name for the id.
    static QString user(uid_t uid);
    static QString group(gid_t gid);
    // The name, or the id as a number when the host has no name for it.
    static QString userOrId(uid_t uid);
    static QString groupOrId(gid_t gid);
    // Who this process runs as (its effective user), for journals and locks.
    static QString processUser();
};

} // namespace Lifeboat
