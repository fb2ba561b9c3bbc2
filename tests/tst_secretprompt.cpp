// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <profile/SecretStore.h>

#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;

// A secret that neither the environment nor the secrets file holds is asked
// for (terminal or wizard), once per process, and kept only in memory; what
// the environment holds is never asked for; with nobody to ask, the error
// names the variable to set.
class TestSecretPrompt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { SecretStore::setPrompt({}); }

    void withNobodyToAskTheErrorNamesTheVariable()
    {
        QString error;
        QCOMPARE(SecretStore().value(QStringLiteral("db-admin"), &error), QString());
        QCOMPARE(error, QStringLiteral("The secret \"db-admin\" is not set. Set the environment variable LIFEBOAT_SECRET_DB_ADMIN, "
                                       "or add it to the secrets file."));
    }

    void aMissingSecretIsAskedForOnceAndRedacted()
    {
        QStringList asked;
        SecretStore::setPrompt([&asked](const QString &name, const QString &variable) {
            asked.append(name + u'=' + variable);
            return QStringLiteral("s3cret-typed");
        });
        const SecretStore store;
        QCOMPARE(store.expand(QStringLiteral("-password={secret:forms-admin}")), QStringLiteral("-password=s3cret-typed"));
        QCOMPARE(SecretStore().value(QStringLiteral("forms-admin")), QStringLiteral("s3cret-typed"));
        QCOMPARE(asked, QStringList{QStringLiteral("forms-admin=LIFEBOAT_SECRET_FORMS_ADMIN")});
        QCOMPARE(store.redact(QStringLiteral("login with s3cret-typed")), QStringLiteral("login with {secret:forms-admin}"));
    }

    void theEnvironmentWinsAndIsNeverAskedFor()
    {
        qputenv("LIFEBOAT_SECRET_FROM_ENV", "env-value");
        bool asked = false;
        SecretStore::setPrompt([&asked](const QString &, const QString &) {
            asked = true;
            return QStringLiteral("typed");
        });
        QCOMPARE(SecretStore().value(QStringLiteral("from-env")), QStringLiteral("env-value"));
        QVERIFY(!asked);
        qunsetenv("LIFEBOAT_SECRET_FROM_ENV");
    }

    void anEmptyAnswerIsNotRemembered()
    {
        int calls = 0;
        SecretStore::setPrompt([&calls](const QString &, const QString &) {
            ++calls;
            return QString();
        });
        QString error;
        QCOMPARE(SecretStore().value(QStringLiteral("given-up"), &error), QString());
        QVERIFY(error.contains(QStringLiteral("LIFEBOAT_SECRET_GIVEN_UP")));
        QCOMPARE(SecretStore().value(QStringLiteral("given-up")), QString());
        QCOMPARE(calls, 2);
    }
};

QTEST_GUILESS_MAIN(TestSecretPrompt)
#include "tst_secretprompt.moc"
