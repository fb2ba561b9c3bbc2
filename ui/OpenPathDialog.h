// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDialog>

class QLineEdit;

namespace Lifeboat {

// Opens a file or folder with the desktop's launcher. Where there is none
// (a server without a desktop, no xdg-open), or it refuses, the path is shown
// in a dialog that says why, with a button that copies it, instead of
// nothing happening.
class OpenPathDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenPathDialog)

public:
    // True when the launcher took it; otherwise shows the dialog (not
    // blocking) and returns false.
    static bool openPath(QWidget *parent, const QString &path);

    OpenPathDialog(const QString &path, const QString &reason, QWidget *parent = nullptr);

    QString path() const;

private:
    QLineEdit *m_path;
};

} // namespace Lifeboat
