// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "FormsActivity.h"

#include <profile/AemPaths.h>
#include <sandbox/FormsDatabase.h>
#include <logging/Logging.h>
#include <logging/Subsystem.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Lifeboat {

namespace {
constexpr int collectIntervalMs = 1000;
constexpr int repositoryIntervalMs = 2000;
constexpr int collectBatch = 50;

bool appendLine(const QString &path, const QByteArray &line)
{
    QFile file(path);
    return file.open(QIODevice::Append) && file.write(line) == line.size();
}
} // namespace

FormsActivity::FormsActivity(FormsDatabase *database, QString gds, QString repository, QString nodeName,
                             Settings settings, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_gds(std::move(gds))
    , m_repository(std::move(repository))
    , m_node(std::move(nodeName))
    , m_settings(settings)
{
    connect(&m_writeTimer, &QTimer::timeout, this, &FormsActivity::writeDocument);
    connect(&m_collectTimer, &QTimer::timeout, this, &FormsActivity::collectExpired);
    connect(&m_repositoryTimer, &QTimer::timeout, this, &FormsActivity::touchRepository);
}

void FormsActivity::start()
{
    // An activity of 0 is a quiet cluster: nothing changes on its own, which
    // is what tests that compare file trees need.
    m_collectTimer.start(collectIntervalMs);
    if (m_settings.documentsPerMinute <= 0)
        return;
    m_writeTimer.start(std::max(10, 60000 / m_settings.documentsPerMinute));
    m_repositoryTimer.start(repositoryIntervalMs);
}

void FormsActivity::writeDocument()
{
    auto *random = QRandomGenerator::global();
    QByteArray content(random->bounded(2048, 32768), Qt::Uninitialized);
    random->fillRange(reinterpret_cast<quint32 *>(content.data()), content.size() / 4);
    const QString id = QString::number(random->generate64(), 16).rightJustified(16, u'0')
        + QString::number(random->generate(), 16).rightJustified(8, u'0');
    GdsDocument document;
    document.gdsPath = QStringLiteral("docm%1/%2.dat").arg(id.left(2), id);
    document.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    document.size = content.size();
    document.createdAt = QDateTime::currentDateTimeUtc();
    document.expiresAt = document.createdAt.addSecs(m_settings.documentLifetimeSeconds);
    document.node = m_node;

    const QString path = QDir(m_gds).filePath(document.gdsPath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        Logging::logger(Subsystem::node)->error("cannot write GDS document {}", path.toStdString());
        return;
    }
    if (!m_database->insertDocument(document))
        Logging::logger(Subsystem::node)->error("cannot record GDS document: {}", m_database->errorString().toStdString());
}

void FormsActivity::collectExpired()
{
    bool heldBack = false;
    const QList<GdsDocument> expired =
        m_database->takeExpiredUnlessInBackupMode(QDateTime::currentDateTimeUtc(), collectBatch, &heldBack);
    if (heldBack != m_heldBack)
        Logging::logger(Subsystem::node)->info(heldBack ? "backup mode: the file collector keeps expired documents"
                                               : "backup mode left: the file collector resumes");
    m_heldBack = heldBack;
    // Rows first (committed above), files after: the database never refers
    // to a file that is gone.
    for (const GdsDocument &document : expired)
        QFile::remove(QDir(m_gds).filePath(document.gdsPath));
}

void FormsActivity::touchRepository()
{
    const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    appendLine(AemPaths::at(m_repository, AemPaths::revisionLog), "revision " + stamp + ' ' + m_node.toUtf8() + '\n');
    appendLine(AemPaths::at(m_repository, AemPaths::repository) + QStringLiteral("/segmentstore/journal.log"), "journal " + stamp + '\n');
    if (++m_repositoryTicks % 5 != 0)
        return;
    // A new blob now and then, as AEM's data store grows while it works.
    QByteArray blob(4096, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
    const QString id = QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha1).toHex());
    const QString path = QStringLiteral("%1/repository/datastore/%2/%3/%4/%5")
                             .arg(m_repository, id.mid(0, 2), id.mid(2, 2), id.mid(4, 2), id);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(blob) == blob.size())
        file.commit();
}

} // namespace Lifeboat
