// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FileMode.h"

#include <utility>

namespace Lifeboat {

namespace {
constexpr std::pair<QFileDevice::Permission, mode_t> bits[] = {
    {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200}, {QFileDevice::ExeOwner, 0100},
    {QFileDevice::ReadGroup, 0040}, {QFileDevice::WriteGroup, 0020}, {QFileDevice::ExeGroup, 0010},
    {QFileDevice::ReadOther, 0004}, {QFileDevice::WriteOther, 0002}, {QFileDevice::ExeOther, 0001}};
} // namespace

mode_t FileMode::fromPermissions(QFileDevice::Permissions permissions)
{
    mode_t mode = 0;
    for (const auto &[permission, bit] : bits) {
        if (permissions.testFlag(permission))
            mode |= bit;
    }
    return mode;
}

QFileDevice::Permissions FileMode::toPermissions(mode_t mode)
{
    QFileDevice::Permissions permissions;
    for (const auto &[permission, bit] : bits) {
        if (mode & bit)
            permissions |= permission;
    }
    if (mode & 0400)
        permissions |= QFileDevice::ReadUser;
    if (mode & 0200)
        permissions |= QFileDevice::WriteUser;
    if (mode & 0100)
        permissions |= QFileDevice::ExeUser;
    return permissions;
}

} // namespace Lifeboat
