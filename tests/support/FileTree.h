// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QStringList>

namespace Lifeboat::Testing {

// Every file below `root` (hidden ones too), relative to it, sorted: what
// tests compare to prove that something changed, or nothing did.
QStringList filesBelow(const QString &root);

} // namespace Lifeboat::Testing
