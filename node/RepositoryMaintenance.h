// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace Lifeboat {

// The sandbox node's side of Oak's RepositoryManagement MBean: a data store
// garbage collection or a revision cleanup started over JMX runs for a while
// and reports its status the way Oak does (a code: 1 none, 3 running,
// 4 succeeded), so that Lifeboat's check "no cleanup runs during an online
// backup" can be shown and practised. Nothing is collected: it only takes time.
class RepositoryMaintenance
{
public:
    enum class Operation { DataStoreGc, RevisionGc };

    // How long a started operation runs in the sandbox.
    static constexpr qint64 runningMs = 120 * 1000;

    void start(Operation operation);
    void cancel(Operation operation);
    // Oak's status: {code, id, message}.
    QJsonObject status(Operation operation) const;

private:
    struct State
    {
        QElapsedTimer started;
        bool cancelled = false;
        int id = 0;
    };
    State &state(Operation operation) { return operation == Operation::DataStoreGc ? m_dataStore : m_revision; }
    const State &state(Operation operation) const { return operation == Operation::DataStoreGc ? m_dataStore : m_revision; }

    State m_dataStore;
    State m_revision;
};

} // namespace Lifeboat
