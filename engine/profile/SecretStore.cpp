// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SecretStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <profile/CommandTemplate.h>

namespace Lifeboat {

struct SecretStore::State
{
    QMutex mutex;
    bool loaded = false;
    QHash<QString, QString> fileValues;
    QHash<QString, QString> handedOut;
};

namespace {
QMutex promptMutex;
SecretStore::Prompt currentPrompt;
QHash<QString, QString> answers; // what the person typed, this process only
} // namespace

void SecretStore::setPrompt(Prompt prompt)
{
    const QMutexLocker lock(&promptMutex);
    currentPrompt = std::move(prompt);
}

QString SecretStore::asked(const QString &name)
{
    const QMutexLocker lock(&promptMutex);
    if (!answers.contains(name) && currentPrompt) {
        const QString answer = currentPrompt(name, environmentName(name));
        if (!answer.isEmpty())
            answers.insert(name, answer);
    }
    return answers.value(name);
}

SecretStore::SecretStore(QString secretsFile)
    : m_file(std::move(secretsFile))
    , m_state(std::make_shared<State>())
{ }

QString SecretStore::environmentName(const QString &name)
{
    QString result = QStringLiteral("LIFEBOAT_SECRET_");
    for (QChar c : name)
        result.append(c.isLetterOrNumber() ? c.toUpper() : u'_');
    return result;
}

bool SecretStore::loadFile(QString *error) const
{
    if (m_state->loaded || m_file.isEmpty())
        return true;
    QFile file(m_file);
    if (!file.exists())
        return true;
    const auto others = QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (file.permissions() & others) {
        if (error)
            *error = tr("The secrets file %1 can be read by other users. Run 'chmod 600 %1' and try again.")
                         .arg(m_file);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the secrets file %1: %2").arg(m_file, file.errorString());
        return false;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        if (error)
            *error = tr("The secrets file %1 is not a JSON object of names and values.").arg(m_file);
        return false;
    }
    const QJsonObject values = document.object();
    for (auto it = values.begin(); it != values.end(); ++it)
        m_state->fileValues.insert(it.key(), it.value().toString());
    m_state->loaded = true;
    return true;
}

bool SecretStore::storeInFile(const QString &file, const QHash<QString, QString> &values, QString *error)
{
    QJsonObject secrets;
    QFile existing(file);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the secrets file %1: %2").arg(file, existing.errorString());
            return false;
        }
        const QJsonDocument document = QJsonDocument::fromJson(existing.readAll());
        if (!document.isObject()) {
            *error = tr("The secrets file %1 is not a JSON object of names and values.").arg(file);
            return false;
        }
        secrets = document.object();
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        secrets.insert(it.key(), it.value());
    QSaveFile saved(file);
    // Only its owner may read it from the first byte on: the mode is set on
    // the new file before a secret is written into it.
    if (!saved.open(QIODevice::WriteOnly) || !saved.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("Cannot write the secrets file %1: %2").arg(file, saved.errorString());
        return false;
    }
    saved.write(QJsonDocument(secrets).toJson(QJsonDocument::Indented));
    if (!saved.commit()) {
        *error = tr("Cannot write the secrets file %1: %2").arg(file, saved.errorString());
        return false;
    }
    return true;
}

std::optional<QStringList> SecretStore::fileNames(QString *error) const
{
    const QMutexLocker lock(&m_state->mutex);
    if (!loadFile(error))
        return std::nullopt;
    return m_state->fileValues.keys();
}

QString SecretStore::value(const QString &name, QString *error) const
{
    QString found = qEnvironmentVariable(environmentName(name).toLatin1().constData());
    if (found.isEmpty()) {
        const QMutexLocker lock(&m_state->mutex);
        if (!loadFile(error))
            return {};
        found = m_state->fileValues.value(name);
    }
    // Not under the lock: the wizard's question waits for the person, who may
    // meanwhile see log lines that redact() hides secrets from.
    if (found.isEmpty())
        found = asked(name);
    if (found.isEmpty()) {
        if (error)
            *error = tr(
                "The secret \"%1\" is not set. Set the environment variable %2, or add it to the secrets "
                "file%3.")
                         .arg(name, environmentName(name),
                             m_file.isEmpty() ? QString() : QStringLiteral(" %1").arg(m_file));
        return {};
    }
    const QMutexLocker lock(&m_state->mutex);
    m_state->handedOut.insert(name, found);
    return found;
}

bool SecretStore::isAvailable(const QString &name, QString *error) const
{
    if (!qEnvironmentVariableIsEmpty(environmentName(name).toLatin1().constData()))
        return true;
    {
        const QMutexLocker lock(&m_state->mutex);
        if (!loadFile(error))
            return false;
        if (!m_state->fileValues.value(name).isEmpty())
            return true;
    }
    {
        const QMutexLocker lock(&promptMutex);
        if (answers.contains(name) || currentPrompt)
            return true;
    }
    if (error)
        *error = tr("The secret \"%1\" is not set. Set the environment variable %2, or add it to the secrets "
                    "file%3.")
                     .arg(name, environmentName(name), m_file.isEmpty() ? QString() : QStringLiteral(" %1").arg(m_file));
    return false;
}

QString SecretStore::expand(const QString &text, QString *error) const
{
    return CommandTemplate({ text })
        .expand({}, [&](const QString &name) { return value(name, error); })
        .first();
}

QString SecretStore::redact(QString text) const
{
    const QMutexLocker lock(&m_state->mutex);
    for (auto it = m_state->handedOut.cbegin(); it != m_state->handedOut.cend(); ++it)
        text.replace(it.value(), QStringLiteral("{secret:%1}").arg(it.key()));
    return text;
}

} // namespace Lifeboat
