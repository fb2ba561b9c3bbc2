// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SnapshotMethod.h"

namespace Lifeboat {

namespace {
constexpr SnapshotMethod allMethods[] = { SnapshotMethod::Auto, SnapshotMethod::Btrfs,
    SnapshotMethod::Reflink, SnapshotMethod::Command, SnapshotMethod::None };
} // namespace

QString snapshotMethodName(SnapshotMethod method)
{
    switch (method) {
    case SnapshotMethod::Auto:
        return QStringLiteral("auto");
    case SnapshotMethod::Btrfs:
        return QStringLiteral("btrfs");
    case SnapshotMethod::Reflink:
        return QStringLiteral("reflink");
    case SnapshotMethod::Command:
        return QStringLiteral("command");
    case SnapshotMethod::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<SnapshotMethod> snapshotMethodFromName(const QString &name)
{
    for (SnapshotMethod method : allMethods) {
        if (snapshotMethodName(method) == name)
            return method;
    }
    return std::nullopt;
}

QString SnapshotMethods::displayName(SnapshotMethod method)
{
    switch (method) {
    case SnapshotMethod::Auto:
        return tr("automatic");
    case SnapshotMethod::Btrfs:
        return tr("btrfs snapshot");
    case SnapshotMethod::Reflink:
        return tr("reflink copy");
    case SnapshotMethod::Command:
        return tr("snapshot command");
    case SnapshotMethod::None:
        return tr("copy while stopped");
    }
    return {};
}

} // namespace Lifeboat
