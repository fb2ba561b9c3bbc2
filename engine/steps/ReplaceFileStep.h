// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostPath.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Puts one file from the unpacked scratch copy of `target` in place (an
// SQLite database with its companions, -wal and -shm), the file there now
// going to the quarantine (see FileReplacement).
class ReplaceFileStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceFileStep)

public:
    // `fileInCopy`: the file's path inside the scratch copy of `target`.
    ReplaceFileStep(HostPath target, QString fileInCopy, QString title, QStringList companionSuffixes = {});

    QString kind() const override { return StepKinds::replaceFile; }
    QString title() const override { return m_title; }
    bool isDestructive() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    HostPath m_target;
    QString m_fileInCopy;
    QString m_title;
    QStringList m_companions;
};

} // namespace Lifeboat
