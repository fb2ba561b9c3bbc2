// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HostFiles.h"

#include <QFileInfo>

namespace Lifeboat {

QString HostFiles::Entry::name() const
{
    return QFileInfo(path).fileName();
}

QString HostFiles::describe(const QString &path) const
{
    return isLocal() ? path : host() + u':' + path;
}

} // namespace Lifeboat
