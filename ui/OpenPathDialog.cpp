// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "OpenPathDialog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace Lifeboat {

bool OpenPathDialog::openPath(QWidget *parent, const QString &path)
{
    if (QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        return true;
    // QDesktopServices does not say why; whether a launcher exists is what
    // tells the two cases apart.
    const QString reason = QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty()
        ? tr("This system has no desktop launcher (xdg-open) to open it with.")
        : tr("The desktop launcher (xdg-open) could not open it.");
    auto *dialog = new OpenPathDialog(path, reason, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return false;
}

OpenPathDialog::OpenPathDialog(const QString &path, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(QDir::toNativeSeparators(path), this))
{
    setWindowTitle(tr("Could not open"));
    auto *text = new QLabel(tr("Lifeboat could not open %1. %2 Copy the path and open it yourself.")
                                .arg(QDir::toNativeSeparators(path), reason),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setAccessibleName(tr("Why it could not open"));
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Path"));
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copy"));
    copy->setAccessibleName(tr("Copy the path"));
    connect(
        copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_path->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(qMax(sizeHint().width(), 480), sizeHint().height());
}

QString OpenPathDialog::path() const
{
    return m_path->text();
}

} // namespace Lifeboat
