// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxJanitor.h"

#include "CommandRunner.h"

#include <QFile>
#include <fcntl.h>
#include <sandbox/SandboxHosts.h>
#include <unistd.h>

namespace Lifeboat::Testing {

SandboxJanitor::SandboxJanitor(const QString &root, const QString &directory)
{
    int ends[2];
    if (::pipe2(ends, O_CLOEXEC) != 0)
        return;
    const QByteArray script
        = QByteArrayLiteral("read _; timeout 60 \"$1\" sandbox stop \"$2\" >/dev/null 2>&1\n"
                            "for pid in $(pgrep -f \"$2\"); do [ \"$pid\" = $$ ] || kill -9 \"$pid\"; done\n"
                            "umount \"$2/storage\" 2>/dev/null\n"
                            "[ -d \"$3\" ] && find \"$3\" -depth -type d -empty -delete\n"
                            "rmdir /opt/lifeboat-sandbox 2>/dev/null; rm -rf \"$4\"\n");
    const QByteArray lifeboat = QFile::encodeName(CommandRunner::binary(QStringLiteral("lifeboat")));
    const QByteArray arguments[] = { QFile::encodeName(directory),
        QFile::encodeName(SandboxHosts::mountRootFor(directory)), QFile::encodeName(root) };
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(ends[0], STDIN_FILENO);
        ::setsid(); // not in the test's process group: it outlives a kill of that
        ::execl("/bin/sh", "sh", "-c", script.constData(), "janitor", lifeboat.constData(),
            arguments[0].constData(), arguments[1].constData(), arguments[2].constData(),
            static_cast<char *>(nullptr));
        ::_exit(127);
    }
    ::close(ends[0]);
    m_pipe = pid > 0 ? ends[1] : -1;
    if (pid < 0)
        ::close(ends[1]);
}

SandboxJanitor::~SandboxJanitor()
{
    if (m_pipe >= 0)
        ::close(m_pipe);
}

} // namespace Lifeboat::Testing
