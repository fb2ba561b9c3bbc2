// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "QuarantinePathsStep.h"

#include <steps/WritablePlaces.h>
#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>
#include <hosts/Hosts.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Lifeboat {

namespace {
// What the patterns match below `root` now.
// The paths below `root` that `patterns` name: "*" (everything in it), a
// relative path, or "**/name" (that name anywhere below). A root that does
// not exist holds nothing; a host that cannot be asked is an error.
bool matching(HostFiles &files, const QString &root, const QStringList &patterns, QStringList *found, QString *error)
{
    found->clear();
    HostFiles::Entry rootEntry;
    if (!files.stat(root, &rootEntry, error))
        return false;
    if (!rootEntry.isDirectory())
        return true;
    for (const QString &pattern : patterns) {
        if (pattern == QLatin1String("*")) {
            QList<HostFiles::Entry> entries;
            if (!files.list(root, &entries, error))
                return false;
            for (const HostFiles::Entry &entry : std::as_const(entries)) {
                if (!RestoreScratch::isLifeboatFolder(entry.name()))
                    found->append(entry.path);
            }
            continue;
        }
        if (!pattern.startsWith(QLatin1String("**/"))) {
            const QString path = QDir(root).filePath(pattern);
            HostFiles::Entry entry;
            if (!files.stat(path, &entry, error))
                return false;
            if (entry.exists())
                found->append(path);
            continue;
        }
        QStringList named;
        if (!files.findByName(root, pattern.mid(3), &named, error))
            return false;
        for (const QString &path : std::as_const(named)) {
            const QString relative = QDir(root).relativeFilePath(path);
            if (!RestoreScratch::isLifeboatFolder(relative.section(u'/', 0, 0)) && !found->contains(path))
                found->append(path);
        }
    }
    return true;
}
} // namespace

QuarantinePathsStep::QuarantinePathsStep(HostPath root, QStringList paths, QString title, QString confirmationWord)
    : m_root(std::move(root))
    , m_paths(std::move(paths))
    , m_title(std::move(title))
    , m_confirmationWord(std::move(confirmationWord))
{
}

QString QuarantinePathsStep::details() const
{
    return tr("In %1: %2. Nothing is deleted: they move to the quarantine, kept until you purge it.")
        .arg(m_root.display(), m_paths.join(QStringLiteral(", ")));
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
    if (!matching(files, m_root.path, m_paths, &paths, &error))
        return {{Change::Kind::Manual, m_root.display(), error}};
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
    if (!matching(files, m_root.path, m_paths, &paths, &error))
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
