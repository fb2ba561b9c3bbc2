// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

class QWidget;

namespace Lifeboat::Testing {

// For docs/screenshots/take.sh, which runs a test with LIFEBOAT_SCREENSHOTS_DIR
// set: saves `window` as <dir>/<name>.png once its layout has settled.
// Without the variable it does nothing. False only when a shot could not be saved.
[[nodiscard]] bool saveScreenshot(QWidget *window, const QString &name);

} // namespace Lifeboat::Testing
