// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AccountNames.h"

#include <QHash>
#include <QMutex>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

#include <cerrno>
#include <vector>

namespace Lifeboat {

namespace {

// Looks `id` up with the reentrant call `lookup` (getpwuid_r, getgrgid_r),
// growing its buffer while it says the buffer is too small.
template<typename Entry, typename Id, typename Lookup, typename Name>
QString lookedUp(Id id, Lookup lookup, Name name)
{
    std::vector<char> buffer(1024);
    for (;;) {
        Entry entry{};
        Entry *found = nullptr;
        const int error = lookup(id, &entry, buffer.data(), buffer.size(), &found);
        if (error == ERANGE && buffer.size() < (1u << 20)) {
            buffer.resize(buffer.size() * 4);
            continue;
        }
        return error == 0 && found ? QString::fromLocal8Bit(name(*found)) : QString();
    }
}

template<typename Id, typename Find>
QString cached(QHash<Id, QString> &cache, QMutex &mutex, Id id, Find find)
{
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(id); it != cache.constEnd())
            return *it;
    }
    const QString name = find(id);
    const QMutexLocker lock(&mutex);
    cache.insert(id, name);
    return name;
}

} // namespace

QString AccountNames::user(uid_t uid)
{
    static QHash<uid_t, QString> cache;
    static QMutex mutex;
    return cached(cache, mutex, uid, [](uid_t id) {
        return lookedUp<passwd>(id, ::getpwuid_r, [](const passwd &entry) { return entry.pw_name; });
    });
}

QString AccountNames::group(gid_t gid)
{
    static QHash<gid_t, QString> cache;
    static QMutex mutex;
    return cached(cache, mutex, gid, [](gid_t id) {
        return lookedUp<struct group>(id, ::getgrgid_r, [](const struct group &entry) { return entry.gr_name; });
    });
}

QString AccountNames::userOrId(uid_t uid)
{
    const QString name = user(uid);
    return name.isEmpty() ? QString::number(uid) : name;
}

QString AccountNames::groupOrId(gid_t gid)
{
    const QString name = group(gid);
    return name.isEmpty() ? QString::number(gid) : name;
}

QString AccountNames::processUser()
{
    return userOrId(::geteuid());
}

} // namespace Lifeboat
