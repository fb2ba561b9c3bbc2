// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SecretDialog.h"

#include <profile/SecretStore.h>

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QThread>

namespace Lifeboat {

void SecretDialog::install(QWidget *parent)
{
    QPointer<QWidget> owner(parent);
    SecretStore::setPrompt([owner](const QString &name, const QString &environmentName) {
        QString answer;
        auto show = [&] { answer = owner ? ask(owner, name, environmentName) : QString(); };
        if (QThread::currentThread() == qApp->thread())
            show();
        else
            QMetaObject::invokeMethod(qApp, show, Qt::BlockingQueuedConnection);
        return answer;
    });
}

QString SecretDialog::ask(QWidget *parent, const QString &name, const QString &environmentName)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Secret needed"));
    dialog.setLabelText(tr("The secret \"%1\" is not set. Type it to go on; Lifeboat keeps it in memory for this session "
                           "only and never writes it anywhere.\n(To set it for good: the environment variable %2, or the "
                           "profile's secrets file.)").arg(name, environmentName));
    dialog.setTextEchoMode(QLineEdit::Password);
    dialog.setAccessibleName(tr("Secret %1").arg(name));
    return dialog.exec() == QDialog::Accepted ? dialog.textValue() : QString();
}

} // namespace Lifeboat
