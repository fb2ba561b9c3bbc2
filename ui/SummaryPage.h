// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QFuture>
#include <QList>
#include <QString>

#include <utility>

#include <QWizardPage>
#include <cluster/NodeStatus.h>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Lifeboat {

struct RunRecord;

class WizardSession;

// The end of a run: the outcome, how long each step took and what it
// changed, what the user still has to do, and the report (open it, save it,
// as HTML or PDF, or open the run's folder with its journal and log). The
// run's journal is read, and the PDF rendered, on a worker thread.
class SummaryPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(WizardSession *session, QWidget *parent = nullptr);

    ~SummaryPage() override;

    void initializePage() override;
    int nextId() const override { return -1; }
    // The run's journal is still being read.
    bool isLoading() const { return m_loading; }

    // Writes the report to `path` as HTML or, when it ends in .pdf, as PDF.
    void saveReportTo(const QString &path);

Q_SIGNALS:
    void reportSaved(const QString &path, bool succeeded, const QString &error);

private:
    // What a person must still do after a recovery: purge the quarantine,
    // leave rolling backup mode.
    static QStringList recoveryReminders(const RunRecord &record);
    // After a recovery: each restored node's state, asked on a worker thread.
    void checkHealth(const RunRecord &record);
    void showHealth(const QList<NodeStatus> &states);
    // Work a node goes on with after the run gave it up: an online copy.
    static QStringList backgroundWork(const RunRecord &record);
    void showRecord(const RunRecord &record);
    QString reportPath() const;
    void saveReport();

    WizardSession *m_session;
    QLabel *m_outcome;
    QTreeWidget *m_steps;
    QLabel *m_todo;
    QLabel *m_health; // a recovery's nodes after the run: running, in sync, locked by their process
    QPushButton *m_save;
    QLabel *m_saved;
    QFuture<std::pair<bool, QString>> m_saving; // the worker's part only: the destructor waits for it
    QFuture<QList<NodeStatus>> m_probing; // likewise
    bool m_loading = false;
    int m_generation = 0;
};

} // namespace Lifeboat
