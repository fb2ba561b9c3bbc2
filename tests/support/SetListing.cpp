// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SetListing.h"

#include "CommandRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <backup/ArchiveContents.h>
#include <backup/BackupSetManifest.h>

namespace Lifeboat::Testing {

namespace {

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString fileSha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return file.open(QIODevice::ReadOnly) && hash.addData(&file) ? QString::fromLatin1(hash.result().toHex())
                                                                 : QString();
}

bool matches(const QStringList &patterns, const QString &key)
{
    return std::any_of(patterns.begin(), patterns.end(), [&key](const QString &pattern) {
        return QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern))
            .match(key)
            .hasMatch();
    });
}

QString fileValue(qint64 size, int mode, const QString &sha256)
{
    return QStringLiteral("%1 bytes, mode %2, %3").arg(size).arg(mode, 0, 8).arg(sha256);
}

const CommandRunner &tools()
{
    static const CommandRunner runner(QDir::tempPath());
    return runner;
}

} // namespace

SetRules SetRules::sameSeed()
{
    SetRules rules;
    // crx-bootstrap.properties names the primary's address and port, which
    // each sandbox picks when it is created.
    rules.masked.append(QStringLiteral("bootstrap-properties:*/crx-bootstrap.properties"));
    // A node's error.log records when it started and stopped, its process
    // id and its port.
    rules.masked.append(QStringLiteral("repository-*:crx-repository/logs/error.log"));
    // The forms database records when each document was made and when it
    // expires (the sandbox's creation time), and backup mode's label (the set id).
    rules.sqliteRows.append(QStringLiteral("database-*:*.sqlite"));
    return rules;
}

QString SetListing::sqliteQuery()
{
    return QStringLiteral("SELECT id, gds_path, sha256, size, node FROM tb_document ORDER BY id;"
                          "SELECT mode, timeout_minutes FROM tb_backup_mode ORDER BY id;");
}

QString SetListing::maskedText(QString text)
{
    const QRegularExpression time(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    const QRegularExpression number(QStringLiteral("\\b(pid|port) \\d+"));
    const QRegularExpression port(QStringLiteral("(\\d+\\.\\d+\\.\\d+\\.\\d+):\\d+"));
    return text.replace(time, QStringLiteral("<time>"))
        .replace(number, QStringLiteral("\\1 <n>"))
        .replace(port, QStringLiteral("\\1:<port>"));
}

SetListing SetListing::of(const QString &setDirectory, const SetRules &rules)
{
    SetListing listing;
    listing.listFiles(setDirectory);
    listing.listManifest(setDirectory, rules);
    return listing;
}

void SetListing::listFiles(const QString &directory)
{
    const QDir set(directory);
    for (const QFileInfo &entry :
        set.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        m_entries.insert(QStringLiteral("set: ") + entry.fileName(),
            entry.isDir() ? QStringLiteral("directory") : QStringLiteral("file"));

    QFile sums(set.filePath(QStringLiteral("SHA256SUMS")));
    if (!sums.open(QIODevice::ReadOnly))
        m_problems.append(QStringLiteral("no SHA256SUMS"));
    for (const QByteArray &line : sums.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QString name = QString::fromUtf8(line.mid(66));
        const bool right = QString::fromLatin1(line.left(64)) == fileSha256(set.filePath(name));
        m_entries.insert(
            QStringLiteral("SHA256SUMS: ") + name, right ? QStringLiteral("right") : QStringLiteral("wrong"));
    }

    QFile verification(set.filePath(QStringLiteral("verification.json")));
    if (verification.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(verification.readAll()).object();
        m_entries.insert(QStringLiteral("verification"),
            QStringLiteral("%1, %2 archive(s), %3 file(s), %4 problem(s)")
                .arg(json.value(QLatin1String("result")).toString())
                .arg(json.value(QLatin1String("archivesChecked")).toInt())
                .arg(json.value(QLatin1String("filesChecked")).toInt())
                .arg(json.value(QLatin1String("problems")).toArray().size()));
    }
}

void SetListing::listManifest(const QString &directory, const SetRules &rules)
{
    QString error;
    const auto manifest = BackupSetManifest::load(directory, &error);
    if (!manifest) {
        m_problems.append(QStringLiteral("manifest: ") + error);
        return;
    }
    m_entries.insert(QStringLiteral("manifest: strategy"), manifest->strategy);
    m_entries.insert(QStringLiteral("manifest: primary"), manifest->primary);
    for (const BackupSetManifest::Node &node : manifest->nodes)
        m_entries.insert(QStringLiteral("manifest: node ") + node.name,
            QStringList{ node.role, node.clusterNodeId, node.systemId }.join(u' '));
    for (auto it = manifest->patchLevels.begin(); it != manifest->patchLevels.end(); ++it)
        m_entries.insert(QStringLiteral("manifest: patch level of ") + it.key(), it.value());
    for (const BackupPart &part : manifest->parts) {
        m_entries.insert(QStringLiteral("manifest: part ") + part.name,
            QStringList{ part.kind, part.node, part.archiveFile }.join(u' '));
        qint64 bytes = 0;
        for (const BackupPart::File &file : part.files) {
            const QString key = part.name + u':' + file.path;
            const QString value = fileValue(file.size, file.mode, file.sha256.hex());
            m_manifestFiles.insert(key, value);
            const bool own = !matches(rules.masked + rules.sqliteRows + rules.pathOnly, key);
            m_entries.insert(QStringLiteral("manifest: ") + key,
                own ? value : QStringLiteral("mode %1").arg(file.mode, 0, 8));
            bytes += file.size;
        }
        if (bytes != part.bytes)
            m_problems.append(QStringLiteral("manifest: part %1 says %2 bytes, its files hold %3")
                                  .arg(part.name)
                                  .arg(part.bytes)
                                  .arg(bytes));
        listArchive(directory, part.name, part.archiveFile, rules);
    }
}

void SetListing::listArchive(
    const QString &directory, const QString &part, const QString &file, const SetRules &rules)
{
    const QString archive = QDir(directory).filePath(file);
    QList<BackupPart::File> members;
    QString error;
    if (!ArchiveContents::read(archive, &members, &error)) {
        m_problems.append(file + QStringLiteral(": ") + error);
        return;
    }
    QStringList listed;
    for (const BackupPart::File &member : std::as_const(members)) {
        const QString key = part + u':' + member.path;
        listed.append(key);
        if (m_manifestFiles.value(key) != fileValue(member.size, member.mode, member.sha256.hex()))
            m_problems.append(QStringLiteral("%1 holds %2 as %3; the manifest says %4")
                                  .arg(file, member.path, fileValue(member.size, member.mode, member.sha256.hex()),
                                      m_manifestFiles.value(key, QStringLiteral("nothing"))));
        m_entries.insert(QStringLiteral("archive ") + key, memberValue(archive, member, key, rules));
    }
    for (auto it = m_manifestFiles.cbegin(); it != m_manifestFiles.cend(); ++it) {
        if (it.key().startsWith(part + u':') && !listed.contains(it.key()))
            m_problems.append(QStringLiteral("%1 lacks %2, which the manifest lists").arg(file, it.key()));
    }
}

QString SetListing::memberValue(
    const QString &archive, const BackupPart::File &file, const QString &key, const SetRules &rules)
{
    if (matches(rules.pathOnly, key))
        return QStringLiteral("present");
    if (!matches(rules.masked, key) && !matches(rules.sqliteRows, key))
        return fileValue(file.size, file.mode, file.sha256.hex());
    const QString &member = file.path;
    // GNU tar finds the compression itself.
    QTemporaryDir scratch;
    const CommandResult extracted = tools().run(QStringLiteral("tar"),
        { QStringLiteral("-xf"), archive, QStringLiteral("-C"), scratch.path(), member }, 60000);
    QFile content(scratch.filePath(member));
    if (extracted.exitCode != 0 || !content.open(QIODevice::ReadOnly)) {
        m_problems.append(
            QStringLiteral("cannot extract %1 from %2: %3").arg(member, archive, extracted.err));
        return {};
    }
    if (matches(rules.masked, key))
        // The text itself (these files are a few lines): a difference shows where.
        return QStringLiteral("masked: ")
            + maskedText(QString::fromUtf8(content.readAll())).replace(u'\n', QStringLiteral(" | "));
    content.close();
    const CommandResult rows = tools().run(
        QStringLiteral("sqlite3"), { QStringLiteral("-readonly"), content.fileName(), sqliteQuery() }, 60000);
    if (rows.exitCode != 0)
        m_problems.append(QStringLiteral("cannot read %1 from %2: %3").arg(member, archive, rows.err));
    return QStringLiteral("%1 rows: %2").arg(rows.out.count(u'\n')).arg(sha256(rows.out.toUtf8()));
}

QStringList SetListing::differences(const SetListing &expected, const SetListing &actual, int lines)
{
    QStringList found;
    for (const QString &problem : expected.m_problems)
        found.append(QStringLiteral("the expected set: ") + problem);
    for (const QString &problem : actual.m_problems)
        found.append(QStringLiteral("the set: ") + problem);
    for (auto it = expected.m_entries.cbegin(); it != expected.m_entries.cend(); ++it) {
        if (!actual.m_entries.contains(it.key()))
            found.append(QStringLiteral("missing: %1 (%2)").arg(it.key(), it.value()));
        else if (actual.m_entries.value(it.key()) != it.value())
            found.append(QStringLiteral("differs: %1: %2, expected %3")
                             .arg(it.key(), actual.m_entries.value(it.key()), it.value()));
    }
    for (auto it = actual.m_entries.cbegin(); it != actual.m_entries.cend(); ++it) {
        if (!expected.m_entries.contains(it.key()))
            found.append(QStringLiteral("unexpected: %1 (%2)").arg(it.key(), it.value()));
    }
    if (found.size() > lines) {
        const qsizetype more = found.size() - lines;
        found.resize(lines);
        found.append(QStringLiteral("… and %1 more").arg(more));
    }
    return found;
}

} // namespace Lifeboat::Testing
