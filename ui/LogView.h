// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <logging/LogRecord.h>

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace Lifeboat {

// The live log: level filter, search, follow, copy and save. Records arrive
// on the GUI thread through queued signals and are drawn in batches every
// 100 ms, so thousands of lines a second never stall the window.
class LogView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogView)

public:
    explicit LogView(QWidget *parent = nullptr);

    void append(const LogRecord &record);
    QString visibleText() const;
    qsizetype recordCount() const { return m_records.size(); }

private:
    void flush();
    void refilter();
    bool shows(const LogRecord &record) const;
    static QString format(const LogRecord &record);
    void save();

    QComboBox *m_level;
    QLineEdit *m_search;
    QCheckBox *m_follow;
    QPlainTextEdit *m_text;
    QList<LogRecord> m_records;
    QList<LogRecord> m_pending;
    QTimer m_batch;
};

} // namespace Lifeboat
