// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace Lifeboat {

// The outcome of one check made before anything changes.
struct PreconditionResult
{
    enum class Status { Pass, Warn, Fail };

    Status status = Status::Pass;
    QString title;
    QString message;
    QString hint; // what to do about a warning or failure

    static PreconditionResult pass(const QString &message) { return {Status::Pass, {}, message, {}}; }
    static PreconditionResult warn(const QString &message, const QString &hint) { return {Status::Warn, {}, message, hint}; }
    static PreconditionResult fail(const QString &message, const QString &hint) { return {Status::Fail, {}, message, hint}; }

    QJsonObject toJson() const;
    static QString statusName(Status status);
};

// A named check a scenario declares. Checks only look; they change nothing,
// and they run concurrently.
class Precondition
{
public:
    using Check = std::function<PreconditionResult()>;

    Precondition(QString title, Check check)
        : m_title(std::move(title))
        , m_check(std::move(check))
    {
    }

    QString title() const { return m_title; }
    PreconditionResult check() const;
    // A check that mostly waits on the network (an ssh handshake with a
    // host), hardly on this machine's CPU or memory.
    Precondition &waitsOnNetwork()
    {
        m_waitsOnNetwork = true;
        return *this;
    }

    static QList<PreconditionResult> checkAll(const QList<Precondition> &preconditions);
    // A failure always blocks; a warning blocks unless the user accepted warnings.
    static bool blocks(const QList<PreconditionResult> &results, bool warningsAccepted);

private:
    QString m_title;
    Check m_check;
    bool m_waitsOnNetwork = false;
};

} // namespace Lifeboat
