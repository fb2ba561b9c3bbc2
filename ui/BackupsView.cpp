// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "BackupsView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QDirIterator>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <backup/BackupRetention.h>
#include <backup/BackupSetManifest.h>
#include <backup/BackupSetVerifier.h>
#include <backup/VerificationRecord.h>

namespace Lifeboat {

namespace {
enum Column
{
    IdColumn,
    TimeColumn,
    StrategyColumn,
    BaseColumn,
    SizeColumn,
    RestoreColumn,
    VerifiedColumn
};

// The parts of a set, read from its manifest: one row each.
struct PartRow
{
    QString name;
    QString kind;
    QString node;
    int files = 0;
    qint64 bytes = 0;
    QStringList sources;
};

struct Contents
{
    QList<PartRow> parts;
    QString error;
};

Contents readContents(const QString &directory)
{
    Contents contents;
    const auto manifest = BackupSetManifest::load(directory, &contents.error);
    if (!manifest)
        return contents;
    for (const BackupPart &part : manifest->parts) {
        PartRow row{ part.name, part.kind, part.node, int(part.files.size()), part.bytes, {} };
        for (const BackupPart::Source &source : part.sources)
            row.sources.append(source.path);
        contents.parts.append(row);
    }
    return contents;
}
} // namespace

BackupsView::BackupsView(QWidget *parent)
    : QWidget(parent)
    , m_list(new QTreeWidget(this))
    , m_contents(new QTreeWidget(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_unfinished(new QLabel(this))
    , m_verify(new QPushButton(tr("&Verify now"), this))
    , m_delete(new QPushButton(tr("&Delete…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
{
    m_list->setObjectName(QStringLiteral("sets"));
    m_list->setAccessibleName(tr("Backup sets"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({ tr("Set"), tr("Restore point"), tr("Strategy"), tr("Full or incremental"), tr("Size"),
        tr("Restores"), tr("Last verified") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contents->setObjectName(QStringLiteral("contents"));
    m_contents->setAccessibleName(tr("What the set contains"));
    m_contents->setRootIsDecorated(false);
    m_contents->setHeaderLabels(
        { tr("Part"), tr("Kind"), tr("Node"), tr("Files"), tr("Size"), tr("Sources") });
    m_contents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_verify->setObjectName(QStringLiteral("verify"));
    m_verify->setToolTip(
        tr("Read every archive of the set back and check every file, as 'lifeboat verify' does."));
    m_delete->setObjectName(QStringLiteral("delete"));
    m_delete->setToolTip(tr("Delete the set for good. A set that another set takes files from stays."));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->hide();
    m_unfinished->setObjectName(QStringLiteral("unfinished"));
    m_unfinished->setWordWrap(true);
    m_unfinished->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_contents);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verify);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_unfinished);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateButtons();
        showContents();
    });
    connect(m_verify, &QPushButton::clicked, this, &BackupsView::verifySelected);
    connect(m_delete, &QPushButton::clicked, this, &BackupsView::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &BackupsView::refresh);
    updateButtons();
}

BackupsView::~BackupsView()
{
    m_work.waitForFinished();
}

void BackupsView::setProfile(const std::optional<ClusterProfile> &profile)
{
    m_profile = profile;
    refresh();
}

void BackupsView::refresh()
{
    if (m_busy)
        return;
    m_listed = false;
    if (!currentSet().isEmpty())
        m_reselect = currentSet();
    m_list->clear();
    m_contents->clear();
    m_sets.clear();
    if (!m_profile) {
        updateButtons();
        m_listed = true;
        Q_EMIT listed();
        return;
    }
    setBusy(true);
    auto listing = QtConcurrent::run([root = m_profile->backupRoot] {
        Listing listed{BackupSetCatalog::list(root), 0, 0};
        // Space that no set shows: sets a backup began and never published.
        for (const BackupSetCatalog::Unfinished &unfinished : BackupSetCatalog::unfinished(root)) {
            ++listed.unfinished;
            QDirIterator files(unfinished.directory, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (files.hasNext())
                listed.unfinishedBytes += files.nextFileInfo().size();
        }
        return listed;
    });
    m_work = listing;
    listing.then(this, [this](const Listing &listed) {
        setBusy(false);
        showSets(listed.sets);
        m_unfinished->setText(tr("Unfinished sets: %n, taking %1. A backup left them, interrupted or still running; "
                                 "'lifeboat prune' deletes those no backup has written to for a day.",
                                 nullptr, listed.unfinished)
                                  .arg(QLocale().formattedDataSize(listed.unfinishedBytes)));
        m_unfinished->setVisible(listed.unfinished > 0);
    });
}

QString BackupsView::verifiedText(const BackupSetCatalog::Set &set)
{
    if (set.verificationResult.isEmpty())
        return tr("never");
    const QString when = QLocale().toString(set.verifiedAt.toLocalTime(), QLocale::ShortFormat);
    return set.verificationResult == VerificationRecord::ok ? tr("%1, intact").arg(when)
                                                            : tr("%1, DAMAGED").arg(when);
}

void BackupsView::showSets(const QList<BackupSetCatalog::Set> &sets)
{
    m_sets = sets;
    m_list->clear();
    const QLocale locale;
    for (const BackupSetCatalog::Set &set : sets) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(IdColumn, set.id);
        item->setData(IdColumn, Qt::UserRole, set.id);
        // The moment the data was copied (for an offline backup: when the nodes
        // were stopped), which is what a restore brings back.
        item->setText(TimeColumn, locale.toString(set.restorePoint.toLocalTime(), QLocale::ShortFormat));
        item->setText(StrategyColumn, set.manifestReadable ? set.strategy : tr("(manifest unreadable)"));
        item->setText(BaseColumn,
            !set.manifestReadable    ? QString()
                : set.base.isEmpty() ? tr("full")
                                     : tr("incremental on %1").arg(set.base));
        item->setText(SizeColumn, locale.formattedDataSize(set.archiveBytes));
        item->setText(RestoreColumn, locale.formattedDataSize(set.restoreBytes));
        item->setText(VerifiedColumn, verifiedText(set));
        item->setToolTip(VerifiedColumn, set.signature); // who signed it, as that verification found
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(RestoreColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (sets.isEmpty())
        m_status->setText(tr("No complete backup sets in %1.").arg(m_profile->backupRoot));
    if (!m_reselect.isEmpty())
        select(m_reselect);
    updateButtons();
    m_listed = true;
    Q_EMIT listed();
}

QString BackupsView::currentSet() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(IdColumn, Qt::UserRole).toString() : QString();
}

void BackupsView::select(const QString &setId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(IdColumn, Qt::UserRole).toString() == setId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
}

const BackupSetCatalog::Set *BackupsView::chosen() const
{
    const QString id = currentSet();
    for (const BackupSetCatalog::Set &set : m_sets) {
        if (set.id == id)
            return &set;
    }
    return nullptr;
}

QString BackupsView::statusText() const
{
    return m_status->text();
}

void BackupsView::showContents()
{
    m_contents->clear();
    const BackupSetCatalog::Set *set = chosen();
    if (!set)
        return;
    const int generation = ++m_generation;
    // Reading a manifest is disk work too, and may be megabytes of JSON.
    QtConcurrent::run([directory = set->directory] {
        return readContents(directory);
    }).then(this, [this, generation](const Contents &contents) {
        if (generation != m_generation)
            return;
        const QLocale locale;
        for (const PartRow &part : contents.parts) {
            auto *item = new QTreeWidgetItem(m_contents);
            item->setText(0, part.name);
            item->setText(1, part.kind);
            item->setText(2, part.node);
            item->setText(3, locale.toString(part.files));
            item->setText(4, locale.formattedDataSize(part.bytes));
            item->setText(5, part.sources.join(QStringLiteral(", ")));
            item->setToolTip(5, part.sources.join(u'\n'));
        }
        if (!contents.error.isEmpty())
            m_status->setText(contents.error);
        Q_EMIT contentsShown();
    });
}

void BackupsView::verifySelected()
{
    const BackupSetCatalog::Set *set = chosen();
    if (!set || m_busy)
        return;
    setBusy(true);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_status->setText(tr("Checking %1…").arg(set->id));
    auto verifying = QtConcurrent::run([this, directory = set->directory] {
        BackupSetVerifier verifier(directory);
        // The destructor waits for this worker, so `this` outlives it.
        verifier.onArchive([this](const QString &archive, int index, int count) {
            QMetaObject::invokeMethod(
                this,
                [this, archive, index, count] {
                    m_progress->setRange(0, count);
                    m_progress->setValue(index - 1);
                    m_status->setText(tr("Checking %1 (%2 of %3)…").arg(archive).arg(index).arg(count));
                },
                Qt::QueuedConnection);
        });
        Verification result;
        result.read = verifier.verify();
        if (!result.read) {
            result.error = verifier.errorString();
            return result;
        }
        result.intact = verifier.intact();
        result.files = verifier.filesChecked();
        result.archives = verifier.archivesChecked();
        result.problems = verifier.problemSummary();
        if (!verifier.record())
            result.error = verifier.errorString();
        return result;
    });
    m_work = verifying;
    verifying.then(this, [this, id = set->id](const Verification &result) {
        m_progress->hide();
        setBusy(false);
        if (!result.read)
            m_status->setText(result.error);
        else if (result.intact)
            m_status->setText(tr("%1 is intact (files checked: %2, archives: %3).")
                                  .arg(id)
                                  .arg(result.files)
                                  .arg(result.archives));
        else
            m_status->setText(tr("%1 is DAMAGED; do not restore from it: %2").arg(id, result.problems));
        if (!result.error.isEmpty() && result.read)
            m_status->setText(m_status->text() + u'\n' + result.error);
        Q_EMIT verified(result.read && result.intact);
        refresh();
    });
}

void BackupsView::deleteSelected()
{
    const BackupSetCatalog::Set *set = chosen();
    if (!set || m_busy)
        return;
    const QStringList holders = BackupRetention::holdersOf(m_sets, set->id);
    if (!holders.isEmpty()) {
        m_status->setText(
            tr("%1 stays: %2 would be left incomplete without it (an incremental set takes files from the "
               "sets before it). Delete those first.")
                .arg(set->id, holders.join(QStringLiteral(", "))));
        Q_EMIT deleted(false);
        return;
    }
    auto *question = new QMessageBox(QMessageBox::Warning, tr("Delete a backup set"),
        tr("Delete the backup set %1 (%2) for good? It cannot be restored from afterwards.")
            .arg(set->id, QLocale().formattedDataSize(set->archiveBytes)),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("confirmDelete"));
    question->setDefaultButton(QMessageBox::Cancel);
    question->button(QMessageBox::Yes)->setText(tr("&Delete"));
    question->setAttribute(Qt::WA_DeleteOnClose);
    const BackupSetCatalog::Set target = *set;
    connect(question, &QMessageBox::finished, this, [this, question, target](int) {
        if (question->clickedButton() == question->button(QMessageBox::Yes))
            removeSet(target);
        else
            Q_EMIT deleted(false);
    });
    question->open();
}

void BackupsView::removeSet(const BackupSetCatalog::Set &set)
{
    setBusy(true);
    auto removing = QtConcurrent::run([directory = set.directory] {
        QString error;
        const bool removed = BackupRetention::remove(directory, &error);
        return std::pair{ removed, error };
    });
    m_work = removing;
    removing.then(this, [this, id = set.id](const std::pair<bool, QString> &result) {
        setBusy(false);
        m_status->setText(result.first ? tr("Deleted %1.").arg(id) : result.second);
        Q_EMIT deleted(result.first);
        refresh();
    });
}

void BackupsView::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void BackupsView::updateButtons()
{
    const bool choice = chosen() != nullptr;
    m_verify->setEnabled(choice && !m_busy);
    m_delete->setEnabled(choice && !m_busy);
    m_refresh->setEnabled(!m_busy && m_profile.has_value());
}

} // namespace Lifeboat
