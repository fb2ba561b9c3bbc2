// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "OptionsPage.h"

#include "ErrorLabel.h"
#include "PageId.h"
#include "WizardSession.h"
#include "WizardSettings.h"

#include <backup/BackupSetCatalog.h>
#include <profile/ClusterProfile.h>
#include <run/OptionNames.h>
#include <run/Scenario.h>
#include <scenarios/RestoreNodeScenario.h>
#include <backup/VerificationRecord.h>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <utility>

namespace Lifeboat {

namespace {
// The label with a mnemonic no other control of the window uses: two
// controls on one Alt+letter make it cycle focus instead of acting, and
// Alt+N must stay "Next". Word starts first, then any letter.
QString labelFor(QString text, QString *used)
{
    int at = -1;
    for (int pass = 0; pass < 2 && at < 0; ++pass) {
        for (int i = 0; i < text.size() && at < 0; ++i) {
            const bool wordStart = i == 0 || text.at(i - 1) == u' ';
            if ((pass == 1 || wordStart) && text.at(i).isLetter() && !used->contains(text.at(i).toLower()))
                at = i;
        }
    }
    if (at >= 0) {
        used->append(text.at(at).toLower());
        text.insert(at, u'&');
    }
    return text + u':';
}

enum SetColumn { Column_Time, Column_Strategy, Column_Label, Column_Size, Column_Verified, ColumnCount };
constexpr int setIdRole = Qt::UserRole;

// One set's row in the table: its cells' words, and its id.
struct SetRow
{
    QStringList cells;
    QString id;
};

QList<SetRow> setRows(const QList<BackupSetCatalog::Set> &sets)
{
    const QLocale locale;
    QList<SetRow> rows;
    rows.reserve(sets.size());
    for (const BackupSetCatalog::Set &set : sets) {
        QString verified = OptionsPage::tr("not verified");
        if (set.verifiedAt.isValid())
            verified = set.verificationResult == VerificationRecord::ok
                           ? OptionsPage::tr("verified %1").arg(locale.toString(set.verifiedAt.toLocalTime(), QLocale::ShortFormat))
                           : OptionsPage::tr("DAMAGED");
        // An incremental set restores only with its base beside it.
        const QString strategy = set.base.isEmpty() ? set.strategy : OptionsPage::tr("%1, incremental on %2").arg(set.strategy, set.base);
        // The moment the set's data is from, not when its run was planned.
        rows.append({ { locale.toString(set.restorePoint.toLocalTime(), QLocale::ShortFormat), strategy,
                          set.label, locale.formattedDataSize(set.archiveBytes), verified },
            set.id });
    }
    return rows;
}

// Each column that fits its contents sized once, as ResizeToContents would
// size it from its widest cell: ResizeToContents measures every cell again
// on each layout, tens of milliseconds with hundreds of sets. A cell that
// spans columns has their room and does not count.
void fitColumnsOnce(QTableWidget *table)
{
    QHeaderView *header = table->horizontalHeader();
    const QFontMetrics metrics(table->font());
    for (int column = 0; column < table->columnCount(); ++column) {
        if (header->sectionResizeMode(column) != QHeaderView::ResizeToContents)
            continue;
        int widest = -1;
        int widestAdvance = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QTableWidgetItem *item = table->item(row, column);
            if (!item || table->columnSpan(row, column) != 1)
                continue;
            if (const int advance = metrics.horizontalAdvance(item->text()); advance > widestAdvance) {
                widestAdvance = advance;
                widest = row;
            }
        }
        int width = header->sectionSizeHint(column);
        if (widest >= 0)
            width = qMax(width, table->sizeHintForIndex(table->model()->index(widest, column)).width() + (table->showGrid() ? 1 : 0));
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, width);
    }
}

// Fills the table in one go; row by row, each row would lay it out again.
void fillSetTable(QTableWidget *table, const QList<SetRow> &rows, bool automatic)
{
    table->setRowCount(int(rows.size()) + (automatic ? 1 : 0));
    int row = 0;
    const auto addRow = [table, &row](const QStringList &cells, const QString &id) {
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setData(setIdRole, id);
            table->setItem(row, column, cell);
        }
        ++row;
    };
    if (automatic) {
        addRow({OptionsPage::tr("Automatic"), OptionsPage::tr("the newest set that holds what this restore needs")}, {});
        table->setSpan(0, 1, 1, ColumnCount - 1);
    }
    for (const SetRow &set : rows)
        addRow(set.cells, set.id);
    fitColumnsOnce(table);
}
} // namespace

OptionsPage::OptionsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_backupRoot(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_completingLabel(new QLabel(tr("Checking the options…"), this))
{
    setTitle(tr("Set the options"));
    setSubTitle(tr("Leave a field as it is to use the scenario's default."));

    auto *layout = new QVBoxLayout(this);
    m_backupRoot->setReadOnly(true);
    // Read-only: keyboard focus starts on the first option instead.
    m_backupRoot->setFocusPolicy(Qt::ClickFocus);
    m_backupRoot->setAccessibleName(tr("Backup root"));
    auto *rootLabel = new QLabel(tr("Backup &root:"), this);
    rootLabel->setBuddy(m_backupRoot);
    auto *rootRow = new QWidget(this);
    auto *rootLayout = new QHBoxLayout(rootRow);
    rootLayout->setContentsMargins(0, 0, 0, 0);
    rootLayout->addWidget(m_backupRoot, 1);
    m_changeRoot = new QPushButton(tr("Change…"), rootRow);
    m_changeRoot->setObjectName(QStringLiteral("backupRoot-change"));
    m_changeRoot->setAccessibleName(tr("Choose another backup root"));
    m_changeRoot->setToolTip(tr("Keep this cluster's backup sets in another directory from now on (saved in the profile)."));
    connect(m_changeRoot, &QPushButton::clicked, this, &OptionsPage::changeBackupRoot);
    rootLayout->addWidget(m_changeRoot);
    // The first row of the options' form, so that its field lines up with theirs.
    m_form->addRow(rootLabel, rootRow);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    m_completingLabel->setAccessibleName(tr("Checking the options"));
    m_completingLabel->hide();
    layout->addWidget(m_completingLabel);
    layout->addStretch(1);
}

void OptionsPage::clearForm()
{
    while (m_form->rowCount() > 1) // the backup root's row stays
        m_form->removeRow(1);
    m_editors.clear();
}

void OptionsPage::initializePage()
{
    forgetCompletion();
    clearForm();
    m_error->hide();
    const Scenario *scenario = m_session->scenario();
    if (!scenario || !m_session->hasProfile())
        return;
    const ClusterProfile &profile = m_session->profile();
    m_backupRoot->setText(QDir::toNativeSeparators(profile.backupRoot));
    // Taken already: the wizard's Back, Next, Finish, and "Backup root".
    QString mnemonics = QStringLiteral("bnfr");

    QComboBox *nodes = nullptr;
    QTableWidget *sets = nullptr;
    for (const ScenarioOption &option : scenario->options()) {
        QWidget *editor = createEditor(option, profile);
        if (option.kind == ScenarioOption::Kind::Node)
            nodes = qobject_cast<QComboBox *>(editor);
        else if (option.kind == ScenarioOption::Kind::BackupSet)
            sets = qobject_cast<QTableWidget *>(editor);
        editor->setObjectName(option.name);
        editor->setToolTip(option.description);
        editor->setAccessibleName(option.label());
        editor->setAccessibleDescription(option.description);
        auto *label = new QLabel(labelFor(option.label(), &mnemonics), this);
        label->setBuddy(editor);
        label->setToolTip(option.description);
        m_form->addRow(label, option.kind == ScenarioOption::Kind::Directory ? withBrowse(editor) : editor);
        m_editors.insert(option.name, editor);
    }
    if (m_editors.isEmpty())
        m_form->addRow(new QLabel(tr("This scenario has no options."), this));
    changeRootLast();
    applyRemembered();
    if (nodes) {
        if (!m_session->suggestedNode().isEmpty() && nodes->findText(m_session->suggestedNode()) >= 0)
            nodes->setCurrentText(m_session->suggestedNode());
        if (auto *repository = qobject_cast<QCheckBox *>(editor(OptionNames::repository))) {
            connect(repository, &QCheckBox::clicked, this, [this] { m_repositoryChosen = true; });
            connect(nodes, &QComboBox::currentTextChanged, this, &OptionsPage::suggestRepository);
            suggestRepository(nodes->currentText());
        }
    }
    if (sets)
        loadSets(sets);
}

QWidget *OptionsPage::createEditor(const ScenarioOption &option, const ClusterProfile &profile)
{
    switch (option.kind) {
    case ScenarioOption::Kind::Flag: {
        auto *check = new QCheckBox(this);
        check->setChecked(option.defaultValue.toBool());
        return check;
    }
    case ScenarioOption::Kind::Node: {
        auto *combo = new QComboBox(this);
        // Left out, the scenario chooses (every publish node, the first
        // secondary); a node picked here is given by name.
        if (!option.required)
            combo->addItem(option.whenLeftOut, QString());
        for (const NodeProfile &node : profile.nodes) {
            if (option.accepts(node.role))
                combo->addItem(node.name, node.name);
        }
        return combo;
    }
    case ScenarioOption::Kind::BackupSet:
        return createSetTable(!option.required);
    case ScenarioOption::Kind::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItems(option.choices);
        const int index = combo->findText(option.defaultValue.toString());
        if (index >= 0)
            combo->setCurrentIndex(index);
        return combo;
    }
    case ScenarioOption::Kind::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(option.minimum, option.maximum);
        spin->setSuffix(unitSuffix(option.unit));
        spin->setValue(option.defaultValue.toInt());
        return spin;
    }
    case ScenarioOption::Kind::Text:
    case ScenarioOption::Kind::Directory:
        break;
    }
    auto *line = new QLineEdit(this);
    line->setText(option.defaultValue.toString());
    // The one directory option, the rehearsal's, makes a new one when left empty.
    line->setPlaceholderText(option.kind == ScenarioOption::Kind::Directory
                                 ? tr("a new or empty directory; empty: under Lifeboat's data directory")
                                 : option.valueName);
    return line;
}

// The focus starts on the first option, so Change… comes after the options
// in the tab order (made before them, it would come first).
void OptionsPage::changeRootLast()
{
    QWidget *last = nullptr;
    for (QWidget *widget = m_changeRoot->nextInFocusChain(); widget != m_changeRoot; widget = widget->nextInFocusChain()) {
        if (isAncestorOf(widget) && (widget->focusPolicy() & Qt::TabFocus))
            last = widget;
    }
    if (last)
        QWidget::setTabOrder(last, m_changeRoot);
}

void OptionsPage::changeBackupRoot()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose the backup root"), m_session->profile().backupRoot);
    if (!chosen.isEmpty())
        useBackupRoot(chosen);
}

void OptionsPage::useBackupRoot(const QString &directory)
{
    const ClusterProfile &profile = m_session->profile();
    if (QDir::cleanPath(directory) == QDir::cleanPath(profile.backupRoot))
        return;
    if (profile.filePath.isEmpty()) {
        m_error->setText(tr("This profile has no file to keep another backup root in. Save it first (Edit… on the "
                            "Cluster page)."));
        m_error->show();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Change the backup root?"),
        tr("Keep the backup sets of %1 in %2 from now on?\n\nLifeboat writes this into the profile %3: later backups go "
           "there, and restores and the Backups window look for sets there. The sets in %4 stay where they are.")
            .arg(profile.name, QDir::toNativeSeparators(directory), QDir::toNativeSeparators(profile.filePath),
                 QDir::toNativeSeparators(profile.backupRoot)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    // A file write: off the GUI thread, like every other.
    QtConcurrent::run([path = profile.filePath, directory] {
        QString error;
        std::optional<ClusterProfile> changed = ClusterProfile::changeBackupRoot(path, directory, &error);
        return std::pair(changed ? changed->backupRoot : QString(), error);
    }).then(this, [this](const std::pair<QString, QString> &result) {
        const auto &[backupRoot, error] = result;
        if (backupRoot.isEmpty()) {
            m_error->setText(error);
            m_error->show();
            return;
        }
        m_error->hide();
        // The session keeps its profile (and the secrets given to it); only
        // the root changes, as in the file.
        ClusterProfile changed = m_session->profile();
        changed.backupRoot = backupRoot;
        m_session->setProfile(changed);
        m_backupRoot->setText(QDir::toNativeSeparators(backupRoot));
        for (QWidget *editor : std::as_const(m_editors)) {
            if (auto *sets = qobject_cast<QTableWidget *>(editor))
                loadSets(sets);
        }
    });
}

// A directory option's line with a button to choose the directory.
QWidget *OptionsPage::withBrowse(QWidget *editor)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(editor, 1);
    auto *browse = new QPushButton(tr("Browse…"), row);
    browse->setObjectName(editor->objectName() + QStringLiteral("-browse"));
    browse->setAccessibleName(tr("Choose %1").arg(editor->accessibleName()));
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, line] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose a directory"), line->text());
        if (!chosen.isEmpty())
            line->setText(QDir::toNativeSeparators(chosen));
    });
    return row;
}

QString OptionsPage::unitSuffix(ScenarioOption::Unit unit)
{
    switch (unit) {
    case ScenarioOption::Unit::Milliseconds: return tr(" ms");
    case ScenarioOption::Unit::Minutes: return tr(" min");
    case ScenarioOption::Unit::None: break;
    }
    return {};
}

QWidget *OptionsPage::createSetTable(bool automaticAllowed)
{
    auto *table = new QTableWidget(0, ColumnCount, this);
    table->setHorizontalHeaderLabels(
        { tr("Restore point"), tr("Strategy"), tr("Label"), tr("Size"), tr("Verified") });
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(Column_Label, QHeaderView::Stretch);
    table->setMinimumHeight(table->fontMetrics().height() * 8);
    table->setProperty("automaticAllowed", automaticAllowed);
    return table;
}

void OptionsPage::loadSets(QTableWidget *table)
{
    const int generation = ++m_generation;
    const QString root = m_session->profile().backupRoot;
    // Reading every manifest is disk work, and the rows' words take long to
    // make for hundreds of sets: both off the GUI thread.
    QtConcurrent::run([root] { return setRows(BackupSetCatalog::list(root)); }).then(this, [this, table, generation](const QList<SetRow> &rows) {
        if (generation != m_generation)
            return;
        // No set at all: nothing to choose, not even "Automatic".
        fillSetTable(table, rows, !rows.isEmpty() && table->property("automaticAllowed").toBool());
        if (rows.isEmpty()) {
            m_error->setText(tr("There is no backup set under %1 yet. Go back and make one first.")
                                 .arg(QDir::toNativeSeparators(m_session->profile().backupRoot)));
            m_error->show();
            return;
        }
        const QString wanted = WizardSettings::lastOptions(m_session->scenario()->id()).value(table->objectName()).toString();
        int selected = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (!wanted.isEmpty() && table->item(row, 0)->data(setIdRole).toString() == wanted)
                selected = row;
        }
        table->selectRow(selected);
        Q_EMIT setsLoaded();
    });
}

void OptionsPage::suggestRepository(const QString &nodeName)
{
    auto *check = qobject_cast<QCheckBox *>(editor(OptionNames::repository));
    const NodeProfile *node = m_session->profile().node(nodeName);
    if (!check || !node)
        return;
    const int generation = ++m_repositoryGeneration;
    m_repositoryReading = true;
    m_repositoryChosen = false;
    check->setProperty("reason", QString());
    check->setText(tr("reading what %1 shows…").arg(node->name));
    // It reads the node's error.log, which can be long (over ssh, seconds).
    QtConcurrent::run([profile = m_session->profile(), node = *node] { return RestoreNodeScenario::repositoryReason(profile, node); }).then(this, [this, check, generation](const QString &reason) {
        if (generation != m_repositoryGeneration)
            return;
        m_repositoryReading = false;
        if (!m_repositoryChosen)
            check->setChecked(!reason.isEmpty());
        check->setProperty("reason", reason);
        check->setText(reason.isEmpty() ? tr("not needed from what the node shows") : reason);
    });
}

void OptionsPage::applyRemembered()
{
    const QVariantMap remembered = WizardSettings::lastOptions(m_session->scenario()->id());
    for (auto it = remembered.cbegin(); it != remembered.cend(); ++it) {
        // Whether to restore a repository follows the node's state, not habit.
        if (it.key() == OptionNames::repository)
            continue;
        QWidget *widget = editor(it.key());
        if (auto *check = qobject_cast<QCheckBox *>(widget))
            check->setChecked(it.value().toBool());
        else if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->findText(it.value().toString()) >= 0)
            combo->setCurrentText(it.value().toString());
        else if (auto *spin = qobject_cast<QSpinBox *>(widget))
            spin->setValue(it.value().toInt());
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->setText(it.value().toString());
    }
}

QVariantMap OptionsPage::givenOptions() const
{
    QVariantMap given;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (const auto *check = qobject_cast<const QCheckBox *>(*it)) {
            if (it.key() == QLatin1String("repository")) {
                if (m_repositoryReading && !m_repositoryChosen)
                    continue; // nobody decided yet: the engine reads the node's state
                // Given with its reason, the engine takes the person's
                // decision as it is instead of deciding again.
                const QString reason = check->property("reason").toString();
                given.insert(QStringLiteral("repository"), check->isChecked());
                given.insert(QStringLiteral("repositoryReason"),
                             !check->isChecked() ? QString() : !reason.isEmpty() ? reason : tr("asked for in the wizard"));
            } else if (check->isChecked()) {
                given.insert(it.key(), true);
            }
        } else if (const auto *combo = qobject_cast<const QComboBox *>(*it)) {
            // A node list's entries carry the node's name; a choice's are its text.
            const QVariant data = combo->currentData();
            const QString value = data.isValid() ? data.toString() : combo->currentText();
            if (!value.isEmpty())
                given.insert(it.key(), value);
        } else if (const auto *spin = qobject_cast<const QSpinBox *>(*it)) {
            given.insert(it.key(), QString::number(spin->value()));
        } else if (const auto *line = qobject_cast<const QLineEdit *>(*it)) {
            if (!line->text().trimmed().isEmpty())
                given.insert(it.key(), line->text().trimmed());
        } else if (const auto *table = qobject_cast<const QTableWidget *>(*it)) {
            const QList<QTableWidgetItem *> selected = table->selectedItems();
            const QString id = selected.isEmpty() ? QString() : selected.first()->data(setIdRole).toString();
            if (!id.isEmpty())
                given.insert(it.key(), id);
        }
    }
    return given;
}

void OptionsPage::cleanupPage()
{
    forgetCompletion();
    QWizardPage::cleanupPage();
}

bool OptionsPage::validatePage()
{
    const Scenario *scenario = m_session->scenario();
    if (!scenario || !m_session->hasProfile())
        return false;
    const QVariantMap given = givenOptions();
    // Only what this Next completed for exactly these options is taken, once:
    // pressed again later, Next completes again (a backup's set id comes
    // from the time, an automatic set from the sets there are then).
    if (!m_completion || m_completion->given != given) {
        completeOptions(given);
        return false;
    }
    const QVariantMap completed = std::exchange(m_completion, std::nullopt)->options;
    m_error->hide();
    m_session->setOptions(completed);
    QVariantMap remembered = given;
    remembered.remove(QStringLiteral("repositoryReason"));
    m_session->setGivenOptions(remembered);
    WizardSettings::setLastOptions(scenario->id(), remembered);
    return true;
}

void OptionsPage::completeOptions(const QVariantMap &given)
{
    if (m_completing)
        return; // its end validates again, with the options given by then
    m_completing = true;
    const int generation = ++m_completionGeneration;
    m_error->hide();
    m_completingLabel->show();
    setNextEnabled(false);
    // Completing reads the disk (a restore reads every set's manifest to
    // choose one): on a worker thread, with its own copy of the profile.
    QtConcurrent::run([scenario = m_session->scenario(), profile = m_session->profile(), given] {
        Completion completion{given, {}, {}};
        completion.options = scenario->completeOptions(profile, given, &completion.error);
        return completion;
    }).then(this, [this, generation](const Completion &completion) {
        if (generation != m_completionGeneration)
            return;
        m_completing = false;
        m_completingLabel->hide();
        if (!completion.error.isEmpty()) {
            m_error->setText(completion.error);
            m_error->show();
            setNextEnabled(true);
            return;
        }
        m_completion = completion;
        m_nextHadFocus = false; // the next page takes it
        // Next again, as pressed: validatePage() takes the result now.
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

void OptionsPage::forgetCompletion()
{
    ++m_completionGeneration;
    m_completion.reset();
    m_completing = false;
    m_nextHadFocus = false;
    m_completingLabel->hide();
}

// Not through completeChanged(): QWizard answers it by hiding and showing the
// whole page, which measures a table of hundreds of sets again. isComplete()
// says the same, for when QWizard asks by itself. A Next disabled with the
// focus would pass it on to Cancel, where Return closes the wizard: the page
// keeps it until Next is back.
void OptionsPage::setNextEnabled(bool enabled)
{
    QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr;
    if (!next)
        return;
    if (!enabled && next->hasFocus()) {
        m_nextHadFocus = true;
        setFocus(Qt::OtherFocusReason);
    }
    next->setEnabled(enabled);
    if (enabled && std::exchange(m_nextHadFocus, false))
        next->setFocus(Qt::OtherFocusReason);
}

bool OptionsPage::isComplete() const
{
    return !m_completing && QWizardPage::isComplete();
}

QString OptionsPage::errorText() const
{
    return !m_error->isHidden() ? m_error->text() : QString();
}

int OptionsPage::nextId() const
{
    return Page_Checks;
}

} // namespace Lifeboat
