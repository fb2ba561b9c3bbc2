#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lifeboat {

// The append-only record of one run: one JSON object a line ("run", then
// "step-start" / "step-end", "confirmation" with when it was asked, the
// answer, by whom and how long the run waited, "run-end"). Every entry is
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
    [[nodiscard]] bool append(QJsonObject entry);
    QString errorString() const { return m_error; }
    QString path() const { return m_file.fileName(); }

    static QList<QJsonObject> read(const QString &path);
    static QString fileName() { return QStringLiteral("journal.jsonl"); }

private:
    QFile m_file;
    QString m_error;
};

} // namespace Lifeboat
