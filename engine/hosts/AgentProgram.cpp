// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentProgram.h"

#include <lifeboat/InstallLayout.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Lifeboat {

QString AgentProgram::local()
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable());
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString binDir = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {binDir + QStringLiteral("/lifeboat-agent"),
                                     QDir::cleanPath(binDir + u'/' + QLatin1String(agentProgramFromBinDir))}) {
        if (QFileInfo(candidate).isExecutable())
            return candidate;
    }
    return QStandardPaths::findExecutable(QStringLiteral("lifeboat-agent"));
}

QString AgentProgram::onHosts()
{
    return QLatin1String(agentProgramOnHosts);
}

} // namespace Lifeboat
