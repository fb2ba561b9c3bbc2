// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "QuarantinePathsStep.h"

#include <hosts/Hosts.h>
#include <restore/ContentSwap.h>
#include <restore/PathPatterns.h>
#include <restore/Quarantine.h>
#include <steps/WritablePlaces.h>

#include <QDir>

namespace Lifeboat {

QuarantinePathsStep::QuarantinePathsStep(HostPath root, QStringList paths, QString title, QString confirmationWord)
    : m_root(std::move(root))
    , m_paths(std::move(paths))
    , m_title(std::move(title))
    , m_confirmationWord(std::move(confirmationWord))
{
}

void QuarantinePathsStep::searchOnlyWhatStayed(KeptInPlace kept)
{
    m_stayed = std::move(kept);
}

QString QuarantinePathsStep::details() const
{
    const QString moved = tr("In %1: %2. Nothing is deleted: they move to the quarantine, kept until you purge it.")
                              .arg(m_root.display(), m_paths.join(QStringLiteral(", ")));
    if (!m_stayed)
        return moved;
    return moved + u' '
        + tr("The restored files had theirs taken out before the node stopped; only what stayed in place (%1) is searched.")
              .arg(stayedNames());
}

QString QuarantinePathsStep::stayedNames() const
{
    QStringList stayed = m_stayed->names;
    if (m_stayed->ownSecondaryFolder)
        stayed.append(tr("its own crx.NNNN folder"));
    return stayed.join(QStringLiteral(", "));
}

bool QuarantinePathsStep::matching(HostFiles &files, QStringList *found, QString *error) const
{
    PathPatterns::Searched searched;
    if (m_stayed)
        searched = [kept = *m_stayed](const QString &name) { return ContentSwap::stays(kept, name); };
    return PathPatterns::match(files, m_root.path, m_paths, found, error, searched);
}

QStringList QuarantinePathsStep::missingRequirements(const StepContext &context) const
{
    return WritablePlaces::missing(context, QList<HostPath>{m_root});
}

ChangeList QuarantinePathsStep::preview(const StepContext &context) const
{
    HostFiles &files = context.hosts().files(m_root);
    const QString quarantine = Quarantine::directory(Quarantine::anchorFor(files, m_root.path), context.runIdForPreview());
    ChangeList changes;
    QStringList paths;
    QString error;
    if (!matching(files, &paths, &error))
        return {{Change::Kind::Manual, m_root.display(), error}};
    // After a swap, what is there now but does not stay in place has gone
    // to the quarantine with the rest by the time this step runs.
    if (m_stayed) {
        paths.removeIf([this](const QString &path) {
            return !ContentSwap::stays(*m_stayed, QDir(m_root.path).relativeFilePath(path).section(u'/', 0, 0));
        });
        if (paths.isEmpty())
            return {{Change::Kind::Manual, m_root.display(),
                     tr("nothing in what stays in place (%1); the restored copy has these files taken out before the node stops, "
                        "and the step looks again after the swap")
                         .arg(stayedNames())}};
    }
    for (const QString &path : std::as_const(paths)) {
        HostFiles::Usage usage;
        if (context.measuresPreview())
            (void)files.usage(path, &usage, nullptr);
        changes.append({Change::Kind::Move, files.describe(path), tr("to %1").arg(files.describe(quarantine)), usage.files, usage.bytes});
    }
    if (changes.isEmpty())
        changes.append({Change::Kind::Manual, m_root.display(), tr("nothing to move: none of %1 exists").arg(m_paths.join(QStringLiteral(", ")))});
    return changes;
}

bool QuarantinePathsStep::run(StepContext &context)
{
    HostFiles &files = context.hosts().files(m_root);
    Quarantine quarantine(files, context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    const QString anchor = Quarantine::anchorFor(files, m_root.path);
    QStringList paths;
    QString error;
    if (!matching(files, &paths, &error))
        return context.fail(error);
    for (const QString &path : std::as_const(paths)) {
        HostFiles::Usage usage;
        if (!files.usage(path, &usage, &error))
            return context.fail(error);
        Quarantine::Entry moved;
        if (!quarantine.move(path, anchor, &moved))
            return context.fail(quarantine.errorString());
        context.recordChange({Change::Kind::Move, files.describe(path), tr("to %1").arg(files.describe(moved.stored)), usage.files, usage.bytes});
    }
    context.info(paths.isEmpty() ? tr("Nothing to move in %1.").arg(m_root.display())
                                 : tr("Moved %n path(s) from %1 to the quarantine.", nullptr, int(paths.size())).arg(m_root.display()));
    return true;
}

} // namespace Lifeboat
