// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "OnlineBackupOptions.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>

namespace Lifeboat {

// The node agent's counterpart of AEM's online repository backup: copies a
// live crx-repository in passes on a worker thread until a pass finds nothing
// new, optionally zipping the result. The getters are safe to poll from any
// thread while the copy runs. Its messages answer on AEM's HTTP interface and
// stay English, as AEM's do.
class OnlineBackupJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OnlineBackupJob)

public:
    explicit OnlineBackupJob(QObject *parent = nullptr);
    // Cancels a running backup and waits for its worker.
    ~OnlineBackupJob() override;

    // Returns at once; false if a backup is running or the target is unusable.
    [[nodiscard]] bool start(const OnlineBackupOptions &options);

    bool inProgress() const;
    int progressPercent() const;
    // The target of the running backup; empty when none runs.
    QString currentTarget() const;
    // Empty before the first run, then the outcome of the last one.
    QString lastResult() const;
    bool lastSucceeded() const;
    QString errorString() const;

Q_SIGNALS:
    // Emitted in this object's thread once a backup has ended.
    void finished(bool succeeded, const QString &message);

private:
    // A checked, absolute version of the options, and where the passes copy to.
    struct Plan
    {
        QString repositoryDir;
        QString target;
        QString copyDir; // the target folder, or the temporary folder of a zip
        bool zip = false;
        int delayMs = 0;
    };

    [[nodiscard]] bool prepare(const OnlineBackupOptions &options, Plan &plan);
    [[nodiscard]] bool prepareDirectory(Plan &plan);
    [[nodiscard]] bool prepareZip(Plan &plan);
    [[nodiscard]] bool fail(const QString &message);
    void run(const Plan &plan);
    void cleanUp(const Plan &plan, bool succeeded);
    void finish(bool succeeded, const QString &message);

    std::atomic_bool m_running{false};
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_lastSucceeded{false};
    std::atomic_int m_progress{0};
    mutable QMutex m_mutex; // guards the strings below
    QString m_currentTarget;
    QString m_lastResult;
    QString m_errorString;
    QFuture<void> m_future;
};

} // namespace Lifeboat
