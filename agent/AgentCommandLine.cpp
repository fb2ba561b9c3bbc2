// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentCommandLine.h"

#include "AgentChannel.h"
#include "AgentServer.h"

#include <hosts/AgentProtocol.h>
#include <lifeboat/Version.h>

#include <QTextStream>

namespace Lifeboat {

AgentCommandLine::AgentCommandLine(int protocolInput, int protocolOutput)
    : m_protocolInput(protocolInput)
    , m_protocolOutput(protocolOutput)
{ }

int AgentCommandLine::usage(const QString &problem)
{
    QTextStream err(stderr);
    if (!problem.isEmpty())
        err << "lifeboat-agent: " << problem << '\n';
    err << tr("usage: lifeboat-agent serve [--verbose]\n"
              "       lifeboat-agent --version\n"
              "Lifeboat starts it on a node host over ssh, to work on that host's files.")
        << Qt::endl;
    return 2;
}

int AgentCommandLine::run(const QStringList &arguments)
{
    const QStringList options = arguments.mid(1);
    if (options == QStringList{QStringLiteral("--version")}) {
        QTextStream(stdout) << "lifeboat-agent " << versionString << " (protocol " << AgentProtocol::version << ")"
                            << Qt::endl;
        return 0;
    }
    if (options.value(0) == QLatin1String("--help") || options.value(0) == QLatin1String("-h"))
        return usage({});
    if (options.value(0) != QLatin1String("serve"))
        return usage(options.isEmpty() ? QString() : tr("unknown command \"%1\"").arg(options.value(0)));
    bool verbose = false;
    int announced = AgentProtocol::version;
    for (qsizetype i = 1; i < options.size(); ++i) {
        if (options.at(i) == QLatin1String("--verbose"))
            verbose = true;
        else if (options.at(i) == QLatin1String("--announce-protocol") && i + 1 < options.size())
            announced = options.at(++i).toInt();
        else
            return usage(tr("unknown option \"%1\"").arg(options.at(i)));
    }
    AgentChannel channel(m_protocolInput, m_protocolOutput);
    AgentServer server(channel, announced, verbose);
    return server.run();
}

} // namespace Lifeboat
