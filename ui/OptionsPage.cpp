// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "OptionsPage.h"

#include "ErrorLabel.h"
#include "PageId.h"
#include "WizardSession.h"
#include "WizardSettings.h"

#include <backup/BackupSetCatalog.h>
#include <run/OptionNames.h>
#include <run/Scenario.h>
#include <scenarios/RestoreNodeScenario.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace Lifeboat {

namespace {
// "setId" → "Set id", "backup-set" → "Backup set".
QString textFor(const QString &name)
{
    QString text;
    for (const QChar c : name) {
        if (c == u'-') {
            text += u' ';
            continue;
        }
        if (c.isUpper() && !text.isEmpty())
            text += u' ';
        text += text.isEmpty() ? c.toUpper() : c.toLower();
    }
    return text;
}

// The label with a mnemonic no other control of the window uses: two
// controls on one Alt+letter make it cycle focus instead of acting, and
// Alt+N must stay "Next". Word starts first, then any letter.
QString labelFor(const QString &name, QString *used)
{
    QString text = textFor(name);
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
} // namespace

OptionsPage::OptionsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_backupRoot(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setTitle(tr("Set the options"));
    setSubTitle(tr("Leave a field as it is to use the scenario's default."));

    auto *layout = new QVBoxLayout(this);
    auto *rootForm = new QFormLayout;
    m_backupRoot->setReadOnly(true);
    // Read-only: keyboard focus starts on the first option instead.
    m_backupRoot->setFocusPolicy(Qt::ClickFocus);
    m_backupRoot->setAccessibleName(tr("Backup root"));
    auto *rootLabel = new QLabel(tr("Backup &root:"), this);
    rootLabel->setBuddy(m_backupRoot);
    rootForm->addRow(rootLabel, m_backupRoot);
    layout->addLayout(rootForm);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    rootForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);

    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void OptionsPage::clearForm()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
}

void OptionsPage::initializePage()
{
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
        editor->setAccessibleName(textFor(option.name));
        editor->setAccessibleDescription(option.description);
        auto *label = new QLabel(labelFor(option.name, &mnemonics), this);
        label->setBuddy(editor);
        label->setToolTip(option.description);
        m_form->addRow(label, editor);
        m_editors.insert(option.name, editor);
    }
    if (m_editors.isEmpty())
        m_form->addRow(new QLabel(tr("This scenario has no options."), this));
    applyRemembered();
    if (nodes) {
        if (!m_session->suggestedNode().isEmpty() && nodes->findText(m_session->suggestedNode()) >= 0)
            nodes->setCurrentText(m_session->suggestedNode());
        if (editor(OptionNames::repository)) {
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
        for (const NodeProfile &node : profile.nodes) {
            if (option.accepts(node.role))
                combo->addItem(node.name);
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
    table->setHorizontalHeaderLabels({tr("Time"), tr("Strategy"), tr("Label"), tr("Size"), tr("Verified")});
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
    // Reading every manifest is disk work: off the GUI thread.
    QtConcurrent::run([root] { return BackupSetCatalog::list(root); }).then(this, [this, table, generation](const QList<BackupSetCatalog::Set> &sets) {
        if (generation != m_generation)
            return;
        const QLocale locale;
        const auto addRow = [table](const QStringList &cells, const QString &id) {
            const int row = table->rowCount();
            table->insertRow(row);
            for (int column = 0; column < cells.size(); ++column) {
                auto *cell = new QTableWidgetItem(cells.at(column));
                cell->setData(setIdRole, id);
                table->setItem(row, column, cell);
            }
        };
        if (table->property("automaticAllowed").toBool()) {
            addRow({tr("Automatic"), tr("the newest set that holds what this restore needs")}, {});
            table->setSpan(0, 1, 1, ColumnCount - 1);
        }
        for (const BackupSetCatalog::Set &set : sets) {
            QString verified = tr("not verified");
            if (set.verifiedAt.isValid())
                verified = set.verificationResult == QLatin1String("ok")
                               ? tr("verified %1").arg(locale.toString(set.verifiedAt.toLocalTime(), QLocale::ShortFormat))
                               : tr("DAMAGED");
            addRow({locale.toString(set.time.toLocalTime(), QLocale::ShortFormat), set.strategy, set.label,
                    locale.formattedDataSize(set.archiveBytes), verified},
                   set.id);
        }
        if (table->rowCount() == 0) {
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
    // It reads the node's error.log, which can be long.
    QtConcurrent::run([node = *node] { return RestoreNodeScenario::repositoryReason(node); }).then(this, [this, check, generation](const QString &reason) {
        if (generation != m_repositoryGeneration)
            return;
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
            if (!combo->currentText().isEmpty())
                given.insert(it.key(), combo->currentText());
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

bool OptionsPage::validatePage()
{
    const Scenario *scenario = m_session->scenario();
    if (!scenario || !m_session->hasProfile())
        return false;
    QString error;
    const QVariantMap given = givenOptions();
    const QVariantMap completed = scenario->completeOptions(m_session->profile(), given, &error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_session->setOptions(completed);
    QVariantMap remembered = given;
    remembered.remove(QStringLiteral("repositoryReason"));
    WizardSettings::setLastOptions(scenario->id(), remembered);
    return true;
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
