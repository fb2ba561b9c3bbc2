// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostPath.h>
#include <restore/ContentSwap.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Lifeboat {

// One of the seed's "delete" steps, done without losing anything: the paths
// (relative to `root`; "**/name" means every file of that name below it,
// "*" everything directly in it)
// move to the quarantine. Paths already gone are skipped, so the step can be
// repeated.
class QuarantinePathsStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(QuarantinePathsStep)

public:
    QuarantinePathsStep(HostPath root, QStringList paths, QString title, QString confirmationWord = {});
    // After a swap whose copy had these paths taken out already
    // (LeaveOutOfCopyStep): "**/name" looks only in what `kept` left in place.
    void searchOnlyWhatStayed(KeptInPlace kept);

    QString kind() const override { return StepKinds::quarantinePaths; }
    QString title() const override { return m_title; }
    QString details() const override;
    bool isDestructive() const override { return true; }
    QString confirmationWord() const override { return m_confirmationWord; }
    bool onlyRenames() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    [[nodiscard]] bool matching(HostFiles &files, QStringList *found, QString *error) const;
    QString stayedNames() const;

    HostPath m_root;
    QStringList m_paths;
    QString m_title;
    QString m_confirmationWord;
    std::optional<KeptInPlace> m_stayed;
};

} // namespace Lifeboat
