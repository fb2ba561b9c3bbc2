// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/HostPath.h>
#include <restore/ContentSwap.h>
#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

// Restores a directory (a node's crx-repository, the GDS, connectors, fonts)
// from its unpacked scratch copy: its current contents to the quarantine, the
// copy's in their place (see ContentSwap).
class ReplaceContentsStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceContentsStep)

public:
    // `copied`: what the scratch copy holds (ContentSwap::contentsOf).
    ReplaceContentsStep(HostPath location, QString title, QString confirmationWord = {}, ContentSwap::Kept kept = {},
                        std::optional<ContentSwap::Contents> copied = std::nullopt);

    QString kind() const override { return StepKinds::replaceContents; }
    QString title() const override { return m_title; }
    QString details() const override;
    bool isDestructive() const override { return true; }
    QString confirmationWord() const override { return m_confirmationWord; }
    bool onlyRenames() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    QStringList missingRequirements(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    HostPath m_location;
    QString m_title;
    QString m_confirmationWord;
    ContentSwap::Kept m_kept;
    std::optional<ContentSwap::Contents> m_copied;
};

} // namespace Lifeboat
