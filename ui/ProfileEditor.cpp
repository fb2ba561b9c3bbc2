// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileEditor.h"

#include "ErrorLabel.h"
#include "ProfileEditorPage.h"
#include "ProfileEditorPages.h"
#include "ProfileForm.h"

#include <profile/ProfileSchema.h>
#include <profile/SecretStore.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace Lifeboat {

namespace {
// Typing is checked once it pauses: the loader is cheap, but not per key.
constexpr int validationDelayMs = 200;
constexpr int partsWidth = 170;

// NAME of a field that holds exactly "{secret:NAME}"; empty otherwise.
QString secretName(const QString &reference)
{
    static const QRegularExpression whole(QStringLiteral("^\\{secret:([^}]+)\\}$"));
    const QRegularExpressionMatch match = whole.match(reference.trimmed());
    return match.hasMatch() ? match.captured(1) : QString();
}
} // namespace

ProfileEditor::ProfileEditor(const ClusterProfile &profile, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_path(QFileInfo(path).absoluteFilePath())
    , m_parts(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_general(new ErrorLabel(this))
    , m_save(nullptr)
{
    setWindowTitle(tr("Cluster profile — %1").arg(QDir::toNativeSeparators(m_path)));
    // Relative paths are written relative to where the profile is saved.
    m_profile.filePath = m_path;

    auto *layout = new QVBoxLayout(this);
    // Made in the order Tab goes: the parts, the part's form, then Save and Cancel.
    layout->addWidget(createParts(), 1);
    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_save, &QPushButton::clicked, this, &ProfileEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileEditor::reject);
    layout->addWidget(buttons);
    resize(880, 660);

    m_validation.setSingleShot(true);
    m_validation.setInterval(validationDelayMs);
    connect(&m_validation, &QTimer::timeout, this, &ProfileEditor::validate);
    validate();
    m_parts->setFocus();
}

QWidget *ProfileEditor::createParts()
{
    auto *parts = new QWidget(this);
    auto *row = new QHBoxLayout(parts);
    row->setContentsMargins(0, 0, 0, 0);
    m_parts->setAccessibleName(tr("Parts of the profile"));
    m_parts->setToolTip(tr("Ctrl+Page Down and Ctrl+Page Up go to the next and the previous part from anywhere."));
    m_parts->setFixedWidth(partsWidth);
    m_parts->setIconSize(QSize(16, 16));
    m_parts->setSpacing(2);
    row->addWidget(m_parts);
    auto *right = new QVBoxLayout;
    m_general->setTextFormat(Qt::PlainText);
    m_general->setAccessibleName(tr("Problems of the profile"));
    m_general->hide();
    right->addWidget(m_general);
    right->addWidget(m_stack, 1);
    row->addLayout(right, 1);

    m_pages = ProfileEditorPages::create(&m_profile, m_stack);
    for (ProfileEditorPage *page : std::as_const(m_pages)) {
        m_parts->addItem(page->title());
        m_stack->addWidget(page);
        page->load();
        connect(page, &ProfileEditorPage::edited, this, &ProfileEditor::edited);
        connect(page, &ProfileEditorPage::selectionChanged, this, &ProfileEditor::showProblems);
        connect(page->form(), &ProfileForm::secretRequested, this, &ProfileEditor::setSecret);
    }
    connect(m_parts, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_parts->setCurrentRow(0);
    // From anywhere in a form, as between a tab widget's tabs.
    for (const auto &[keys, step] : {std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
                                     std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1}}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this, step] {
            m_parts->setCurrentRow((m_parts->currentRow() + step + m_parts->count()) % m_parts->count());
        });
    }
    return parts;
}

ClusterProfile ProfileEditor::profile() const
{
    return m_profile;
}

QString ProfileEditor::savedPath() const
{
    return m_savedPath;
}

void ProfileEditor::edited()
{
    m_changed = true;
    m_validation.start();
}

QString ProfileEditor::secretsFile() const
{
    if (m_profile.secretsFile.isEmpty())
        return {};
    return QDir(QFileInfo(m_path).absolutePath()).absoluteFilePath(m_profile.secretsFile);
}

void ProfileEditor::validate()
{
    m_validation.stop();
    QJsonObject json = m_profile.toJson();
    // Without its secrets file the loader does not require each secret to be
    // defined: here a secret without a value is asked for at run time, or set
    // with "Set secret…", not an error that keeps the profile from being saved.
    json.remove(QStringLiteral("secretsFile"));
    m_problems.clear();
    (void)ClusterProfile::fromJson(json, QFileInfo(m_path).absolutePath(), &m_problems);
    m_problems += passwordsInTheProfile() + invalidUrls();
    QString error;
    m_definedSecrets = SecretStore(secretsFile()).fileNames(&error).value_or(QStringList());
    m_secretsFileExists = !secretsFile().isEmpty() && QFileInfo::exists(secretsFile());
    showProblems();
}

void ProfileEditor::showProblems()
{
    QList<ProfileProblem> left = m_problems;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        const int errors = m_pages[i]->showProblems(&left);
        QListWidgetItem *item = m_parts->item(int(i));
        item->setIcon(errors > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        item->setToolTip(errors > 0 ? tr("%n problem(s) to fix", nullptr, errors) : QString());
        // The mark is a picture: a screen reader says it in words.
        item->setData(Qt::AccessibleTextRole, errors > 0 ? tr("%1, %n problem(s) to fix", nullptr, errors).arg(m_pages[i]->title())
                                                         : m_pages[i]->title());
        m_pages[i]->form()->showSecretNotes([this](const QString &reference) { return secretNote(reference); });
    }
    QStringList lines;
    for (const ProfileProblem &problem : std::as_const(left))
        lines.append(tr("• %1: %2").arg(problem.keyPath.isEmpty() ? tr("The profile") : problem.keyPath, problem.text()));
    m_general->setText(lines.join(u'\n'));
    m_general->setVisible(!lines.isEmpty());
    m_save->setEnabled(!ProfileProblem::hasErrors(m_problems));
}

QString ProfileEditor::secretNote(const QString &reference) const
{
    if (reference.isEmpty())
        return {};
    const QString name = secretName(reference);
    if (name.isEmpty())
        return {}; // an error: passwordsInTheProfile()
    if (m_newSecrets.contains(name))
        return tr("Its value goes to the secrets file %1 when you save.").arg(QDir::toNativeSeparators(secretsFile()));
    if (m_definedSecrets.contains(name)
        || !qEnvironmentVariableIsEmpty(SecretStore::environmentName(name).toLatin1().constData()))
        return {};
    if (!m_secretsFileExists)
        return tr("The secret \"%1\" has no value here: Lifeboat takes it from its environment variable at run time, "
                  "or asks for it. Press \"Set secret…\" to store its value.").arg(name);
    return tr("The secret \"%1\" has no value: Lifeboat asks for it at run time (Save records it so in the secrets "
              "file), or press \"Set secret…\" to store its value.")
        .arg(name);
}

// A password written into the profile would show in its logs and previews,
// and in the file: the editor saves none, and "Set secret…" moves it to the
// secrets file.
QList<ProfileProblem> ProfileEditor::passwordsInTheProfile() const
{
    QList<std::pair<QString, QString>> passwords{{QStringLiteral("backupMode.password"), m_profile.backupMode.password}};
    for (qsizetype i = 0; i < m_profile.nodes.size(); ++i)
        passwords.append({QStringLiteral("nodes[%1].http.password").arg(i), m_profile.nodes[i].httpPassword});
    for (qsizetype i = 0; i < m_profile.databases.size(); ++i)
        passwords.append({QStringLiteral("databases[%1].password").arg(i), m_profile.databases[i].password});
    QList<ProfileProblem> problems;
    for (const auto &[keyPath, password] : std::as_const(passwords)) {
        if (!password.isEmpty() && secretName(password).isEmpty())
            problems.append({.keyPath = keyPath,
                             .message = tr("This is a password, which the profile must not hold: press \"Set secret…\" to "
                                           "move it to the secrets file, or write a {secret:NAME} reference.")});
    }
    return problems;
}

// A node's URL is held as a QUrl, which writes nothing for one it cannot
// read: the editor says so rather than save the profile without it.
QList<ProfileProblem> ProfileEditor::invalidUrls() const
{
    QList<ProfileProblem> problems;
    for (qsizetype i = 0; i < m_profile.nodes.size(); ++i) {
        const QUrl &url = m_profile.nodes[i].httpUrl;
        if (!url.isEmpty() && !url.isValid())
            problems.append({.keyPath = QStringLiteral("nodes[%1].http.url").arg(i),
                             .message = tr("This is not a URL Lifeboat can read (%1); write it as "
                                           "http://aem-node1.example.com:8080/lc.").arg(url.errorString())});
    }
    return problems;
}

void ProfileEditor::setSecret(QLineEdit *field, const QString &suggestedName)
{
    QString name = secretName(field->text());
    // A password typed into the field is the value to move to the secrets file.
    const QString typed = name.isEmpty() ? field->text() : QString();
    if (name.isEmpty())
        name = suggestedName;
    const QString file = m_profile.secretsFile.isEmpty() ? QFileInfo(m_path).absoluteDir().filePath(QStringLiteral("secrets.json"))
                                                         : secretsFile();
    bool ok = false;
    const QString value = QInputDialog::getText(
        this, tr("Set secret"),
        tr("The value of the secret \"%1\". Save writes it to the secrets file %2, which only you can read, never into "
           "the profile. Leave it empty to be asked for it at run time.").arg(name, QDir::toNativeSeparators(file)),
        QLineEdit::Password, typed, &ok);
    if (!ok)
        return;
    if (m_profile.secretsFile.isEmpty())
        m_profile.secretsFile = file;
    m_newSecrets.insert(name, value);
    const QString reference = QStringLiteral("{secret:%1}").arg(name);
    if (field->text() != reference) {
        field->setText(reference);
        Q_EMIT field->textEdited(reference);
    }
    for (ProfileEditorPage *page : std::as_const(m_pages))
        page->load(); // the secrets file may have just been named
    edited();
}

// Every secret the profile names that neither the secrets file nor the
// environment defines (what the strict loader would refuse).
QStringList ProfileEditor::undefinedSecrets() const
{
    QList<SecretReference> references;
    (void)ProfileSchema::check(m_profile.toJson(), &references);
    QStringList names;
    for (const SecretReference &reference : std::as_const(references)) {
        if (!m_definedSecrets.contains(reference.name) && !names.contains(reference.name)
            && qEnvironmentVariableIsEmpty(SecretStore::environmentName(reference.name).toLatin1().constData()))
            names.append(reference.name);
    }
    return names;
}

// The values set here, and, once there is a secrets file, an empty value for
// each secret without one: the loader then finds it defined, and Lifeboat
// asks for it at run time, as the field's note said.
bool ProfileEditor::storeSecrets(QString *error)
{
    const QString file = secretsFile();
    if (file.isEmpty() || (m_newSecrets.isEmpty() && !QFileInfo::exists(file)))
        return true;
    QHash<QString, QString> values = m_newSecrets;
    for (const QString &name : undefinedSecrets()) {
        if (!values.contains(name))
            values.insert(name, QString());
    }
    if (!values.isEmpty() && !SecretStore::storeInFile(file, values, error))
        return false;
    m_newSecrets.clear();
    return true;
}

void ProfileEditor::save()
{
    validate();
    if (ProfileProblem::hasErrors(m_problems))
        return;
    QString error;
    // The secrets first: a profile that names a secret whose value was lost would be worse.
    if (!storeSecrets(&error)) {
        QMessageBox::warning(this, tr("Cannot save the secrets"), error);
        return;
    }
    if (!m_profile.save(m_path, &error)) {
        QMessageBox::warning(this, tr("Cannot save the profile"), error);
        return;
    }
    m_savedPath = m_path;
    m_changed = false;
    accept();
}

void ProfileEditor::reject()
{
    if (m_changed) {
        const auto answer = QMessageBox::question(this, tr("Discard changes?"),
                                                  tr("The profile has changes that are not saved. Discard them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace Lifeboat
