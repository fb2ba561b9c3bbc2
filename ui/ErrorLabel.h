// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QLabel>

namespace Lifeboat {

// A label for error messages, in a red that follows the palette: the window
// text colour mixed with red, so that it reads on light and dark themes
// alike (a fixed red is too dark on a dark window). It follows palette changes.
class ErrorLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorLabel)

public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    // The error colour for text drawn with `palette`'s window text colour.
    static QColor errorColor(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void followPalette();

    bool m_following = false;
};

} // namespace Lifeboat
