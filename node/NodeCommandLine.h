// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// `lifeboat-node`'s commands, shaped like the scripts of a real cluster:
//   serve  --profile P --node N   run the node in the foreground
//   start  --profile P --node N   start it in the background, wait until up
//   stop   --profile P --node N   stop it and wait until it is down
//   status --profile P --node N   print its status as JSON
//   lcbackupmode enter|leave|enterContinuousCoverage|leaveContinuousCoverage
//          -host=H -port=P -user=U -password=W [-label=L] [-timeout=T]
// What it prints for a person is in their language (main.cpp loads it);
// status's JSON and the node's HTTP answers are not.
class NodeCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(NodeCommandLine)

public:
    int run(const QStringList &arguments);

private:
    int serve();
    int start();
    int stop();
    int status();
    int backupMode(const QStringList &arguments);
    bool loadNode(const QStringList &arguments);
    int usage(const QString &problem);

    ClusterProfile m_profile;
    QString m_node;
    int m_timeoutSeconds = 60;
};

} // namespace Lifeboat
