// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ErrorLabel.h"

#include <QEvent>
#include <QGuiApplication>

namespace Lifeboat {

ErrorLabel::ErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    followPalette();
}

QColor ErrorLabel::errorColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor red(0xe0, 0x20, 0x20);
    return QColor((text.red() + red.red()) / 2, (text.green() + red.green()) / 2, (text.blue() + red.blue()) / 2);
}

void ErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        followPalette();
}

void ErrorLabel::followPalette()
{
    // Our own palette holds the red; the colour it derives from is the one
    // the label would inherit.
    if (m_following)
        return;
    m_following = true;
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
    QPalette own = palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        QPalette groupPalette = inherited;
        groupPalette.setCurrentColorGroup(group);
        own.setColor(group, QPalette::WindowText, errorColor(groupPalette));
        // Rich text (a list of problems) is drawn in the Text colour.
        own.setColor(group, QPalette::Text, errorColor(groupPalette));
    }
    setPalette(own);
    m_following = false;
}

} // namespace Lifeboat
