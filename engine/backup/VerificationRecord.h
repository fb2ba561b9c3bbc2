// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <optional>

namespace Lifeboat {

// The last verification of a backup set (its verification.json): when, with
// what result, how much was read back and every problem found. Written by
// BackupSetVerifier::record(), read by the catalog for 'lifeboat backups'.
// The one owner of the format: no other file spells its keys.
struct VerificationRecord
{
    // One thing found wrong: in an archive (or in manifest.json or
    // SHA256SUMS), and in one file of it when `path` is set.
    struct Problem
    {
        QString archive;
        QString path;
        QString message;

        // "gds.tar.zst: DocumentStorage/x.dat: SHA-256 differs"
        QString text() const;
        bool operator==(const Problem &) const = default;
    };

    // The words `result` holds.
    static constexpr QLatin1String ok{ "ok" };
    static constexpr QLatin1String damaged{ "damaged" };

    QString setId;
    QDateTime time; // to the second
    QString result; // ok or damaged
    int archivesChecked = 0;
    int filesChecked = 0;
    QString lifeboatVersion;
    // Who signed the set, as the verification found it ("signed by …",
    // "unsigned"), in the words of the language it ran in.
    QString signature;
    QList<Problem> problems;

    static QString fileName() { return QStringLiteral("verification.json"); }

    QJsonObject toJson() const;
    // What a field the file lacks reads as: empty, or 0.
    static VerificationRecord fromJson(const QJsonObject &json);

    // The record in `setDirectory`, if it has a readable one.
    static std::optional<VerificationRecord> load(const QString &setDirectory);
    // Written whole (QSaveFile) into `setDirectory`; on failure `error` gets
    // the file's error text.
    [[nodiscard]] bool save(const QString &setDirectory, QString *error) const;
};

} // namespace Lifeboat
