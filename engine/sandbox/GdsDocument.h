// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDateTime>
#include <QString>

namespace Lifeboat {

// A document in the GDS as the forms database records it.
struct GdsDocument
{
    qint64 id = 0;
    QString gdsPath; // relative to the GDS directory
    QString sha256;
    qint64 size = 0;
    QDateTime createdAt;
    QDateTime expiresAt;
    QString node;
};

} // namespace Lifeboat
