// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileForm.h"

#include "ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTextDocument>
#include <QVBoxLayout>


namespace Lifeboat {

namespace {
// Tall enough for a command of a few arguments; longer ones scroll.
constexpr int linesShown = 4;

QPlainTextEdit *linesEditor(QWidget *parent)
{
    auto *editor = new QPlainTextEdit(parent);
    // Tab goes to the next field, as everywhere else in the form.
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    // Long arguments scroll sideways: the scroll bar takes no line away.
    const int scrollBar = editor->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, editor);
    editor->setFixedHeight(editor->fontMetrics().lineSpacing() * linesShown + 2 * editor->frameWidth()
                           + 2 * int(editor->document()->documentMargin()) + scrollBar);
    return editor;
}

QStringList linesOf(const QPlainTextEdit *editor)
{
    QStringList lines = editor->toPlainText().split(u'\n');
    // The line break after the last line makes no empty argument.
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}
} // namespace

ProfileForm::ProfileForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QString ProfileForm::keyPath(const QString &key) const
{
    const QString prefix = m_prefix ? m_prefix() : QString();
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

void ProfileForm::addSection(const QString &title)
{
    auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    label->setWordWrap(true); // a long title in another language must not widen the form past its window
    m_layout->addRow(label);
}

ProfileForm::Field &ProfileForm::addRow(const QString &label, const QString &key, const QString &help, QWidget *editor,
                                        QWidget *shown)
{
    auto *field = new QWidget(this);
    auto *column = new QVBoxLayout(field);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(shown ? shown : editor);
    auto *helpLine = new QLabel(help, field);
    helpLine->setTextFormat(Qt::PlainText); // paths and {placeholders}, never markup
    helpLine->setWordWrap(true);
    QFont small = helpLine->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    helpLine->setFont(small);
    helpLine->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(helpLine);
    auto *error = new ErrorLabel(field);
    error->setTextFormat(Qt::PlainText);
    error->setAccessibleName(tr("Problem with %1").arg(QString(label).remove(u'&')));
    error->hide();
    column->addWidget(error);
    // Room the form gives the row goes below the help, which stays with its field.
    column->addStretch(1);

    auto *text = new QLabel(label, this);
    text->setBuddy(editor);
    editor->setToolTip(help);
    editor->setWhatsThis(help);
    editor->setAccessibleDescription(help);
    m_layout->addRow(text, field);
    m_fields.append({.key = key, .editor = editor, .error = error});
    return m_fields.last();
}

void ProfileForm::changed(const std::function<void()> &store)
{
    if (m_loading)
        return;
    store();
    Q_EMIT edited();
}

QLineEdit *ProfileForm::addText(const QString &label, const QString &key, const QString &help, Ref<QString> value)
{
    return addText(label, key, help, [value] { return value(); }, [value](const QString &text) { value() = text; });
}

QLineEdit *ProfileForm::addText(const QString &label, const QString &key, const QString &help, Get get, Set set)
{
    auto *editor = new QLineEdit(this);
    addRow(label, key, help, editor).load = [editor, get] { editor->setText(get()); };
    connect(editor, &QLineEdit::textEdited, this, [this, editor, set] { changed([&] { set(editor->text()); }); });
    return editor;
}

QSpinBox *ProfileForm::addNumber(const QString &label, const QString &key, const QString &help, int minimum, int maximum,
                                 Ref<int> value)
{
    auto *editor = new QSpinBox(this);
    editor->setRange(minimum, maximum);
    addRow(label, key, help, editor).load = [editor, value] { editor->setValue(value()); };
    connect(editor, &QSpinBox::valueChanged, this, [this, value](int number) { changed([&] { value() = number; }); });
    return editor;
}

QCheckBox *ProfileForm::addCheck(const QString &label, const QString &key, const QString &help, Ref<bool> value)
{
    auto *editor = new QCheckBox(this);
    addRow(label, key, help, editor).load = [editor, value] { editor->setChecked(value()); };
    connect(editor, &QCheckBox::toggled, this, [this, value](bool checked) { changed([&] { value() = checked; }); });
    return editor;
}

QComboBox *ProfileForm::addChoice(const QString &label, const QString &key, const QString &help, const Choices &choices,
                                  Get get, Set set)
{
    auto *editor = new QComboBox(this);
    for (const auto &[text, data] : choices)
        editor->addItem(text, data);
    addRow(label, key, help, editor).load = [editor, get] { editor->setCurrentIndex(editor->findData(get())); };
    connect(editor, &QComboBox::activated, this, [this, editor, set] { changed([&] { set(editor->currentData().toString()); }); });
    return editor;
}

QPlainTextEdit *ProfileForm::addLines(const QString &label, const QString &key, const QString &help, Ref<QStringList> value)
{
    auto *editor = linesEditor(this);
    addRow(label, key, help, editor).load = [editor, value] { editor->setPlainText(value().join(u'\n')); };
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, value] { changed([&] { value() = linesOf(editor); }); });
    return editor;
}

QPlainTextEdit *ProfileForm::addCommand(const QString &label, const QString &key, const QString &help, Ref<CommandTemplate> value)
{
    auto *editor = linesEditor(this);
    addRow(label, key, help, editor).load = [editor, value] { editor->setPlainText(value().arguments().join(u'\n')); };
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, value] {
        changed([&] { value() = CommandTemplate(linesOf(editor), value().input()); });
    });
    return editor;
}

QLineEdit *ProfileForm::addSecret(const QString &label, const QString &key, const QString &help, Ref<QString> value,
                                  std::function<QString()> suggestedName)
{
    auto *shown = new QWidget(this);
    auto *row = new QHBoxLayout(shown);
    row->setContentsMargins(0, 0, 0, 0);
    auto *editor = new QLineEdit(shown);
    editor->setPlaceholderText(QStringLiteral("{secret:NAME}"));
    auto *button = new QPushButton(tr("Set secret…"), shown);
    button->setAutoDefault(false);
    button->setAccessibleName(tr("Set the secret of %1").arg(QString(label).remove(u'&')));
    row->addWidget(editor, 1);
    row->addWidget(button);
    auto *note = new QLabel(shown);
    note->setWordWrap(true);
    note->hide();
    Field &field = addRow(label, key, help, editor, shown);
    field.note = note;
    field.load = [editor, value] { editor->setText(value()); };
    static_cast<QVBoxLayout *>(field.error->parentWidget()->layout())->insertWidget(2, note);
    connect(editor, &QLineEdit::textEdited, this, [this, editor, value] { changed([&] { value() = editor->text(); }); });
    connect(button, &QPushButton::clicked, this, [this, editor, suggestedName] { Q_EMIT secretRequested(editor, suggestedName()); });
    return editor;
}

QComboBox *ProfileForm::addAction(const QString &label, const QString &help, const QStringList &names, const QString &button,
                                  std::function<void(int)> apply)
{
    // A choice and a button, not a combo that acts when its item changes: arrow
    // keys change a closed combo's item, and each change would act.
    auto *shown = new QWidget(this);
    auto *row = new QHBoxLayout(shown);
    row->setContentsMargins(0, 0, 0, 0);
    auto *editor = new QComboBox(shown);
    // As wide as the form gives it, not as its longest choice: a long one
    // would widen the form past its window (its tooltip has it whole).
    editor->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    editor->setMinimumContentsLength(16);
    editor->addItems(names);
    auto *act = new QPushButton(button, shown);
    act->setAutoDefault(false);
    row->addWidget(editor, 1);
    row->addWidget(act);
    addRow(label, QString(), help, editor, shown).load = [] {};
    connect(act, &QPushButton::clicked, this, [editor, apply] { apply(editor->currentIndex()); });
    return editor;
}

void ProfileForm::load()
{
    m_loading = true;
    for (const Field &field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field.editor);
        field.load();
    }
    m_loading = false;
}

bool ProfileForm::names(const QString &fieldPath, const QString &problemPath)
{
    // "control.start" also owns "control.start[3]" and "control.start.arguments[0]".
    return problemPath == fieldPath
        || (problemPath.startsWith(fieldPath)
            && (problemPath.at(fieldPath.size()) == u'.' || problemPath.at(fieldPath.size()) == u'['));
}

QList<ProfileProblem> ProfileForm::showProblems(const QList<ProfileProblem> &problems)
{
    QList<ProfileProblem> others;
    QHash<ErrorLabel *, QStringList> shown;
    for (const ProfileProblem &problem : problems) {
        // The field that names the problem most closely: a command's input, not the command.
        const Field *field = nullptr;
        for (const Field &candidate : std::as_const(m_fields)) {
            if (!candidate.key.isEmpty() && names(keyPath(candidate.key), problem.keyPath)
                && (!field || candidate.key.size() > field->key.size()))
                field = &candidate;
        }
        if (!field || !isEnabled())
            others.append(problem);
        else
            shown[field->error].append(problem.text());
    }
    for (const Field &field : std::as_const(m_fields)) {
        field.error->setText(shown.value(field.error).join(u'\n'));
        field.error->setVisible(shown.contains(field.error));
    }
    return others;
}

void ProfileForm::showSecretNotes(const std::function<QString(const QString &reference)> &note)
{
    for (const Field &field : std::as_const(m_fields)) {
        if (!field.note)
            continue;
        const QString text = isEnabled() ? note(static_cast<QLineEdit *>(field.editor)->text()) : QString();
        field.note->setText(text);
        field.note->setVisible(!text.isEmpty());
    }
}

} // namespace Lifeboat
