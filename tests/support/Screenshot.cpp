// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Screenshot.h"

#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace Lifeboat::Testing {

bool saveScreenshot(QWidget *window, const QString &name)
{
    const QString directory = qEnvironmentVariable("LIFEBOAT_SCREENSHOTS_DIR");
    if (directory.isEmpty())
        return true;
    QTest::qWait(100);
    return window->grab().save(QStringLiteral("%1/%2.png").arg(directory, name));
}

} // namespace Lifeboat::Testing
