// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BaseFiles.h"

#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace Lifeboat {

BaseFiles::BaseFiles(const QList<BackupPart::File> &files)
{
    qsizetype bytes = 0;
    for (const BackupPart::File &file : files)
        bytes += file.path.size(); // UTF-8 of an ASCII path; more is grown
    m_paths.reserve(bytes);
    m_records.reserve(files.size());
    for (const BackupPart::File &file : files) {
        Record record;
        const QByteArray path = file.path.toUtf8();
        // Paths past 4 GiB of them (some 50 million files) are left out:
        // those files are archived again, as new ones are.
        if (quint64(m_paths.size()) + quint64(path.size()) > std::numeric_limits<quint32>::max())
            continue;
        record.pathAt = quint32(m_paths.size());
        record.pathSize = quint32(path.size());
        m_paths.append(path);
        record.size = file.size;
        record.timed = file.attributes.modified.isValid();
        record.modified = record.timed ? file.attributes.modified.toMSecsSinceEpoch() : 0;
        record.comparable = !file.isLink() && file.sha256.isValid();
        record.sha256 = file.sha256.bytes();
        if (!file.storedIn.isEmpty()) {
            qsizetype set = m_sets.indexOf(file.storedIn);
            if (set < 0) {
                m_sets.append(file.storedIn);
                set = m_sets.size() - 1;
            }
            record.storedIn = qint32(set);
        }
        m_records.append(record);
    }
    std::stable_sort(m_records.begin(), m_records.end(),
                     [this](const Record &a, const Record &b) { return pathOf(a) < pathOf(b); });
    m_records.squeeze();
    m_paths.squeeze();
}

std::optional<BaseFiles::Found> BaseFiles::find(const QString &path) const
{
    const QByteArray wanted = path.toUtf8();
    const auto after = std::upper_bound(m_records.cbegin(), m_records.cend(), QByteArrayView(wanted),
                                        [this](QByteArrayView key, const Record &record) { return key < pathOf(record); });
    if (after == m_records.cbegin() || pathOf(*(after - 1)) != QByteArrayView(wanted))
        return std::nullopt;
    const Record &record = *(after - 1);
    Found found;
    found.size = record.size;
    if (record.timed)
        found.modified = QDateTime::fromMSecsSinceEpoch(record.modified, QTimeZone::UTC);
    if (record.comparable)
        found.sha256 = Sha256Digest::fromBytes(record.sha256);
    if (record.storedIn >= 0)
        found.storedIn = m_sets.at(record.storedIn);
    found.comparable = record.comparable;
    return found;
}

QList<BackupPart::File> BaseFiles::files() const
{
    QList<BackupPart::File> files;
    files.reserve(m_records.size());
    for (const Record &record : m_records) {
        BackupPart::File file;
        file.path = QString::fromUtf8(pathOf(record));
        file.size = record.size;
        if (record.timed)
            file.attributes.modified = QDateTime::fromMSecsSinceEpoch(record.modified, QTimeZone::UTC);
        if (record.comparable)
            file.sha256 = Sha256Digest::fromBytes(record.sha256);
        if (record.storedIn >= 0)
            file.storedIn = m_sets.at(record.storedIn);
        files.append(file);
    }
    return files;
}

} // namespace Lifeboat
