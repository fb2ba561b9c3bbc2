#include "OptionsPage.h"

#include "PageId.h"
#include "WizardSession.h"

#include <run/Scenario.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Lifeboat {

namespace {
// "setId" → "Set id", "compression" → "Compression", with a mnemonic.
QString labelFor(const QString &name)
{
    QString text;
    for (const QChar c : name) {
        if (c.isUpper() && !text.isEmpty())
            text += u' ';
        text += text.isEmpty() ? c.toUpper() : c.toLower();
    }
    return u'&' + text + u':';
}
} // namespace

OptionsPage::OptionsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_backupRoot(new QLineEdit(this))
    , m_error(new QLabel(this))
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
    m_error->setStyleSheet(QStringLiteral("color: #c03030;"));
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

    for (const ScenarioOption &option : scenario->options()) {
        QWidget *editor = nullptr;
        if (option.isFlag()) {
            auto *check = new QCheckBox(this);
            check->setChecked(option.defaultValue.toBool());
            editor = check;
        } else if (option.name == QLatin1String("node")) {
            auto *combo = new QComboBox(this);
            const QString id = scenario->id();
            for (const NodeProfile &node : profile.nodes) {
                if ((id == QLatin1String("backup-rolling") || id == QLatin1String("backup-online"))
                    && node.role != NodeRole::Secondary)
                    continue;
                if (id == QLatin1String("backup-publish") && node.role != NodeRole::Publish)
                    continue;
                combo->addItem(node.name);
            }
            editor = combo;
        } else if (option.name == QLatin1String("compression") || option.name == QLatin1String("target")) {
            auto *combo = new QComboBox(this);
            combo->addItems(option.name == QLatin1String("compression")
                                ? QStringList{QStringLiteral("zstd"), QStringLiteral("gzip"), QStringLiteral("xz"),
                                              QStringLiteral("zip")}
                                : QStringList{QStringLiteral("dir"), QStringLiteral("zip")});
            const int index = combo->findText(option.defaultValue.toString());
            if (index >= 0)
                combo->setCurrentIndex(index);
            editor = combo;
        } else if (option.name == QLatin1String("delay") || option.name == QLatin1String("timeout")) {
            auto *spin = new QSpinBox(this);
            if (option.name == QLatin1String("delay")) {
                spin->setRange(0, 60000);
                spin->setSuffix(tr(" ms"));
            } else {
                spin->setRange(0, 10080);
                spin->setSuffix(tr(" min"));
            }
            spin->setValue(option.defaultValue.toInt());
            editor = spin;
        } else {
            auto *line = new QLineEdit(this);
            line->setText(option.defaultValue.toString());
            line->setPlaceholderText(option.valueName);
            editor = line;
        }
        editor->setObjectName(option.name);
        editor->setToolTip(option.description);
        editor->setAccessibleName(labelFor(option.name).remove(u'&').chopped(1));
        editor->setAccessibleDescription(option.description);
        auto *label = new QLabel(labelFor(option.name), this);
        label->setBuddy(editor);
        label->setToolTip(option.description);
        m_form->addRow(label, editor);
        m_editors.insert(option.name, editor);
    }
    if (m_editors.isEmpty())
        m_form->addRow(new QLabel(tr("This scenario has no options."), this));
}

QVariantMap OptionsPage::givenOptions() const
{
    QVariantMap given;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        if (const auto *check = qobject_cast<const QCheckBox *>(*it)) {
            if (check->isChecked())
                given.insert(it.key(), true);
        } else if (const auto *combo = qobject_cast<const QComboBox *>(*it)) {
            if (!combo->currentText().isEmpty())
                given.insert(it.key(), combo->currentText());
        } else if (const auto *spin = qobject_cast<const QSpinBox *>(*it)) {
            given.insert(it.key(), QString::number(spin->value()));
        } else if (const auto *line = qobject_cast<const QLineEdit *>(*it)) {
            if (!line->text().trimmed().isEmpty())
                given.insert(it.key(), line->text().trimmed());
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
    const QVariantMap completed = scenario->completeOptions(m_session->profile(), givenOptions(), &error);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_session->setOptions(completed);
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
