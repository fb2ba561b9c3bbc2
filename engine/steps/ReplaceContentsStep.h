#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>

namespace Lifeboat {

class Quarantine;

// Swaps the unpacked scratch copy into a directory (a node's crx-repository,
// the GDS, connectors, fonts): first everything the directory holds moves to
// the quarantine, then every entry of the copy is renamed into it. The
// directory itself stays (it may be a mount point). A marker beside the copy
// records that the second half began, so a repeat after a crash never
// quarantines what was already restored.
class ReplaceContentsStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceContentsStep)

public:
    ReplaceContentsStep(QString location, QString title, QString confirmationWord = {});

    QString kind() const override { return StepKinds::replaceContents; }
    QString title() const override { return m_title; }
    QString details() const override;
    bool isDestructive() const override { return true; }
    QString confirmationWord() const override { return m_confirmationWord; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

    // Shared with CopyRestoredFilesStep.
    static bool swapIn(StepContext &context, const QString &location);
    // Lifeboat's own scratch and quarantine folders, never part of what is restored.
    static bool isLifeboatFolder(const QString &name);

private:
    QString m_location;
    QString m_title;
    QString m_confirmationWord;
};

} // namespace Lifeboat
