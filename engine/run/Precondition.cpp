// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Precondition.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace Lifeboat {

QString PreconditionResult::statusName(Status status)
{
    switch (status) {
    case Status::Pass: return QStringLiteral("pass");
    case Status::Warn: return QStringLiteral("warn");
    case Status::Fail: return QStringLiteral("fail");
    }
    return {};
}

QJsonObject PreconditionResult::toJson() const
{
    return {{QStringLiteral("status"), statusName(status)},
            {QStringLiteral("title"), title},
            {QStringLiteral("message"), message},
            {QStringLiteral("hint"), hint}};
}

PreconditionResult Precondition::check() const
{
    PreconditionResult result;
    try {
        result = m_check();
    } catch (const std::exception &error) {
        result = PreconditionResult::fail(QString::fromLocal8Bit(error.what()),
                                          QCoreApplication::translate("Precondition", "Report this as a bug."));
    }
    result.title = m_title;
    return result;
}

QList<PreconditionResult> Precondition::checkAll(const QList<Precondition> &preconditions)
{
    // Checks wait on ssh handshakes, nodes' HTTP answers and disks, hardly
    // on the CPU: a pool of their own asks every host at once instead of
    // two at a time on a two-core machine's global pool.
    static QThreadPool pool;
    [[maybe_unused]] static const bool sized = (pool.setMaxThreadCount(8), true);
    return QtConcurrent::blockingMapped(&pool, preconditions, [](const Precondition &precondition) { return precondition.check(); });
}

bool Precondition::blocks(const QList<PreconditionResult> &results, bool warningsAccepted)
{
    for (const PreconditionResult &result : results) {
        if (result.status == PreconditionResult::Status::Fail)
            return true;
        if (result.status == PreconditionResult::Status::Warn && !warningsAccepted)
            return true;
    }
    return false;
}

} // namespace Lifeboat
