// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CheckResultRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Lifeboat {

CheckResultRow::CheckResultRow(const PreconditionResult &result, const QString &hint, QWidget *parent)
    : QWidget(parent)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_DialogApplyButton;
    QString statusText = tr("passed");
    QString statusName = QStringLiteral("pass");
    if (result.status == PreconditionResult::Status::Warn) {
        pixmap = QStyle::SP_MessageBoxWarning;
        statusText = tr("warning");
        statusName = QStringLiteral("warn");
    } else if (result.status == PreconditionResult::Status::Fail) {
        pixmap = QStyle::SP_MessageBoxCritical;
        statusText = tr("failed");
        statusName = QStringLiteral("fail");
    }
    setProperty("checkStatus", statusName);
    setProperty("checkTitle", result.title);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 6);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(statusIconSize, statusIconSize));
    icon->setAccessibleName(statusText);
    layout->addWidget(icon, 0, Qt::AlignTop);

    QString text = QStringLiteral("<b>%1</b><br>%2").arg(result.title.toHtmlEscaped(), result.message.toHtmlEscaped());
    const QString whatToDo = hint.isEmpty() ? result.hint : hint;
    if (result.status != PreconditionResult::Status::Pass && !whatToDo.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(tr("What to do: %1").arg(whatToDo).toHtmlEscaped());
    auto *label = new QLabel(text, this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAccessibleName(tr("%1: %2").arg(result.title, statusText));
    label->setAccessibleDescription(result.message);
    layout->addWidget(label, 1);
}

} // namespace Lifeboat
