// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "QuarantinePathsStep.h"

#include <restore/Quarantine.h>
#include <restore/RestoreScratch.h>
#include <support/DiskUsage.h>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

namespace Lifeboat {

namespace {
// What the patterns match below `root` now.
QStringList matching(const QString &root, const QStringList &patterns)
{
    QStringList found;
    for (const QString &pattern : patterns) {
        if (pattern == QLatin1String("*")) {
            for (const QFileInfo &entry : QDir(root).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name)) {
                if (!RestoreScratch::isLifeboatFolder(entry.fileName()))
                    found.append(entry.filePath());
            }
            continue;
        }
        if (!pattern.startsWith(QLatin1String("**/"))) {
            const QString path = QDir(root).filePath(pattern);
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                found.append(path);
            continue;
        }
        const QString name = pattern.mid(3);
        QDirIterator it(root, {name}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (!RestoreScratch::isLifeboatFolder(relative.section(u'/', 0, 0)) && !found.contains(path))
                found.append(path);
        }
    }
    return found;
}
} // namespace

QuarantinePathsStep::QuarantinePathsStep(QString root, QStringList paths, QString title, QString confirmationWord)
    : m_root(std::move(root))
    , m_paths(std::move(paths))
    , m_title(std::move(title))
    , m_confirmationWord(std::move(confirmationWord))
{
}

QString QuarantinePathsStep::details() const
{
    return tr("In %1: %2. Nothing is deleted: they move to the quarantine, kept until you purge it.")
        .arg(m_root, m_paths.join(QStringLiteral(", ")));
}

ChangeList QuarantinePathsStep::preview(const StepContext &context) const
{
    const QString quarantine = Quarantine::directory(Quarantine::anchorFor(m_root), context.runIdForPreview());
    ChangeList changes;
    for (const QString &path : matching(m_root, m_paths)) {
        const DiskUsage usage = DiskUsage::of(path);
        changes.append({Change::Kind::Move, path, tr("to %1").arg(quarantine), usage.files, usage.bytes});
    }
    if (changes.isEmpty())
        changes.append({Change::Kind::Manual, m_root, tr("nothing to move: none of %1 exists").arg(m_paths.join(QStringLiteral(", ")))});
    return changes;
}

bool QuarantinePathsStep::run(StepContext &context)
{
    Quarantine quarantine(context.runId(), context.options().value(QStringLiteral("scenario")).toString());
    const QString anchor = Quarantine::anchorFor(m_root);
    const QStringList paths = matching(m_root, m_paths);
    for (const QString &path : paths) {
        const DiskUsage usage = DiskUsage::of(path);
        Quarantine::Entry moved;
        if (!quarantine.move(path, anchor, &moved))
            return context.fail(quarantine.errorString());
        context.recordChange({Change::Kind::Move, path, tr("to %1").arg(moved.stored), usage.files, usage.bytes});
    }
    context.info(paths.isEmpty() ? tr("Nothing to move in %1.").arg(m_root)
                                 : tr("Moved %n path(s) to the quarantine.", nullptr, int(paths.size())));
    return true;
}

} // namespace Lifeboat
