// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>
#include <run/Change.h>
#include <run/PlanOutline.h>
#include <run/RunResult.h>
#include <type_traits>
#include <variant>

namespace Lifeboat {

// One line of a run's journal (journal.jsonl): an object with its "type" and
// the "time" it was written (UTC, to the millisecond). The one owner of the
// journal's format: the Runner writes entries through toJson(), RunRecord
// reads them through fromJson(), and no other file spells their keys (the
// plan outline and the changes are written by PlanOutline and Change). A
// field an older journal lacks reads as empty, or as its comment says.
class JournalEntry
{
public:
    enum class Phase
    {
        Main,
        Cleanup
    };
    // Why a person was asked before a step.
    enum class Reason
    {
        Destructive,
        Manual
    };

    // A new run: what it runs, on which cluster, by whom, with which plan.
    struct RunStart
    {
        QDateTime time;
        QString scenario;
        QString profilePath;
        QString cluster;
        bool sandbox = false;
        QVariantMap options;
        PlanOutline plan;
        QString user;
        QString host;
        qint64 pid = 0;
        QString version;
    };
    // An interrupted run picked up again.
    struct Resume
    {
        QDateTime time;
        qint64 pid = 0;
        QString user;
    };
    struct StepStart
    {
        QDateTime time;
        Phase phase = Phase::Main;
        int index = -1;
        QString title;
    };
    struct StepEnd
    {
        QDateTime time;
        Phase phase = Phase::Main;
        int index = -1;
        QString result; // a StepResult word
        QString message;
        ChangeList changes;
        QStringList log;
        // A failed cleanup step: what a person must now do by hand (older
        // journals lack it).
        QString leftToDo;
    };
    // A person's answer before a step; `time` is when it came.
    struct Confirmation
    {
        QDateTime time;
        int index = -1;
        QString title;
        Reason reason = Reason::Destructive; // older journals may lack it: destructive
        bool yes = false;
        QString by;
        bool inAdvance = false; // --yes: answered before the run
        QDateTime asked; // older journals lack it: the answer's time
        qint64 waitedMs = 0; // older journals lack it: from asked to the answer
    };
    // The run stopped before main step `before` because it was cancelled.
    struct Cancel
    {
        QDateTime time;
        int before = -1;
    };
    // Lifeboat told a node to stop (`time`: when the stop command went out,
    // the moment its users may lose service), or saw it answer again after
    // a start. Downtime reads these.
    struct NodeDown
    {
        QDateTime time;
        QString node;
    };
    struct NodeUp
    {
        QDateTime time;
        QString node;
    };
    struct RunEnd
    {
        QDateTime time;
        QString result; // a RunResult word
    };

    using Body = std::variant<RunStart, Resume, StepStart, StepEnd, Confirmation, Cancel, NodeDown, NodeUp, RunEnd>;

    // From any of the bodies, implicitly: journal(JournalEntry::Cancel{...}).
    template <typename T>
    requires std::is_constructible_v<Body, T> JournalEntry(T body)
        : m_body(std::move(body))
    { }

    // The body if it is a T, or null.
    template <typename T> const T *as() const { return std::get_if<T>(&m_body); }
    QDateTime time() const;
    void setTime(const QDateTime &time);

    QJsonObject toJson() const;
    // Empty for an object that is not a journal entry this release knows.
    static std::optional<JournalEntry> fromJson(const QJsonObject &json);

    // The words the journal and the report use for a confirmation.
    static QLatin1String reasonWord(Reason reason);
    static QLatin1String answerWord(bool yes);

private:
    Body m_body;
};

} // namespace Lifeboat
