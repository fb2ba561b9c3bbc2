// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TimeLeft.h"

namespace Lifeboat {

namespace {
constexpr double enoughBehind = 0.05;
// Under a second the guess says nothing a person can use.
constexpr qint64 shortest = 1000;
} // namespace

void TimeLeft::moved(double overall, qint64 elapsed)
{
    m_madeAt = elapsed;
    m_left = overall >= enoughBehind && overall < 1.0 ? qint64(double(elapsed) * (1.0 - overall) / overall) : -1;
}

qint64 TimeLeft::at(qint64 elapsed) const
{
    if (m_left < 0)
        return -1;
    const qint64 left = m_left - (elapsed - m_madeAt);
    return left >= shortest ? left : -1;
}

} // namespace Lifeboat
