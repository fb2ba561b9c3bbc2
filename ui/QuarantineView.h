// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QFuture>
#include <QList>
#include <QString>
#include <QWidget>
#include <optional>
#include <profile/ClusterProfile.h>
#include <restore/Quarantine.h>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Lifeboat {

// What each restore of one profile kept in its quarantines, as `lifeboat
// quarantine list` shows it: the run, when, how much, and every path it
// moved aside. Purge deletes a run's quarantine for good (Quarantine::purge,
// as `lifeboat quarantine purge`), after a question that lists the folders.
// Listing and purging run on a worker thread (on the node's host where the
// quarantine is there); the destructor waits for it.
class QuarantineView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineView)

public:
    explicit QuarantineView(QWidget *parent = nullptr);
    ~QuarantineView() override;

    void setProfile(const std::optional<ClusterProfile> &profile);
    void refresh();

    const QList<Quarantine::Run> &runs() const { return m_runs; }
    QString currentRun() const;
    void select(const QString &runId);
    // Asks first (a window-modal question listing the folders).
    void purgeSelected();
    QString statusText() const;

    // The list has been read since the last refresh() (listed() may come
    // before anyone listens: a quick worker's result is shown at once).
    bool isListed() const { return m_listed; }

Q_SIGNALS:
    void listed();
    void purged(bool succeeded);

private:
    void showRuns(const QList<Quarantine::Run> &runs);
    void purge(const Quarantine::Run &run);
    void updateButtons();
    const Quarantine::Run *chosen() const;

    std::optional<ClusterProfile> m_profile;
    QList<Quarantine::Run> m_runs;
    QTreeWidget *m_list;
    QLabel *m_status;
    QPushButton *m_purge;
    QFuture<void> m_work; // the worker's part only
    bool m_busy = false;
    bool m_listed = false;
};

} // namespace Lifeboat
