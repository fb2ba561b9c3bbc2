// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Lifeboat {

// The wizard's way to ask for a secret that neither the environment nor the
// secrets file holds: a password field over the wizard. The engine asks from
// its worker threads; the question is carried to the GUI thread, which is the
// only one that may show a dialog, and the worker waits for the answer.
class SecretDialog
{
    Q_DECLARE_TR_FUNCTIONS(SecretDialog)

public:
    SecretDialog() = delete;

    static void install(QWidget *parent);
    static QString ask(QWidget *parent, const QString &name, const QString &environmentName);
};

} // namespace Lifeboat
