#pragma once

#include <run/Step.h>
#include <steps/StepKinds.h>

#include <QCoreApplication>
#include <QStringList>

namespace Lifeboat {

// Puts one file from the unpacked scratch copy in place (an SQLite database,
// a bootstrap properties file): the file there now, and its companions (an
// SQLite database's -wal and -shm), move to the quarantine first; then the
// copy is renamed over. Repeating it after the swap finds nothing left to do.
class ReplaceFileStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceFileStep)

public:
    // `fileInCopy`: the file's path inside the scratch copy of `target`.
    ReplaceFileStep(QString target, QString fileInCopy, QString title, QStringList companionSuffixes = {});

    QString kind() const override { return StepKinds::replaceFile; }
    QString title() const override { return m_title; }
    bool isDestructive() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

    // Shared with RestoreFileStep.
    // `scope`: the area the file belongs to, whose quarantine it goes to.
    static bool replace(StepContext &context, const QString &source, const QString &target, const QStringList &companionSuffixes,
                        const QString &scope = {});

private:
    QString m_target;
    QString m_fileInCopy;
    QString m_title;
    QStringList m_companions;
};

} // namespace Lifeboat
