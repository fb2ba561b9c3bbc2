// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupsCommand.h"

#include "Console.h"
#include "ExitCode.h"

#include <profile/ClusterProfile.h>
#include <backup/BackupSetCatalog.h>
#include <backup/VerificationRecord.h>

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace Lifeboat {

QString BackupsCommand::summary() const
{
    return tr("List the complete backup sets of a profile, newest first, with their last verification");
}

QString BackupsCommand::description() const
{
    return summary();
}

void BackupsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("profile"), tr("The cluster profile (JSON) whose backup root is listed."), tr("file")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
}

// The longest time one node was down while the set was made ("node2 0:04");
// "≥" where the node was still down when the set was published.
QString BackupsCommand::longestDowntime(const BackupSetCatalog::Set &set)
{
    const auto longest = set.downtime.longest(set.completed);
    if (!longest)
        return QStringLiteral("-");
    return QStringLiteral("%1 %2%3").arg(longest->node, longest->isOpen() ? QStringLiteral("≥") : QString(),
                                          Downtime::format(longest->milliseconds(set.completed)));
}

// An incremental set's base, "full" for a set that needs no other.
QString BackupsCommand::baseOf(const BackupSetCatalog::Set &set)
{
    if (!set.manifestReadable)
        return QStringLiteral("-");
    return set.base.isEmpty() ? tr("full") : set.base;
}

int BackupsCommand::execute(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("profile")) || !parser.positionalArguments().isEmpty()) {
        Console::err() << tr("Usage: lifeboat backups --profile FILE [--json] (a sandbox has its profile at DIR/cluster.json).")
                       << Qt::endl;
        return toInt(ExitCode::UsageError);
    }
    QString error;
    const auto profile = ClusterProfile::load(parser.value(QStringLiteral("profile")), &error);
    if (!profile) {
        Console::err() << error << Qt::endl;
        return toInt(ExitCode::UsageError);
    }

    const QList<BackupSetCatalog::Set> sets = BackupSetCatalog::list(profile->backupRoot);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const BackupSetCatalog::Set &set : sets) {
            QJsonObject verified{{QStringLiteral("time"), set.verifiedAt.toString(Qt::ISODate)},
                                 {QStringLiteral("result"), set.verificationResult}};
            if (!set.signature.isEmpty())
                verified.insert(QStringLiteral("signature"), set.signature);
            const QJsonValue verification = set.verificationResult.isEmpty() ? QJsonValue() : QJsonValue(verified);
            array.append(
                QJsonObject{ { QStringLiteral("id"), set.id }, { QStringLiteral("directory"), set.directory },
                    { QStringLiteral("time"), set.time.toString(Qt::ISODate) },
                    { QStringLiteral("completed"), set.completed.toString(Qt::ISODateWithMs) },
                    { QStringLiteral("restorePoint"), set.restorePoint.toString(Qt::ISODate) },
                    { QStringLiteral("strategy"), set.strategy }, { QStringLiteral("label"), set.label },
                    { QStringLiteral("archiveBytes"), set.archiveBytes },
                    { QStringLiteral("restoreBytes"), set.restoreBytes },
                    { QStringLiteral("base"), set.base.isEmpty() ? QJsonValue() : QJsonValue(set.base) },
                    { QStringLiteral("needs"), QJsonArray::fromStringList(set.needs) },
                    { QStringLiteral("parts"), set.partCount },
                    { QStringLiteral("manifestReadable"), set.manifestReadable },
                    { QStringLiteral("downtime"), set.downtime.toJson(set.completed) },
                    { QStringLiteral("verification"), verification } });
        }
        Console::out() << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
        return toInt(ExitCode::Success);
    }

    const QLocale locale;
    // SIZE is what the set's own archives take; RESTORES what it puts back,
    // with what it takes from its base and older sets (the same for a full set).
    int baseWidth = int(tr("BASE").size());
    for (const BackupSetCatalog::Set &set : sets)
        baseWidth = std::max(baseWidth, int(baseOf(set).size()));
    if (sets.isEmpty())
        Console::out() << tr("No complete backup sets in %1.").arg(profile->backupRoot) << '\n';
    else
        Console::out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                              .arg(tr("ID"), -40)
                              .arg(tr("RESTORE POINT"), -19)
                              .arg(tr("STRATEGY"), -16)
                              .arg(tr("SIZE"), 10)
                              .arg(tr("RESTORES"), 10)
                              .arg(tr("BASE"), -baseWidth)
                              .arg(tr("VERIFIED"), -8)
                              .arg(tr("DOWNTIME"), -14)
                              .arg(tr("LABEL"));
    for (const BackupSetCatalog::Set &set : sets) {
        QString verified = tr("never");
        if (set.verificationResult == VerificationRecord::ok)
            verified = tr("ok %1").arg(set.verifiedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        else if (!set.verificationResult.isEmpty())
            verified = tr("DAMAGED %1").arg(set.verifiedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        const QString strategy = set.manifestReadable ? set.strategy : tr("(manifest unreadable)");
        Console::out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                              .arg(set.id, -40)
                              .arg(set.restorePoint.toLocalTime().toString(
                                       QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  -19)
                              .arg(strategy, -16)
                              .arg(locale.formattedDataSize(set.archiveBytes), 10)
                              .arg(locale.formattedDataSize(set.restoreBytes), 10)
                              .arg(baseOf(set), -baseWidth)
                              .arg(verified, -8)
                              .arg(longestDowntime(set), -14)
                              .arg(set.label);
    }
    Console::out().flush();
    if (const qsizetype unfinished = BackupSetCatalog::unfinished(profile->backupRoot).size())
        Console::err() << tr("%n unfinished set(s) (.partial) are not listed: resume their run, or 'lifeboat prune' removes "
                             "those untouched for 24 hours.", nullptr, int(unfinished))
                       << Qt::endl;
    return toInt(ExitCode::Success);
}

} // namespace Lifeboat
