// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/Screenshot.h"

#include <ErrorLabel.h>
#include <ProfileEditor.h>

#include <profile/ClusterProfile.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

// The profile editor on real files: the example profile of docs/profile.md,
// fixed by keyboard alone, saved again without losing anything, a secret set
// in it kept out of the profile, and changes discarded only when asked.
class TestProfileEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The example in docs/profile.md §5, as its author wrote it.
    static QByteArray example()
    {
        QFile guide(QStringLiteral(LIFEBOAT_SOURCE_DIR "/docs/profile.md"));
        if (!guide.open(QIODevice::ReadOnly))
            return {};
        static const QRegularExpression block(QStringLiteral("```json\\n(\\{\\n    \"name\": \"aem-forms-prod\".*?\\n\\})\\n```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        return block.match(QString::fromUtf8(guide.readAll())).captured(1).toUtf8();
    }

    QString write(const QString &name, const QByteArray &text)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return {};
        return path;
    }

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QString describe(const QList<ProfileProblem> &problems)
    {
        return ProfileProblem::describe(QStringLiteral("profile"), problems);
    }

    // Only warnings (the example's secrets file is on the production machine).
    static std::optional<ClusterProfile> loadCleanly(const QString &path)
    {
        QList<ProfileProblem> problems;
        auto profile = ClusterProfile::load(path, &problems);
        if (!profile || ProfileProblem::hasErrors(problems))
            qWarning().noquote() << describe(problems);
        return profile;
    }

    // Whether every key and value of `original` is in `saved` (which may add defaults).
    static bool keeps(const QJsonValue &saved, const QJsonValue &original, const QString &path = QStringLiteral("profile"))
    {
        if (original.isObject()) {
            const QJsonObject object = original.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!keeps(saved.toObject().value(it.key()), it.value(), path + u'.' + it.key()))
                    return false;
            }
            return true;
        }
        if (original.isArray()) {
            const QJsonArray array = original.toArray();
            if (saved.toArray().size() != array.size()) {
                qWarning().noquote() << path << "has" << saved.toArray().size() << "items, not" << array.size();
                return false;
            }
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!keeps(saved.toArray().at(i), array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)))
                    return false;
            }
            return true;
        }
        if (saved != original)
            qWarning().noquote() << path << "is" << saved << "not" << original;
        return saved == original;
    }

    static void show(ProfileEditor &editor)
    {
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
    }

    // Keys go where a person's would: to the widget that has the focus.
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClick(focus, key, modifiers);
    }

    static void type(const QString &text)
    {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        QTest::keyClicks(focus, text);
    }

    static QPushButton *saveButton(const ProfileEditor &editor)
    {
        for (QPushButton *button : editor.findChildren<QPushButton *>()) {
            if (button->text() == ProfileEditor::tr("&Save"))
                return button;
        }
        return nullptr;
    }

    // The red message under the field that has the focus.
    static ErrorLabel *errorBesideFocus()
    {
        QWidget *field = QApplication::focusWidget();
        for (QWidget *column = field ? field->parentWidget() : nullptr; column; column = column->parentWidget()) {
            if (ErrorLabel *error = column->findChild<ErrorLabel *>(QString(), Qt::FindDirectChildrenOnly))
                return error;
        }
        return nullptr;
    }


    // Answers the next modal dialog of type T with `answer`, once it is up.
    template<typename T>
    static void whenShown(std::function<void(T *)> answer)
    {
        auto *timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            // Keys go to the focus: wait until the dialog has it (no window manager here to give it).
            if (QApplication::activeWindow() != dialog || !QApplication::focusWidget()
                || QApplication::focusWidget()->window() != dialog) {
                dialog->activateWindow();
                return;
            }
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        });
        timer->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!example().isEmpty());
        for (const char *name : {"LIFEBOAT_SECRET_FORMS_ADMIN", "LIFEBOAT_SECRET_FORMS_DB", "LIFEBOAT_SECRET_AEM_ADMIN"})
            qunsetenv(name);
    }

    // Done when: the editor, walked by keyboard alone, fixes a wrong path
    // flagged by validation and saves.
    void aWrongPathIsFixedByKeyboardAlone()
    {
        const QString path = write(QStringLiteral("keyboard.json"), example());
        auto loaded = loadCleanly(path);
        QVERIFY(loaded);
        ClusterProfile draft = *loaded;
        // node3 lives on aem-node3.example.com: a relative path there is refused.
        draft.nodes[2].repository = QStringLiteral("crx-repository");

        ProfileEditor editor(draft, path);
        show(editor);
        QPushButton *save = saveButton(editor);
        QVERIFY(save);
        QVERIFY(!save->isEnabled());
        auto *parts = editor.findChild<QListWidget *>();
        QCOMPARE(QApplication::focusWidget(), parts);
        QVERIFY(!parts->item(1)->icon().isNull()); // Nodes is marked
        QVERIFY(parts->item(0)->icon().isNull());

        press(Qt::Key_Down); // Nodes
        press(Qt::Key_N, Qt::AltModifier); // the list of nodes
        press(Qt::Key_Down);
        press(Qt::Key_Down); // node3
        press(Qt::Key_R, Qt::AltModifier); // Repository
        auto *repository = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(repository);
        QCOMPARE(repository->text(), QStringLiteral("crx-repository"));
        ErrorLabel *error = errorBesideFocus();
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("must be absolute")), qPrintable(error->text()));
        QVERIFY(saveScreenshot(&editor, QStringLiteral("profile-editor-error")));

        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("/opt/adobe/aem-forms/crx-repository"));
        QTRY_VERIFY(!error->isVisible());
        QTRY_VERIFY(save->isEnabled());
        QVERIFY(parts->item(1)->icon().isNull());

        press(Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(editor.savedPath(), QFileInfo(path).absoluteFilePath());
        const auto saved = loadCleanly(path);
        QVERIFY(saved);
        QCOMPARE(saved->nodes[2].repository, QStringLiteral("/opt/adobe/aem-forms/crx-repository"));
        QCOMPARE(saved->toJson(), editor.profile().toJson());
    }

    // Done when: a profile written by hand, opened in the editor and saved
    // again, loses nothing.
    void aHandWrittenProfileSavedAgainLosesNothing()
    {
        const QByteArray original = example();
        const QString path = write(QStringLiteral("roundtrip.json"), original);
        const auto before = loadCleanly(path);
        QVERIFY(before);

        ProfileEditor editor(*before, path);
        show(editor);
        QPushButton *save = saveButton(editor);
        QVERIFY(save && save->isEnabled());
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(editor.savedPath(), QFileInfo(path).absoluteFilePath());

        const auto after = loadCleanly(path);
        QVERIFY(after);
        QCOMPARE(after->toJson(), before->toJson());
        QVERIFY(keeps(QJsonDocument::fromJson(read(path)).object(), QJsonDocument::fromJson(original).object()));
        // Readable and stable: indented, keys in alphabetical order.
        const QByteArray written = read(path);
        QVERIFY(written.contains("\n    \"appServer\": \"jboss\",\n    \"backupMode\": {"));
        QVERIFY(written.indexOf("\"backupRoot\"") < written.indexOf("\"nodes\""));
    }

    // A URL the editor cannot read is an error, not a URL left out of the file.
    void anUnreadableUrlIsAnError()
    {
        const QString path = write(QStringLiteral("url.json"), example());
        const auto loaded = loadCleanly(path);
        QVERIFY(loaded);
        ProfileEditor editor(*loaded, path);
        show(editor);
        press(Qt::Key_Down); // Nodes, node1
        press(Qt::Key_L, Qt::AltModifier); // HTTP URL, all of it selected
        type(QStringLiteral("http://aem-node1.example.com:80x0/lc")); // a port with a typo
        ErrorLabel *error = errorBesideFocus();
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(!saveButton(editor)->isEnabled());
        press(Qt::Key_A, Qt::ControlModifier);
        type(QStringLiteral("http://aem-node1.example.com:8080/lc"));
        QTRY_VERIFY(!error->isVisible());
        QVERIFY(saveButton(editor)->isEnabled());
    }

    // A hand-written profile with every key the loader reads (hosts with all
    // their keys, snapshots, signing, commands with their input, relative
    // paths, a sqlite and a socket database) keeps them all through the editor.
    void everyKeySurvivesTheEditor()
    {
        QFile data(QStringLiteral(LIFEBOAT_SOURCE_DIR "/tests/data/profiles/everything.json"));
        QVERIFY(data.open(QIODevice::ReadOnly));
        const QByteArray original = data.readAll();
        const QString path = write(QStringLiteral("everything.json"), original);
        const auto before = loadCleanly(path);
        QVERIFY(before);

        ProfileEditor editor(*before, path);
        show(editor);
        QVERIFY(saveButton(editor)->isEnabled());
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!editor.savedPath().isEmpty());

        const auto after = loadCleanly(path);
        QVERIFY(after);
        QCOMPARE(after->toJson(), before->toJson());
        QVERIFY(keeps(QJsonDocument::fromJson(read(path)).object(), QJsonDocument::fromJson(original).object()));
    }

    // A secret set in the editor lands in the secrets file, mode 600, next to
    // the names the file had, and never in the profile.
    void aSecretGoesToTheSecretsFileOnly()
    {
        const QString secrets = write(QStringLiteral("secrets.json"), R"({"aem-admin": "kept"})");
        QVERIFY(QFile::setPermissions(secrets, QFile::ReadOwner | QFile::WriteOwner));
        QByteArray text = example();
        text.replace("/etc/lifeboat/aem-forms-prod.secrets.json", "secrets.json");
        const QString path = write(QStringLiteral("secret.json"), text);
        QString refused;
        QVERIFY(!ClusterProfile::load(path, &refused));
        ClusterProfile::setSecretsRequiredOnLoad(false);
        auto draft = loadCleanly(path);
        ClusterProfile::setSecretsRequiredOnLoad(true);
        QVERIFY(draft);

        ProfileEditor editor(*draft, path);
        show(editor);
        QPushButton *save = saveButton(editor);
        QVERIFY(save->isEnabled()); // undefined secrets are asked for at run time, not errors

        for (int part = 0; part < 5; ++part)
            press(Qt::Key_Down); // Online backup
        press(Qt::Key_W, Qt::AltModifier); // Password
        auto *password = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(password);
        QCOMPARE(password->text(), QStringLiteral("{secret:forms-admin}"));
        press(Qt::Key_Tab); // Set secret…
        auto *button = qobject_cast<QPushButton *>(QApplication::focusWidget());
        QVERIFY(button);
        whenShown<QInputDialog>([](QInputDialog *dialog) {
            QCOMPARE(dialog->textEchoMode(), QLineEdit::Password);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("s3cret-value"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        press(Qt::Key_Space);
        QTRY_VERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == &editor);
        show(editor); // no window manager here to give the focus back after the question
        QVERIFY(save->isEnabled());
        QCOMPARE(QApplication::focusWidget(), button);
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(editor.savedPath(), QFileInfo(path).absoluteFilePath());

        QCOMPARE(QFileInfo(secrets).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const QJsonObject values = QJsonDocument::fromJson(read(secrets)).object();
        QCOMPARE(values.value(QLatin1String("forms-admin")).toString(), QStringLiteral("s3cret-value"));
        QCOMPARE(values.value(QLatin1String("aem-admin")).toString(), QStringLiteral("kept"));
        // The others, asked for at run time, are there without a value: the profile now loads.
        for (const char *asked : {"forms-db", "claims-db", "aem-publish-admin"}) {
            QVERIFY2(values.contains(QLatin1String(asked)), asked);
            QCOMPARE(values.value(QLatin1String(asked)).toString(), QString());
        }
        QVERIFY(loadCleanly(path));
        const QByteArray profileText = read(path);
        QVERIFY(!profileText.contains("s3cret-value"));
        QVERIFY(profileText.contains("\"password\": \"{secret:forms-admin}\""));
        QVERIFY(profileText.contains("\"secretsFile\": \"secrets.json\""));
    }

    // A password written into the profile is an error beside its field, and
    // "Set secret…" moves it to the secrets file.
    void aPasswordInTheProfileMovesToTheSecretsFile()
    {
        QTemporaryDir folder;
        QByteArray text = example();
        text.replace("    \"secretsFile\": \"/etc/lifeboat/aem-forms-prod.secrets.json\",\n", "");
        text.replace("\"password\": \"{secret:forms-db}\"", "\"password\": \"hunter2\"");
        QFile file(folder.filePath(QStringLiteral("cluster.json")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();
        const auto loaded = loadCleanly(file.fileName()); // the loader lets it pass, with its dangers
        QVERIFY(loaded);

        ProfileEditor editor(*loaded, file.fileName());
        show(editor);
        QVERIFY(!saveButton(editor)->isEnabled());
        for (int part = 0; part < 3; ++part)
            press(Qt::Key_Down); // Databases, forms
        press(Qt::Key_W, Qt::AltModifier); // Password
        QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), QStringLiteral("hunter2"));
        ErrorLabel *error = errorBesideFocus();
        QVERIFY(error && error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("Set secret")), qPrintable(error->text()));

        press(Qt::Key_Tab);
        whenShown<QInputDialog>([](QInputDialog *dialog) {
            QCOMPARE(dialog->textValue(), QStringLiteral("hunter2"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        press(Qt::Key_Space);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        show(editor);
        QTRY_VERIFY(!error->isVisible());
        QVERIFY(saveButton(editor)->isEnabled());
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!editor.savedPath().isEmpty());

        QVERIFY(!read(file.fileName()).contains("hunter2"));
        QVERIFY(read(file.fileName()).contains("\"password\": \"{secret:forms-db}\""));
        QCOMPARE(QJsonDocument::fromJson(read(folder.filePath(QStringLiteral("secrets.json")))).object().value(QLatin1String("forms-db")),
                 QJsonValue(QStringLiteral("hunter2")));
    }

    // A new secret in a profile without a secrets file: secrets.json beside
    // it, made with mode 600.
    void aNewSecretsFileIsOnlyTheOwners()
    {
        QByteArray text = example();
        text.replace("    \"secretsFile\": \"/etc/lifeboat/aem-forms-prod.secrets.json\",\n", "");
        QTemporaryDir folder;
        QFile file(folder.filePath(QStringLiteral("cluster.json")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(text) == text.size());
        file.close();
        const auto loaded = loadCleanly(file.fileName());
        QVERIFY(loaded);
        QVERIFY(loaded->secretsFile.isEmpty());

        ProfileEditor editor(*loaded, file.fileName());
        show(editor);
        for (int part = 0; part < 5; ++part)
            press(Qt::Key_Down);
        press(Qt::Key_W, Qt::AltModifier);
        press(Qt::Key_Tab);
        whenShown<QInputDialog>([](QInputDialog *) {
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("fresh"));
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        });
        press(Qt::Key_Space);
        QTRY_VERIFY(!QApplication::activeModalWidget() || QApplication::activeModalWidget() == &editor);
        show(editor);
        QVERIFY(saveButton(editor)->isEnabled());
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY(!editor.savedPath().isEmpty());

        const QString secrets = folder.filePath(QStringLiteral("secrets.json"));
        QCOMPARE(QFileInfo(secrets).permissions(),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QCOMPARE(QJsonDocument::fromJson(read(secrets)).object().value(QLatin1String("forms-admin")).toString(),
                 QStringLiteral("fresh"));
        const auto saved = loadCleanly(file.fileName());
        QVERIFY(saved);
        QCOMPARE(saved->secretsFile, secrets);
    }

    // The ready-made commands are discovery's, with the paths from the node's
    // own fields, over ssh to the node's host; the loader accepts them.
    void readyMadeCommandsUseTheNodesFields()
    {
        const QString path = write(QStringLiteral("ready-made.json"), example());
        const auto loaded = loadCleanly(path);
        QVERIFY(loaded);
        ProfileEditor editor(*loaded, path);
        show(editor);

        press(Qt::Key_Down); // Nodes
        press(Qt::Key_N, Qt::AltModifier); // node1
        press(Qt::Key_C, Qt::AltModifier); // Ready-made commands
        press(Qt::Key_Home);
        press(Qt::Key_Down); // JBoss
        press(Qt::Key_Tab); // Fill in
        press(Qt::Key_Space);
        const QStringList start = editor.profile().nodes[0].start.arguments();
        const QStringList stop = editor.profile().nodes[0].stop.arguments();
        QCOMPARE(start.first(), QStringLiteral("ssh"));
        QVERIFY2(start.join(u' ').contains(QStringLiteral("-l aemops aem-node1.example.com -- nohup /opt/jboss/bin/standalone.sh")),
                 qPrintable(start.join(u' ')));
        QVERIFY2(stop.join(u' ').endsWith(QStringLiteral("-- /opt/jboss/bin/jboss-cli.sh --connect command=:shutdown")),
                 qPrintable(stop.join(u' ')));

        press(Qt::Key_N, Qt::AltModifier);
        press(Qt::Key_End); // publish1
        press(Qt::Key_C, Qt::AltModifier);
        press(Qt::Key_End); // WebSphere
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
        QVERIFY2(editor.profile().nodes[3].start.arguments().join(u' ').endsWith(
                     QStringLiteral("aem-publish1.example.com -- /opt/jboss/profiles/AppSrv01/bin/startServer.sh server1")),
                 qPrintable(editor.profile().nodes[3].start.arguments().join(u' ')));
        QCOMPARE(editor.profile().nodes[0].start.arguments(), start); // node1's are its own
        QTRY_VERIFY(saveButton(editor)->isEnabled());
    }

    // Every part, walked with the arrow keys, shows its form without a text
    // cut off, in a window no wider than 900 pixels.
    void everyPartFits()
    {
        const QString path = write(QStringLiteral("parts.json"), example());
        const auto loaded = loadCleanly(path);
        QVERIFY(loaded);
        ProfileEditor editor(*loaded, path);
        show(editor);
        QVERIFY(editor.width() <= 900);
        auto *parts = editor.findChild<QListWidget *>();
        auto *stack = editor.findChild<QStackedWidget *>();
        QCOMPARE(parts->count(), 7);
        for (int part = 0; part < parts->count(); ++part) {
            if (part > 0)
                press(Qt::Key_Down);
            QCOMPARE(stack->currentIndex(), part);
            QTest::qWait(50);
            if (!qEnvironmentVariableIsEmpty("LIFEBOAT_EDITOR_PARTS_DIR"))
                QVERIFY(editor.grab().save(QStringLiteral("%1/part-%2.png").arg(qEnvironmentVariable("LIFEBOAT_EDITOR_PARTS_DIR")).arg(part)));
            for (QLabel *label : stack->currentWidget()->findChildren<QLabel *>()) {
                if (!label->isVisible() || label->text().isEmpty())
                    continue;
                const bool fits = label->wordWrap() ? label->height() >= label->heightForWidth(label->width())
                                                    : label->width() >= label->sizeHint().width();
                QVERIFY2(fits, qPrintable(QStringLiteral("%1: \"%2\" is cut").arg(parts->item(part)->text(), label->text())));
            }
            for (QAbstractButton *button : stack->currentWidget()->findChildren<QAbstractButton *>()) {
                if (button->isVisible() && !button->text().isEmpty())
                    QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
            }
        }
    }

    // Cancel with changes asks first; going on editing keeps them, and
    // discarding leaves the file as it was.
    void cancelAsksBeforeDiscarding()
    {
        const QByteArray original = example();
        const QString path = write(QStringLiteral("cancel.json"), original);
        const auto loaded = loadCleanly(path);
        QVERIFY(loaded);

        ProfileEditor editor(*loaded, path);
        show(editor);
        for (int part = 0; part < 6; ++part)
            press(Qt::Key_Down); // Backup root
        press(Qt::Key_N, Qt::AltModifier); // Cluster name, all of it selected
        press(Qt::Key_End);
        type(QStringLiteral("-renamed"));
        QCOMPARE(editor.profile().name, QStringLiteral("aem-forms-prod-renamed"));

        QStringList asked;
        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked.append(box->text());
            box->button(QMessageBox::Cancel)->click();
        });
        press(Qt::Key_Escape);
        QTRY_COMPARE(asked.size(), 1);
        QVERIFY(editor.isVisible());
        show(editor);

        whenShown<QMessageBox>([&asked](QMessageBox *box) {
            asked.append(box->text());
            box->button(QMessageBox::Discard)->click();
        });
        press(Qt::Key_Escape);
        QTRY_COMPARE(asked.size(), 2);
        QTRY_VERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY(editor.savedPath().isEmpty());
        QCOMPARE(read(path), original);
    }
};

QTEST_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
