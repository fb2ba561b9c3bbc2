// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "VerifyCommand.h"

#include "Console.h"
#include "ExitCode.h"

#include <profile/ClusterProfile.h>
#include <backup/BackupSetLayout.h>
#include <backup/BackupSetVerifier.h>

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
int usageError(const QString &problem)
{
    Console::err() << problem << '\n' << VerifyCommand::tr("Run 'lifeboat verify --help' for its options.") << Qt::endl;
    return toInt(ExitCode::UsageError);
}
// Who signed the set, right after the verdict.
void printSignature(const BackupSetVerifier &verifier, const QString &directory)
{
    if (QFileInfo::exists(QDir(directory).filePath(BackupSetLayout::manifestFile())))
        Console::out() << VerifyCommand::tr("Signature: %1.").arg(verifier.signature().text()) << '\n';
}
} // namespace

QString VerifyCommand::summary() const
{
    return tr("Check a backup set: every file against its manifest, every archive against SHA256SUMS");
}

QString VerifyCommand::description() const
{
    return tr("Reads every archive of a backup set back and checks every file (present, size, SHA-256) against manifest.json "
           "and every archive against SHA256SUMS. Exit 0 when the set is intact, 3 when anything differs (each damaged "
           "file is named).") + u' '
        + tr("It says who signed the set (SHA256SUMS.sig) or that it is unsigned; a bad signature is damage, and so is a "
             "set not signed by an allowed signer when the profile requires signatures.");
}

void VerifyCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("profile"), tr("Take SET as a set id under this cluster profile's backup root, and trust "
                                                    "the signers its \"signing\" allows."), tr("file")});
    parser.addOption({QStringLiteral("allowed-signers"), tr("Check the set's signature against this OpenSSH allowed-signers "
                                                            "file (without --profile)."), tr("file")});
    parser.addPositionalArgument(QStringLiteral("set"), tr("The backup set directory, or its id with --profile."), tr("SET"));
}

int VerifyCommand::execute(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(tr("Give exactly one backup set: 'lifeboat verify DIR' or 'lifeboat verify --profile FILE SETID'."));

    QString directory = positional.first();
    SigningSettings signing;
    if (parser.isSet(QStringLiteral("allowed-signers"))) {
        if (parser.isSet(QStringLiteral("profile")))
            return usageError(tr("Give --allowed-signers or --profile, not both: the profile names its own allowed signers."));
        signing.allowedSigners = QFileInfo(parser.value(QStringLiteral("allowed-signers"))).absoluteFilePath();
        if (!QFileInfo(signing.allowedSigners).isFile())
            return usageError(tr("%1 is not an allowed-signers file.").arg(signing.allowedSigners));
    }
    if (parser.isSet(QStringLiteral("profile"))) {
        QString error;
        const auto profile = ClusterProfile::load(parser.value(QStringLiteral("profile")), &error);
        if (!profile)
            return usageError(error);
        if (directory.contains(u'/') || directory.startsWith(u'.'))
            return usageError(tr("'%1' is not a set id. Give an id from 'lifeboat backups --profile %2', or a directory "
                                 "without --profile.").arg(directory, parser.value(QStringLiteral("profile"))));
        directory = BackupSetLayout::final(profile->backupRoot, directory);
        signing = profile->signing;
        if (!QFileInfo(directory).isDir())
            return usageError(tr("There is no backup set %1 in %2. 'lifeboat backups --profile %3' lists the sets.")
                                  .arg(positional.first(), profile->backupRoot, parser.value(QStringLiteral("profile"))));
    }
    directory = QFileInfo(directory).absoluteFilePath();

    BackupSetVerifier verifier(directory);
    verifier.trustSigners(signing);
    verifier.onArchive([](const QString &archive, int index, int count) {
        Console::err() << tr("Checking %1 (%2 of %3)...").arg(archive).arg(index).arg(count) << Qt::endl;
    });
    if (!verifier.verify())
        return usageError(verifier.errorString());

    for (const BackupSetVerifier::Problem &problem : verifier.problems())
        Console::out() << problem.text() << '\n';
    // Sets made before SHA256SUMS listed the manifest: their archives were
    // checked against it, the manifest itself could not be.
    if (!verifier.manifestCovered() && QFileInfo::exists(QDir(directory).filePath(BackupSetLayout::manifestFile())))
        Console::out() << tr("manifest.json is not listed in SHA256SUMS (the set was made before Lifeboat checked its "
                             "manifest): its archives were checked, the manifest itself was not.")
                       << '\n';
    if (verifier.intact()) {
        Console::out() << tr("The backup set %1 is intact: %n file(s) checked", nullptr, verifier.filesChecked()).arg(directory)
                       << ' ' << tr("in %n archive(s).", nullptr, verifier.archivesChecked()) << '\n';
        printSignature(verifier, directory);
    } else {
        Console::out() << tr("The backup set %1 is DAMAGED: %n problem(s), listed above.", nullptr, int(verifier.problems().size()))
                              .arg(directory)
                       << '\n';
        printSignature(verifier, directory);
        Console::out() << tr("Do not restore from it. Use another set ('lifeboat backups' lists them and their last "
                             "verification) and make a new backup soon.")
                       << '\n';
    }
    Console::out().flush();
    if (!verifier.record())
        Console::err() << verifier.errorString() << Qt::endl;
    return toInt(verifier.intact() ? ExitCode::Success : ExitCode::VerificationFailed);
}

} // namespace Lifeboat
