// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CommandLineWatch.h"

#include "Processes.h"

#include <QFileInfo>
#include <QMutexLocker>
#include <chrono>

namespace Lifeboat::Testing {

CommandLineWatch::CommandLineWatch(QStringList secrets, int intervalMs)
    : m_intervalMs(intervalMs)
    , m_secrets(std::move(secrets))
{ }

CommandLineWatch::~CommandLineWatch()
{
    stop();
}

void CommandLineWatch::start()
{
    if (m_running.exchange(true))
        return;
    m_thread = std::thread([this] { watch(); });
}

void CommandLineWatch::stop()
{
    if (!m_running.exchange(false))
        return;
    m_thread.join();
}

void CommandLineWatch::watchFor(const QStringList &secrets)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets += secrets;
}

QStringList CommandLineWatch::findings() const
{
    const QMutexLocker lock(&m_mutex);
    return m_findings;
}

QSet<QString> CommandLineWatch::programsSeen() const
{
    const QMutexLocker lock(&m_mutex);
    return m_programs;
}

void CommandLineWatch::watch()
{
    while (m_running) {
        look();
        ++m_scans;
        std::this_thread::sleep_for(std::chrono::milliseconds(m_intervalMs));
    }
}

void CommandLineWatch::look()
{
    const QStringList secrets = [this] {
        const QMutexLocker lock(&m_mutex);
        return m_secrets;
    }();
    QStringList found;
    QSet<QString> programs;
    for (qint64 pid : processIds()) {
        QString line = QString::fromLocal8Bit(commandLine(pid)).replace(QChar(0), u' ').trimmed();
        if (line.isEmpty())
            continue;
        programs.insert(QFileInfo(line.section(u' ', 0, 0)).fileName());
        bool secret = false;
        for (const QString &value : secrets) {
            if (line.contains(value)) {
                line.replace(value, QStringLiteral("<secret>"));
                secret = true;
            }
        }
        if (secret)
            found.append(QStringLiteral("%1: %2").arg(pid).arg(line));
    }
    const QMutexLocker lock(&m_mutex);
    m_programs.unite(programs);
    for (const QString &finding : std::as_const(found)) {
        if (!m_findings.contains(finding))
            m_findings.append(finding);
    }
}

} // namespace Lifeboat::Testing
