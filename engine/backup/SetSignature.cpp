// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SetSignature.h"

#include <backup/BackupSetLayout.h>
#include <support/ExternalCommand.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

namespace Lifeboat {

namespace {
// ssh-keygen signs and checks a few hundred bytes; a minute is room for a
// slow ssh-agent, and no more.
constexpr int keygenTimeoutMs = 60 * 1000;
// SHA256SUMS lists one line per archive; anything far bigger is not one.
constexpr qint64 largestSums = 16 * 1024 * 1024;
constexpr qint64 largestSignature = 64 * 1024;

QString keygen()
{
    return QStringLiteral("ssh-keygen");
}

// The whole of a regular file no bigger than `limit`; never a FIFO or a
// device, which could hang or never end.
bool readRegular(const QString &path, qint64 limit, QByteArray *data, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = SetSignature::tr("%1 is missing").arg(info.fileName());
        return false;
    }
    if (!info.isFile() || info.isSymLink() || info.size() > limit) {
        *error = SetSignature::tr("%1 is not a regular file of at most %2 bytes").arg(info.fileName()).arg(limit);
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SetSignature::tr("%1 cannot be read (%2)").arg(info.fileName(), file.errorString());
        return false;
    }
    *data = file.read(limit + 1);
    return true;
}

// "Good "ns" signature for P with ED25519 key SHA256:…" → "ED25519 key SHA256:…"
QString fingerprintIn(const QByteArray &said)
{
    const QString text = QString::fromUtf8(said).trimmed();
    const qsizetype with = text.lastIndexOf(QLatin1String(" with "));
    return with < 0 ? QString() : text.mid(with + 6).section(u'\n', 0, 0).trimmed();
}
} // namespace

QString SetSignature::Check::text() const
{
    switch (state) {
    case State::Unsigned:
        return tr("unsigned");
    case State::Signed:
        return tr("signed by %1 (%2)").arg(signer, fingerprint);
    case State::Unchecked:
        return tr("signed with %1, a key not checked against any allowed signers").arg(fingerprint);
    case State::Bad:
        return tr("signature is bad: %1").arg(problem);
    }
    return {};
}

QString SetSignature::keyProblem(const QString &key)
{
    const QFileInfo info(key);
    if (!info.isFile())
        return tr("The signing key %1 does not exist (\"signing\": \"key\" in the profile).").arg(key);
    // A trial signature shows everything at once: the key is readable, needs
    // no passphrase or is held by ssh-agent, and ssh-keygen can sign.
    QTemporaryDir scratch;
    const QString trial = scratch.filePath(QStringLiteral("trial"));
    QFile file(trial);
    if (!scratch.isValid() || !file.open(QIODevice::WriteOnly) || file.write("lifeboat trial\n") < 0)
        return tr("Cannot write a temporary file to try the signing key: %1.").arg(file.errorString());
    file.close();
    const ExternalCommand::Result result = ExternalCommand::runUnattended(
        keygen(), {QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"), key, QStringLiteral("-n"),
                   signatureNamespace(), trial},
        keygenTimeoutMs);
    if (result.succeeded() && QFileInfo(trial + QLatin1String(".sig")).isFile())
        return {};
    return tr("The signing key %1 cannot sign without help (%2). Use a private key without a passphrase that only "
              "this user can read, or load the key into ssh-agent and give its public key (.pub) as \"key\".")
        .arg(key, ExternalCommand::firstError(result));
}

bool SetSignature::sign(const QString &setDirectory, const QString &key, QString *error)
{
    QByteArray sums;
    if (!readRegular(QDir(setDirectory).filePath(BackupSetLayout::checksumFile()), largestSums, &sums, error))
        return false;
    const ExternalCommand::Result result = ExternalCommand::runUnattended(
        keygen(), {QStringLiteral("-Y"), QStringLiteral("sign"), QStringLiteral("-f"), key, QStringLiteral("-n"),
                   signatureNamespace()},
        keygenTimeoutMs, sums);
    if (!result.succeeded() || !result.out.startsWith("-----BEGIN SSH SIGNATURE-----")) {
        *error = tr("ssh-keygen could not sign with %1: %2").arg(key, ExternalCommand::firstError(result));
        return false;
    }
    QSaveFile file(QDir(setDirectory).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(result.out) != result.out.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

SetSignature::Check SetSignature::check(const QString &setDirectory, const QString &allowedSigners)
{
    const QString signature = QDir(setDirectory).filePath(fileName());
    if (!QFileInfo::exists(signature) && !QFileInfo(signature).isSymLink())
        return {};
    QByteArray sums, ignored;
    QString error;
    if (!readRegular(signature, largestSignature, &ignored, &error)
        || !readRegular(QDir(setDirectory).filePath(BackupSetLayout::checksumFile()), largestSums, &sums, &error))
        return {.state = State::Bad, .problem = error};
    return checkAgainst(signature, sums, allowedSigners);
}

SetSignature::Check SetSignature::checkAgainst(const QString &signature, const QByteArray &sums, const QString &allowedSigners)
{
    const QStringList common{QStringLiteral("-n"), signatureNamespace(), QStringLiteral("-s"), signature};
    if (allowedSigners.isEmpty()) {
        const ExternalCommand::Result result = ExternalCommand::runUnattended(
            keygen(), QStringList{QStringLiteral("-Y"), QStringLiteral("check-novalidate")} + common, keygenTimeoutMs, sums);
        if (!result.succeeded())
            return {.state = State::Bad, .problem = tr("it does not match SHA256SUMS (%1)").arg(ExternalCommand::firstError(result))};
        return {.state = State::Unchecked, .fingerprint = fingerprintIn(result.out + result.err)};
    }
    if (!QFileInfo(allowedSigners).isFile())
        return {.state = State::Bad, .problem = tr("the allowed-signers file %1 does not exist").arg(allowedSigners)};
    // Whose key made it, by the allowed-signers file; then the signature
    // itself, as each of them.
    const ExternalCommand::Result found = ExternalCommand::runUnattended(
        keygen(), {QStringLiteral("-Y"), QStringLiteral("find-principals"), QStringLiteral("-s"), signature,
                   QStringLiteral("-f"), allowedSigners},
        keygenTimeoutMs);
    const QStringList signers = QString::fromUtf8(found.out).split(u'\n', Qt::SkipEmptyParts);
    if (!found.succeeded() || signers.isEmpty())
        return {.state = State::Bad, .problem = tr("it was made with a key that %1 does not allow").arg(allowedSigners)};
    QString said;
    for (const QString &signer : signers) {
        const ExternalCommand::Result result = ExternalCommand::runUnattended(
            keygen(), QStringList{QStringLiteral("-Y"), QStringLiteral("verify"), QStringLiteral("-f"), allowedSigners,
                                  QStringLiteral("-I"), signer.trimmed()} + common,
            keygenTimeoutMs, sums);
        if (result.succeeded())
            return {.state = State::Signed, .signer = signer.trimmed(), .fingerprint = fingerprintIn(result.out + result.err)};
        said = ExternalCommand::firstError(result);
    }
    return {.state = State::Bad, .problem = tr("it does not match SHA256SUMS (%1)").arg(said)};
}

} // namespace Lifeboat
