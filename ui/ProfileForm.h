// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/CommandTemplate.h>
#include <profile/ProfileProblem.h>

#include <QList>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Lifeboat {

class ErrorLabel;

// A form over one object of a cluster profile (the top level, or the node,
// host or database a list has selected). Each field edits one key through
// an accessor, so the form never holds a copy of the profile; each has its
// label (with a mnemonic and the field as its buddy), a help line with the
// key's meaning from docs/profile.md (also its tooltip and What's This),
// and below it a red message for the loader's problems with that key.
// A field's key is relative to prefix(): "repository" under "nodes[2]".
class ProfileForm : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileForm)

public:
    template<typename T>
    using Ref = std::function<T &()>;
    using Get = std::function<QString()>;
    using Set = std::function<void(const QString &)>;
    using Choices = QList<std::pair<QString, QString>>; // shown text, value in the profile

    explicit ProfileForm(QWidget *parent = nullptr);

    void setPrefix(std::function<QString()> prefix) { m_prefix = std::move(prefix); }
    QString keyPath(const QString &key) const;

    void addSection(const QString &title);
    QLineEdit *addText(const QString &label, const QString &key, const QString &help, Ref<QString> value);
    QLineEdit *addText(const QString &label, const QString &key, const QString &help, Get get, Set set);
    QSpinBox *addNumber(const QString &label, const QString &key, const QString &help, int minimum, int maximum, Ref<int> value);
    QCheckBox *addCheck(const QString &label, const QString &key, const QString &help, Ref<bool> value);
    QComboBox *addChoice(const QString &label, const QString &key, const QString &help, const Choices &choices, Get get, Set set);
    // A list of strings, one a line.
    QPlainTextEdit *addLines(const QString &label, const QString &key, const QString &help, Ref<QStringList> value);
    // A command as its argument list, one argument a line (its input is kept as it is).
    QPlainTextEdit *addCommand(const QString &label, const QString &key, const QString &help, Ref<CommandTemplate> value);
    // A password: a {secret:NAME} reference, and a button that asks for the
    // secret's value (secretRequested); `suggestedName` names a new secret.
    QLineEdit *addSecret(const QString &label, const QString &key, const QString &help, Ref<QString> value,
                         std::function<QString()> suggestedName);
    // A row that is no key: a choice of `names`, and a button that runs `apply(index)` for the chosen one.
    QComboBox *addAction(const QString &label, const QString &help, const QStringList &names, const QString &button,
                         std::function<void(int)> apply);

    // The profile's values into the fields, without edited() for them.
    void load();
    // Shows each problem that names one of the fields beside it; returns the others.
    QList<ProfileProblem> showProblems(const QList<ProfileProblem> &problems);
    // A note beside each secret field: `note(reference)` says what becomes of it; empty: none.
    void showSecretNotes(const std::function<QString(const QString &reference)> &note);

Q_SIGNALS:
    void edited();
    void secretRequested(QLineEdit *field, const QString &suggestedName);

private:
    struct Field
    {
        QString key;
        QWidget *editor = nullptr;
        ErrorLabel *error = nullptr;
        QLabel *note = nullptr; // secrets only
        std::function<void()> load;
    };

    Field &addRow(const QString &label, const QString &key, const QString &help, QWidget *editor, QWidget *shown = nullptr);
    static bool names(const QString &fieldPath, const QString &problemPath);
    void changed(const std::function<void()> &store);

    QFormLayout *m_layout;
    std::function<QString()> m_prefix;
    QList<Field> m_fields;
    bool m_loading = false;
};

} // namespace Lifeboat
