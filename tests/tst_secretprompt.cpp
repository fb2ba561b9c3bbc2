// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <profile/SecretStore.h>
#include <thread>
#include <vector>

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
        QCOMPARE(error,
            QStringLiteral(
                "The secret \"db-admin\" is not set. Set the environment variable LIFEBOAT_SECRET_DB_ADMIN, "
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
        QCOMPARE(store.expand(QStringLiteral("-password={secret:forms-admin}")),
            QStringLiteral("-password=s3cret-typed"));
        QCOMPARE(SecretStore().value(QStringLiteral("forms-admin")), QStringLiteral("s3cret-typed"));
        QCOMPARE(asked, QStringList{ QStringLiteral("forms-admin=LIFEBOAT_SECRET_FORMS_ADMIN") });
        QCOMPARE(store.redact(QStringLiteral("login with s3cret-typed")),
            QStringLiteral("login with {secret:forms-admin}"));
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

    // The checks run side by side and parts log while they are archived: a
    // store read and written from several threads at once must neither lose
    // a value nor corrupt its memory (CI once aborted at exit with
    // "malloc_consolidate(): invalid chunk size" after a backup whose checks
    // loaded the secrets file on two threads at the same time).
    void manyThreadsAtOnceGetTheirValuesAndRedactThem()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        QJsonObject values;
        constexpr int names = 300;
        for (int i = 0; i < names; ++i)
            values.insert(QStringLiteral("name-%1").arg(i), QStringLiteral("value-%1-x").arg(i));
        const QString file = directory.filePath(QStringLiteral("secrets.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(values).toJson());
        out.close();
        QVERIFY(out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

        std::atomic<int> wrong{ 0 };
        for (int round = 0; round < 40; ++round) {
            const SecretStore store(file);
            std::vector<std::thread> threads;
            for (int t = 0; t < 8; ++t) {
                threads.emplace_back([&store, &wrong, t] {
                    for (int i = 0; i < names; ++i) {
                        const int n = (i * 7 + t * 31) % names;
                        if (store.value(QStringLiteral("name-%1").arg(n))
                            != QStringLiteral("value-%1-x").arg(n))
                            ++wrong;
                        if (i % 16 == 0)
                            (void)store.redact(QStringLiteral("a line with value-%1-x").arg(n));
                    }
                });
            }
            for (std::thread &thread : threads)
                thread.join();
            for (int i = 0; i < names; ++i) {
                if (store.redact(QStringLiteral("value-%1-x").arg(i))
                    != QStringLiteral("{secret:name-%1}").arg(i))
                    ++wrong;
            }
        }
        QCOMPARE(wrong.load(), 0);
    }

    // Storing values keeps the file's other names, makes it the owner's
    // alone, and leaves a file that is not a secrets file as it was.
    void storedValuesJoinTheFileItsOwnersAlone()
    {
        QTemporaryDir directory;
        const QString file = directory.filePath(QStringLiteral("secrets.json"));
        QString error;
        QVERIFY2(SecretStore::storeInFile(file, {{QStringLiteral("a"), QStringLiteral("1")}}, &error), qPrintable(error));
        QVERIFY2(SecretStore::storeInFile(file, {{QStringLiteral("b"), QStringLiteral("2")}, {QStringLiteral("c"), QString()}}, &error),
                 qPrintable(error));
        QCOMPARE(QFile::permissions(file), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(SecretStore(file).value(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(SecretStore(file).value(QStringLiteral("b")), QStringLiteral("2"));
        QCOMPARE(SecretStore(file).fileNames(&error)->size(), 3); // "c": asked for when needed

        const QString other = directory.filePath(QStringLiteral("list.json"));
        QFile list(other);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("[1, 2]");
        list.close();
        QVERIFY(!SecretStore::storeInFile(other, {{QStringLiteral("a"), QStringLiteral("1")}}, &error));
        QCOMPARE(error, QStringLiteral("The secrets file %1 is not a JSON object of names and values.").arg(other));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(list.readAll(), QByteArray("[1, 2]"));
    }
};

QTEST_GUILESS_MAIN(TestSecretPrompt)
#include "tst_secretprompt.moc"
