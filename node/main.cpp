// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "NodeCommandLine.h"

#include <support/Translation.h>

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-node"));
    // lifeboat's --lang arrives as LIFEBOAT_LANG; else the system locale.
    Lifeboat::Translation::install(app);
    // Started without LIFEBOAT_SECRET_* (issue 18): the secrets a node does
    // not use (a custom database's password) must not keep it from starting.
    Lifeboat::ClusterProfile::setSecretsRequiredOnLoad(false);
    Lifeboat::NodeCommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
