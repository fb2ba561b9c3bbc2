// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DrillBanner.h"

#include "WizardSession.h"

#include <drills/DrillCatalog.h>
#include <run/Downtime.h>

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace Lifeboat {

DrillBanner::DrillBanner(WizardSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_text(new QLabel(this))
    , m_done(new QPushButton(tr("&I'm done"), this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("drillBanner"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    setAccessibleName(tr("Training drill"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    m_text->setAccessibleName(tr("Drill clock"));
    layout->addWidget(m_text, 1);
    m_done->setToolTip(tr("The cluster is back: stop the clock and see the score."));
    layout->addWidget(m_done);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &DrillBanner::tick);
    connect(m_done, &QPushButton::clicked, this, &DrillBanner::doneClicked);
    connect(m_session, &WizardSession::drillChanged, this, &DrillBanner::showDrill);
    showDrill();
}

QString DrillBanner::text() const
{
    return m_text->text();
}

void DrillBanner::showDrill()
{
    const auto &running = m_session->drill();
    const Drill *drill = running ? DrillCatalog::find(running->drillId) : nullptr;
    setToolTip(drill ? drill->storyText() : QString());
    if (drill)
        m_clock->start();
    else
        m_clock->stop();
    tick();
}

void DrillBanner::tick()
{
    const auto &running = m_session->drill();
    const Drill *drill = running ? DrillCatalog::find(running->drillId) : nullptr;
    if (!drill) {
        m_text->clear();
        return;
    }
    const qint64 elapsed = running->startedAt.msecsTo(QDateTime::currentDateTimeUtc());
    m_text->setText(tr("Training drill: %1 · %2 (target %3)")
                        .arg(drill->titleText(), Downtime::format(qMax<qint64>(0, elapsed)),
                             Downtime::format(drill->targetSeconds * 1000LL)));
}

} // namespace Lifeboat
