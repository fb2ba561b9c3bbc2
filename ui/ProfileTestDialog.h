// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <run/Precondition.h>

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Lifeboat {

// "Test this profile": every read-only check Lifeboat can make of a profile
// against its cluster (ProfileTest), run on a worker thread (they reach hosts
// over ssh and nodes over HTTP), each shown with what it found and what to do.
// Nothing is changed.
class ProfileTestDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileTestDialog)

public:
    explicit ProfileTestDialog(const ClusterProfile &profile, QWidget *parent = nullptr);

    void runTests();
    bool isRunning() const { return m_running; }
    const QList<PreconditionResult> &results() const { return m_results; }
    QPushButton *testAgainButton() const { return m_testAgain; }

Q_SIGNALS:
    void testsFinished();

private:
    void showResults(const QList<PreconditionResult> &results);

    std::shared_ptr<const ClusterProfile> m_profile;
    QLabel *m_summary;
    QVBoxLayout *m_rows;
    QPushButton *m_testAgain;
    QList<PreconditionResult> m_results;
    bool m_running = false;
};

} // namespace Lifeboat
