// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Journal.h"

#include <support/DiskSync.h>

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <unistd.h>

namespace Lifeboat {

Journal::Journal(QString path)
    : m_file(std::move(path))
{
}

bool Journal::open()
{
    const bool created = !m_file.exists();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("Cannot write the run journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    if (created)
        DiskSync::directory(QFileInfo(m_file).absolutePath());
    return true;
}

bool Journal::append(JournalEntry entry)
{
    entry.setTime(QDateTime::currentDateTimeUtc());
    const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush() || ::fsync(m_file.handle()) != 0) {
        m_error = tr("Cannot write the run journal %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

QList<JournalEntry> Journal::read(const QString &path)
{
    QFile file(path);
    QList<JournalEntry> entries;
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break; // torn by a crash mid-write
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (!document.isObject())
            continue;
        if (auto entry = JournalEntry::fromJson(document.object()))
            entries.append(std::move(*entry));
    }
    return entries;
}

} // namespace Lifeboat
