// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace Lifeboat {

// A fuzz target's private scratch directory, made once per process and
// removed at exit, for readers that take a file or a directory.
class FuzzScratch
{
public:
    static QString directory();
    // `data` written whole to `name` inside directory(); its path.
    static QString write(const QString &name, const uint8_t *data, size_t size);
    static QByteArray bytes(const uint8_t *data, size_t size);
};

} // namespace Lifeboat
