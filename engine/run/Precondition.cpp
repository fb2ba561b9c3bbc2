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
    // Checks that wait on the network ask every host at once, on a pool of
    // their own; the others read manifests and trees, one per core (on a
    // two-core machine, all of them at once would hold several parsed
    // manifests of a large set in memory together and go no faster).
    static QThreadPool network;
    [[maybe_unused]] static const bool sized = (network.setMaxThreadCount(16), true);
    QList<Precondition> waiting, working;
    for (const Precondition &precondition : preconditions)
        (precondition.m_waitsOnNetwork ? waiting : working).append(precondition);
    const auto check = [](const Precondition &precondition) { return precondition.check(); };
    QFuture<PreconditionResult> asked = QtConcurrent::mapped(&network, waiting, check);
    const QList<PreconditionResult> worked = QtConcurrent::blockingMapped(working, check);
    const QList<PreconditionResult> answered = asked.results();
    // In the order they were given.
    QList<PreconditionResult> results;
    qsizetype nextWaiting = 0, nextWorking = 0;
    for (const Precondition &precondition : preconditions)
        results.append(precondition.m_waitsOnNetwork ? answered[nextWaiting++] : worked[nextWorking++]);
    return results;
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
