// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QtGlobal>

namespace Lifeboat {

// The Run page's "about 0:12 left": a guess from how far the run is and how
// long that took, made when the work moves and counted down from there.
// It is only given while it can hold: not before a twentieth of the run is
// behind, and not once it has run out while the work stood still (a question
// left open, a long step without progress). "About 0:01 left" for half a
// minute would be a wrong answer; none is the truthful one.
class TimeLeft
{
public:
    // The work moved: `overall` (0 to 1) of the run is done, `elapsed`
    // milliseconds after it began.
    void moved(double overall, qint64 elapsed);
    // No guess from here on (the run ended or is being cancelled).
    void withdraw() { m_left = -1; }
    // The milliseconds left at `elapsed`, or -1 when there is no honest guess.
    qint64 at(qint64 elapsed) const;

private:
    qint64 m_madeAt = 0; // elapsed when the guess was made
    qint64 m_left = -1; // the guess then; -1: none
};

} // namespace Lifeboat
