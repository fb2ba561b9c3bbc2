// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "CommandLineWatch.h"

#include <QDir>
#include <QFile>
#include <chrono>

namespace Lifeboat::Testing {

CommandLineWatch::CommandLineWatch(QByteArrayList secrets)
    : m_secrets(std::move(secrets))
    , m_thread([this] {
        while (!m_stop) {
            sweep();
            ++m_sweeps;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    })
{ }

CommandLineWatch::~CommandLineWatch()
{
    (void)seen();
}

QStringList CommandLineWatch::seen()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    QMutexLocker lock(&m_mutex);
    return m_seen;
}

void CommandLineWatch::sweep()
{
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!entry.front().isDigit())
            continue;
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray commandLine = file.readAll();
        bool holds = false;
        for (const QByteArray &secret : m_secrets) {
            if (!secret.isEmpty() && commandLine.contains(secret)) {
                commandLine.replace(secret, "********");
                holds = true;
            }
        }
        if (!holds)
            continue;
        const QString shown = QString::fromLocal8Bit(commandLine.replace('\0', ' ')).trimmed();
        QMutexLocker lock(&m_mutex);
        if (!m_seen.contains(shown))
            m_seen.append(shown);
    }
}

} // namespace Lifeboat::Testing
