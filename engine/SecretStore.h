#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace Lifeboat {

// Resolves {secret:NAME} references: from the environment variable
// LIFEBOAT_SECRET_<NAME> (upper case, other characters as '_'), else from the
// profile's secrets file, a JSON object that only its owner may read. Values
// never go to a log; redact() hides every value this store has handed out.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)

public:
    explicit SecretStore(QString secretsFile = {});

    // An empty string and an error message when NAME is not known.
    QString value(const QString &name, QString *error = nullptr) const;
    // `text` with every {secret:NAME} reference replaced by its value.
    QString expand(const QString &text, QString *error = nullptr) const;
    QString redact(QString text) const;

    static QString environmentName(const QString &name);

private:
    bool loadFile(QString *error) const;

    QString m_file;
    mutable bool m_loaded = false;
    mutable QHash<QString, QString> m_fileValues;
    mutable QHash<QString, QString> m_handedOut;
};

} // namespace Lifeboat
