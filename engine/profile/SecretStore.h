// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace Lifeboat {

// Resolves {secret:NAME} references: from the environment variable
// LIFEBOAT_SECRET_<NAME> (upper case, other characters as '_'), else from the
// profile's secrets file, a JSON object that only its owner may read, else by
// asking the person at the terminal or in the wizard, when one has set a
// prompt. An answer is kept in this process's memory only, asked for once.
// Values never go to a log; redact() hides every value this store has
// handed out. Every method may be called from any thread at once (the
// checks run side by side, parts log while they are archived): copies of a
// store share one guarded state, loaded once.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    explicit SecretStore(QString secretsFile = {});

    // An empty string and an error message when NAME is not known.
    QString value(const QString &name, QString *error = nullptr) const;
    // Whether value(NAME) would find a value, without asking anybody: it is
    // in the environment or the secrets file, or a person will be asked for
    // it (a prompt is set). Otherwise false, with value()'s message.
    bool isAvailable(const QString &name, QString *error) const;
    // `text` with every {secret:NAME} reference replaced by its value.
    QString expand(const QString &text, QString *error = nullptr) const;
    QString redact(QString text) const;
    // The names the secrets file defines, a name with an empty value too
    // (asked for when it is needed); nothing and why, when the file is there
    // but cannot be used.
    std::optional<QStringList> fileNames(QString *error) const;

    static QString environmentName(const QString &name);

    // Adds `values` to the secrets file `file`, keeping every name it holds
    // (a new value replaces an old one). The file is written whole through
    // QSaveFile and is mode 600 before a value is written into it; a file
    // that is there but is not a JSON object is left alone, with why.
    [[nodiscard]] static bool storeInFile(const QString &file, const QHash<QString, QString> &values, QString *error);

    // Who asks for a secret nobody has set (the terminal, the wizard): returns
    // the value, or an empty string when the person gave none. Called from
    // any thread, one question at a time.
    using Prompt = std::function<QString(const QString &name, const QString &environmentName)>;
    static void setPrompt(Prompt prompt);

private:
    struct State;

    bool loadFile(QString *error) const; // with the state's mutex held
    static QString asked(const QString &name);

    QString m_file;
    std::shared_ptr<State> m_state;
};

} // namespace Lifeboat
