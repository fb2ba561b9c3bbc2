// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SandboxFixture.h"

#include "Processes.h"
#include "SandboxJanitor.h"
#include "SandboxStop.h"

#include <cluster/RepositoryLock.h>
#include <sandbox/SandboxFileSystem.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>


namespace Lifeboat::Testing {

SandboxFixture::SandboxFixture(const QStringList &createOptions)
    : m_janitor(std::make_unique<SandboxJanitor>(m_root.path(), directory()))
    , m_runner(m_root.path())
{
    m_created = m_runner.lifeboat(QStringList{QStringLiteral("sandbox"), QStringLiteral("create"), directory()} + createOptions);
    if (m_created.exitCode != 0)
        return;
    QString error;
    if (auto loaded = ClusterProfile::load(path(QStringLiteral("cluster.json")), &error))
        m_profile = *loaded;
}

SandboxFixture::~SandboxFixture()
{
    if (created()) {
        SandboxStop::now(m_runner, directory());
        // A sandbox on an image of its own (--filesystem): unmounted before its folder goes.
        QString ignored;
        (void)SandboxFileSystem::unmount(directory(), &ignored);
    }
    // Gone before the janitor wakes up, which then finds nothing to do.
    m_root.remove();
}

QString SandboxFixture::adminPassword() const
{
    QFile file(path(QStringLiteral("secrets.json")));
    file.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("sandbox-admin")).toString();
}

CommandResult SandboxFixture::sandbox(const QString &action, const QStringList &arguments) const
{
    return m_runner.lifeboat(QStringList{QStringLiteral("sandbox"), action, directory()} + arguments);
}

CommandResult SandboxFixture::backupMode(const QString &command, const QStringList &extra) const
{
    const NodeProfile &primary = *m_profile.primary();
    return m_runner.node(QStringList{QStringLiteral("lcbackupmode"), command, QStringLiteral("-host=127.0.0.1"),
                                     QStringLiteral("-port=%1").arg(primary.httpUrl.port()), QStringLiteral("-user=admin"),
                                     QStringLiteral("-password=") + adminPassword()}
                         + extra);
}

bool SandboxFixture::processAlive(qint64 pid)
{
    return pid > 0 && processRunning(pid);
}

QStringList SandboxFixture::livingNodes() const
{
    QStringList living;
    for (const NodeProfile &node : m_profile.nodes) {
        const auto lock = RepositoryLock::inspect(node.repository);
        if (lock.state == RepositoryLock::State::Held && processAlive(lock.pid))
            living.append(node.name);
    }
    return living;
}

} // namespace Lifeboat::Testing
