// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/JournalEntry.h>

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QString>

namespace Lifeboat {

// The append-only record of one run: one JournalEntry a line (the run, then
// each step's start and end, each confirmation with when it was asked, the
// answer, by whom and how long the run waited, the run's end). Every entry is
// flushed and fsync'ed before append() returns, so after a crash or kill -9
// the journal says exactly which step was in flight. A torn last line (the
// crash came mid-write) is ignored when reading.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
    Q_DISABLE_COPY_MOVE(Journal)

public:
    explicit Journal(QString path);

    [[nodiscard]] bool open();
    // Stamps the entry with the current time (UTC) and writes it.
    [[nodiscard]] bool append(JournalEntry entry);
    QString errorString() const { return m_error; }
    QString path() const { return m_file.fileName(); }

    // The entries in the order written; lines that are no entry this
    // release knows are left out.
    static QList<JournalEntry> read(const QString &path);
    static QString fileName() { return QStringLiteral("journal.jsonl"); }

private:
    QFile m_file;
    QString m_error;
};

} // namespace Lifeboat
