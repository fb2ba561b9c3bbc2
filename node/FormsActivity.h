// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace Lifeboat {

class FormsDatabase;

// The real work a sandbox author node does, so that backups face what they
// face in production: it writes new GDS documents with their database rows,
// and a file collector removes expired ones — except while the cluster is in
// a backup mode. A document's file is written before its row and its row is
// deleted before its file, so at any instant the database refers only to
// files that exist; a backup that copies the database and the GDS at
// different moments outside backup mode can still miss files.
class FormsActivity : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormsActivity)

public:
    struct Settings
    {
        int documentsPerMinute = 12;
        int documentLifetimeSeconds = 120;
    };

    FormsActivity(FormsDatabase *database, QString gds, QString repository, QString nodeName, Settings settings,
                  QObject *parent = nullptr);

    void start();

private:
    void writeDocument();
    void collectExpired();
    void touchRepository();

    FormsDatabase *m_database;
    QString m_gds;
    QString m_repository;
    QString m_node;
    Settings m_settings;
    QTimer m_writeTimer;
    QTimer m_collectTimer;
    QTimer m_repositoryTimer;
    int m_repositoryTicks = 0;
    bool m_heldBack = false;
};

} // namespace Lifeboat
