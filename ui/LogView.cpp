// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "LogView.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Lifeboat {

namespace {
constexpr int batchIntervalMs = 100;
constexpr qsizetype keptRecords = 100000;
constexpr int shownLines = 20000;
} // namespace

LogView::LogView(QWidget *parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_follow(new QCheckBox(tr("&Follow"), this))
    , m_text(new QPlainTextEdit(this))
{
    m_level->addItem(tr("Everything"), int(LogRecord::Level::Debug));
    m_level->addItem(tr("Information and above"), int(LogRecord::Level::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogRecord::Level::Warning));
    m_level->addItem(tr("Errors only"), int(LogRecord::Level::Error));
    m_level->setCurrentIndex(1);
    m_level->setAccessibleName(tr("Log level"));
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_follow->setChecked(true);
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(shownLines);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setAccessibleName(tr("Run log"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("&Copy"), this);
    auto *saveButton = new QPushButton(tr("Sa&ve…"), this);

    auto *tools = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("&Show:"), this);
    levelLabel->setBuddy(m_level);
    tools->addWidget(levelLabel);
    tools->addWidget(m_level);
    tools->addWidget(m_search, 1);
    tools->addWidget(m_follow);
    tools->addWidget(copy);
    tools->addWidget(saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_text, 1);

    m_batch.setInterval(batchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &LogView::flush);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogView::refilter);
    connect(m_search, &QLineEdit::textChanged, this, &LogView::refilter);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(visibleText()); });
    connect(saveButton, &QPushButton::clicked, this, &LogView::save);
}

void LogView::append(const LogRecord &record)
{
    m_pending.append(record);
    if (!m_batch.isActive())
        m_batch.start();
}

QString LogView::format(const LogRecord &record)
{
    static const char *names[] = {"trace", "debug", "info", "warning", "error", "critical"};
    return QStringLiteral("%1 %2 %3").arg(record.time.toString(QStringLiteral("HH:mm:ss.zzz")),
                                          QLatin1String(names[int(record.level)]), record.message);
}

bool LogView::shows(const LogRecord &record) const
{
    return int(record.level) >= m_level->currentData().toInt()
        && (m_search->text().isEmpty() || record.message.contains(m_search->text(), Qt::CaseInsensitive));
}

void LogView::flush()
{
    if (m_pending.isEmpty()) {
        m_batch.stop();
        return;
    }
    QStringList lines;
    for (const LogRecord &record : std::as_const(m_pending)) {
        if (shows(record))
            lines.append(format(record));
    }
    m_records.append(m_pending);
    m_pending.clear();
    if (m_records.size() > keptRecords)
        m_records.remove(0, m_records.size() - keptRecords);
    if (!lines.isEmpty())
        m_text->appendPlainText(lines.join(u'\n'));
    if (m_follow->isChecked())
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

void LogView::refilter()
{
    flush();
    QStringList lines;
    for (const LogRecord &record : std::as_const(m_records)) {
        if (shows(record))
            lines.append(format(record));
    }
    m_text->setPlainText(lines.mid(std::max<qsizetype>(0, lines.size() - shownLines)).join(u'\n'));
}

QString LogView::visibleText() const
{
    return m_text->toPlainText();
}

void LogView::save()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the log"), QStringLiteral("lifeboat-run.log"),
                                                      tr("Log files (*.log *.txt)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray text = visibleText().toUtf8();
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size())
        file.commit();
}

} // namespace Lifeboat
