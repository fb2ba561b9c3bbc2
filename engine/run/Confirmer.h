// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Change.h>

#include <QString>

namespace Lifeboat {

// Asked before every destructive step, with exactly what the step will
// change. The wizard and the command line each implement it; the engine
// never shows anything itself. It is called on the runner's worker thread.
struct ConfirmationRequest
{
    int stepIndex = 0;
    QString title;
    QString details;
    ChangeList changes;
    // On a real (non-sandbox) cluster the user must type this word (the
    // node's name, or the cluster's) to go on.
    QString word;
    bool wordRequired = false;
};

class Confirmer
{
public:
    virtual ~Confirmer() = default;
    virtual bool confirm(const ConfirmationRequest &request) = 0;
    // True when the answer was given before the run (--yes), not by a person
    // at the moment of asking: the report says so.
    virtual bool answersInAdvance() const { return false; }
    // False when no one will read the changes of the request for a step
    // (`destructive` or manual): they are then not worked out at all, since
    // a preview may walk a whole repository while its node is down. Such a
    // step is recorded as confirmed, also one with nothing to change.
    virtual bool showsChanges(bool /*destructive*/) const { return true; }
};

// For `--yes` and for tests: answers every request the same way.
class FixedConfirmer final : public Confirmer
{
public:
    explicit FixedConfirmer(bool answer)
        : m_answer(answer)
    {
    }
    bool confirm(const ConfirmationRequest &) override { return m_answer; }
    bool answersInAdvance() const override { return true; }
    bool showsChanges(bool) const override { return false; }

private:
    bool m_answer;
};

} // namespace Lifeboat
