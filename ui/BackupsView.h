// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QFuture>
#include <QList>
#include <QString>
#include <QWidget>
#include <backup/BackupSetCatalog.h>
#include <optional>
#include <profile/ClusterProfile.h>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace Lifeboat {

// The backup sets of one profile, as `lifeboat backups` lists them: time,
// strategy, full or incremental (on which base), own size and restore size,
// the last verification. A set can be verified (BackupSetVerifier, as
// `lifeboat verify`, with progress), deleted (BackupRetention's rules, as
// `lifeboat prune`: a set another set takes files from stays, and the view
// says which), and opened to see its parts. All disk work runs on a worker
// thread; the destructor waits for it.
class BackupsView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackupsView)

public:
    explicit BackupsView(QWidget *parent = nullptr);
    ~BackupsView() override;

    void setProfile(const std::optional<ClusterProfile> &profile);
    void refresh();

    const QList<BackupSetCatalog::Set> &sets() const { return m_sets; }
    // The set chosen in the list; empty when none is.
    QString currentSet() const;
    void select(const QString &setId);
    void verifySelected();
    // Asks first (a window-modal question); refuses a set another set needs.
    void deleteSelected();
    bool isBusy() const { return m_busy; }
    QString statusText() const;

    // The list has been read since the last refresh() (listed() may come
    // before anyone listens: a quick worker's result is shown at once).
    bool isListed() const { return m_listed; }

Q_SIGNALS:
    void listed();
    void contentsShown();
    void verified(bool intact);
    void deleted(bool succeeded);

private:
    struct Verification
    {
        bool read = false; // false: not a backup set at all (error)
        bool intact = false;
        int files = 0;
        int archives = 0;
        QString problems;
        QString error;
    };

    void showSets(const QList<BackupSetCatalog::Set> &sets);
    void showContents();
    void removeSet(const BackupSetCatalog::Set &set);
    void setBusy(bool busy);
    void updateButtons();
    const BackupSetCatalog::Set *chosen() const;
    static QString verifiedText(const BackupSetCatalog::Set &set);

    struct Listing
    {
        QList<BackupSetCatalog::Set> sets;
        int unfinished = 0;
        qint64 unfinishedBytes = 0;
    };

    std::optional<ClusterProfile> m_profile;
    QList<BackupSetCatalog::Set> m_sets;
    QTreeWidget *m_list;
    QTreeWidget *m_contents;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_unfinished; // the unfinished sets' count and size, when there are any
    QPushButton *m_verify;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QString m_reselect; // the set chosen before a refresh
    QFuture<void> m_work; // the worker's part only
    bool m_busy = false;
    bool m_listed = false;
    int m_generation = 0;
};

} // namespace Lifeboat
