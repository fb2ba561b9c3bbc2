// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "AgentChannel.h"
#include "AgentCommandLine.h"

#include <support/ProcessMemory.h>
#include <support/Translation.h>

#include <QCoreApplication>

#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

void stop(int)
{
    Lifeboat::AgentChannel::requestStop();
}

// Standard output carries protocol frames and nothing else: the protocol
// gets descriptors of its own, and whatever else writes to standard output
// (a library's message, a stray print) lands on standard error instead.
// Standard input becomes /dev/null, so that nothing else reads frames.
void takeStandardStreams(int *input, int *output)
{
    *input = ::fcntl(STDIN_FILENO, F_DUPFD_CLOEXEC, 3);
    *output = ::fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
    ::dup2(STDERR_FILENO, STDOUT_FILENO);
    const int nothing = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (nothing >= 0) {
        ::dup2(nothing, STDIN_FILENO);
        ::close(nothing);
    }
    // A client that went away is a failed write, not a silent death: the
    // request then cleans up.
    ::signal(SIGPIPE, SIG_IGN);
    struct sigaction action
    {
    };
    action.sa_handler = stop;
    sigemptyset(&action.sa_mask);
    for (int signal : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(signal, &action, nullptr);
}

} // namespace

int main(int argc, char **argv)
{
    Lifeboat::ProcessMemory::returnLargeBlocks();
    int input = STDIN_FILENO;
    int output = STDOUT_FILENO;
    if (argc > 1 && std::strcmp(argv[1], "serve") == 0)
        takeStandardStreams(&input, &output);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-agent"));
    // The client's language arrives in its hello; until then the system's.
    Lifeboat::Translation::install(app);
    Lifeboat::AgentCommandLine commandLine(input, output);
    return commandLine.run(QCoreApplication::arguments());
}
