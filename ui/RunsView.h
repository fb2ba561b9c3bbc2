// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "UnfinishedRuns.h"

#include <QFuture>
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>
#include <run/RunRecord.h>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace Lifeboat {

// Every run kept in the runs directory, newest first, with its result (as
// `lifeboat runs`): its report can be opened (and when no program opens it,
// its path is shown with a Copy button); an interrupted run that nothing
// holds can be resumed in the wizard (as `lifeboat resume`) or set aside
// (the Welcome page no longer offers it). The journals are read on a worker
// thread; the destructor waits for it.
class RunsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunsView)

public:
    explicit RunsView(QString runsDirectory, QWidget *parent = nullptr);
    ~RunsView() override;

    void refresh();
    // Whether Resume is offered (not once a run has ended the wizard).
    void setResumeAllowed(bool allowed);

    const QList<RunRecord> &runs() const { return m_runs; }
    QString currentRun() const;
    void select(const QString &runId);
    void openReport();
    void resumeSelected();
    void setAsideSelected();
    // The path shown after a report could not be opened; empty otherwise.
    QString unopenedPath() const;

    // The list has been read since the last refresh() (listed() may come
    // before anyone listens: a quick worker's result is shown at once).
    bool isListed() const { return m_listed; }

Q_SIGNALS:
    void listed();
    // The chosen run, its profile loaded, ready for the wizard's Run page.
    void resumeRequested(const Lifeboat::UnfinishedRuns::Offer &offer);

private:
    struct Row
    {
        RunRecord record;
        bool resumable = false; // interrupted (its lock not held), or a failed run that may be tried again
        bool retry = false;     // the failed kind
        std::optional<ClusterProfile> profile; // a resumable run's, loaded with the list
        QString profileError;
        QString opens; // its report, or its folder while it has none
    };

    void showRuns(const QList<Row> &rows);
    void updateButtons();
    const Row *chosen() const;
    // Asks the desktop to open `path`; when it cannot, shows it to copy.
    void open(const QString &path);

    QString m_runsDirectory;
    QList<RunRecord> m_runs;
    QList<Row> m_rows;
    QTreeWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_resume;
    QPushButton *m_aside;
    QWidget *m_unopened;
    QLabel *m_unopenedReason;
    QLineEdit *m_unopenedPath;
    QFuture<void> m_work; // the worker's part only
    bool m_resumeAllowed = true;
    bool m_busy = false;
    bool m_listed = false;
};

} // namespace Lifeboat
