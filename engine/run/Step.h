// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Change.h>
#include <run/StepContext.h>

#include <QString>

namespace Lifeboat {

// One small unit of a plan. It says what it is, whether it destroys or
// replaces anything (then the user confirms it first), what it would change
// (the dry run, which changes nothing), and does its work in run().
//
// Every step is safe to repeat: after a crash, resume runs the step that was
// in flight again from the start, and the result must be the same as one
// uninterrupted run.
class Step
{
public:
    virtual ~Step() = default;

    // A stable name of the step's kind, recorded in the journal ("stop-nodes").
    virtual QString kind() const = 0;
    virtual QString title() const = 0;
    virtual QString details() const { return {}; }
    virtual bool isDestructive() const { return false; }
    // Destructive steps, and steps a person must do or confirm (manual ones),
    // go through the Confirmer first.
    virtual bool needsConfirmation() const { return isDestructive(); }
    // What a person types to confirm this step on a real cluster: the node it
    // touches, or empty for the cluster's name.
    virtual QString confirmationWord() const { return {}; }
    virtual ChangeList preview(const StepContext &context) const = 0;
    // True for a step that only renames what exists (into the quarantine,
    // or a copy into place): it takes no space, and the free-space check
    // skips its preview, which may walk the whole repository.
    virtual bool onlyRenames() const { return false; }
    // What the step needs and will not find, known before the run starts (a
    // profile key, a command, a client program): each a sentence naming it
    // and what to do. The checks list them all before anything changes.
    virtual QStringList missingRequirements(const StepContext &context) const
    {
        Q_UNUSED(context);
        return {};
    }
    [[nodiscard]] virtual bool run(StepContext &context) = 0;
    // A cleanup step that failed: what it leaves for a person to do by hand,
    // in sentences that name the state and the command that ends it ("The
    // cluster is still in rolling backup mode: run …"). Asked right after
    // the failure; empty when the step cannot tell (the runner then names
    // the step and its error).
    virtual QString leftToDo(const StepContext &context) const
    {
        Q_UNUSED(context);
        return {};
    }
};

} // namespace Lifeboat
