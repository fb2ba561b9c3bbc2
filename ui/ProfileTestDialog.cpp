// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileTestDialog.h"

#include "CheckResultRow.h"

#include <cluster/NodeController.h>
#include <scenarios/ProfileTest.h>

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Lifeboat {

ProfileTestDialog::ProfileTestDialog(const ClusterProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::make_shared<const ClusterProfile>(profile))
    , m_summary(new QLabel(this))
    , m_rows(new QVBoxLayout)
{
    setWindowTitle(tr("Test the profile %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Lifeboat checks what the profile says against the cluster, changing nothing: every host, "
                                "what each backup checks before it starts, every path on its host, each node's role on its "
                                "disk, and each node's status URL."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *rows = new QWidget;
    m_rows->setContentsMargins(0, 0, 0, 0);
    rows->setLayout(m_rows);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(rows);
    layout->addWidget(scroll, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_testAgain = buttons->addButton(tr("&Test again"), QDialogButtonBox::ActionRole);
    connect(m_testAgain, &QPushButton::clicked, this, &ProfileTestDialog::runTests);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 560);
}

void ProfileTestDialog::runTests()
{
    if (m_running)
        return;
    m_running = true;
    m_testAgain->setEnabled(false);
    m_summary->setText(tr("Testing the profile against the cluster…"));
    auto *watcher = new QFutureWatcher<QList<PreconditionResult>>(this);
    connect(watcher, &QFutureWatcher<QList<PreconditionResult>>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        m_testAgain->setEnabled(true);
        showResults(watcher->result());
        Q_EMIT testsFinished();
    });
    // The profile is shared with the worker: the dialog may close first.
    watcher->setFuture(QtConcurrent::run([profile = m_profile] {
        const NodeController nodes(*profile);
        return Precondition::checkAll(ProfileTest::checks(*profile, nodes));
    }));
}

void ProfileTestDialog::showResults(const QList<PreconditionResult> &results)
{
    m_results = results;
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto count = [&](PreconditionResult::Status status) {
        return int(std::count_if(results.cbegin(), results.cend(), [status](const PreconditionResult &r) { return r.status == status; }));
    };
    const int failed = count(PreconditionResult::Status::Fail);
    const int warned = count(PreconditionResult::Status::Warn);
    m_summary->setText(failed > 0 ? tr("%n check(s) failed: something the profile says does not hold. Correct it (Edit…) and "
                                       "test again.",
                                       nullptr, failed)
                       : warned > 0 ? tr("Nothing failed; %n warning(s) to read.", nullptr, warned)
                                    : tr("Every check passed: the profile holds."));
    // Failures first, then warnings: what needs work is at the top.
    QList<PreconditionResult> sorted = results;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const PreconditionResult &a, const PreconditionResult &b) { return int(a.status) > int(b.status); });
    for (const PreconditionResult &result : std::as_const(sorted))
        m_rows->addWidget(new CheckResultRow(result));
    m_rows->addStretch(1);
}

} // namespace Lifeboat
