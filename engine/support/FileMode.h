// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QFileDevice>

#include <sys/types.h>

namespace Lifeboat {

// A file's permission bits as the mode that tar and zip archives store
// (0644) and as Qt's permissions, both ways. Only the owner, group and other
// bits make the mode: Qt's "User" bits say what the current user may do
// (everything, for root), and are set from the owner's when a mode is applied.
class FileMode
{
public:
    FileMode() = delete;

    static mode_t fromPermissions(QFileDevice::Permissions permissions);
    static QFileDevice::Permissions toPermissions(mode_t mode);
};

} // namespace Lifeboat
