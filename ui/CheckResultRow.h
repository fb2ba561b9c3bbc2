// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Precondition.h>

#include <QWidget>

namespace Lifeboat {

// One check's result as a row: a passed, warning or failed icon (named for
// screen readers), the check's title in bold, what it found, and for a
// warning or a failure what to do. The row carries its status ("pass",
// "warn", "fail") and title as the properties checkStatus and checkTitle.
class CheckResultRow : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckResultRow)

public:
    // `hint`: what to do, when the page knows better than the check (the
    // engine's hints speak to the command line).
    explicit CheckResultRow(const PreconditionResult &result, const QString &hint = {}, QWidget *parent = nullptr);

    // The pass/warn/fail icon beside each check, in pixels.
    static constexpr int statusIconSize = 22;
};

} // namespace Lifeboat
