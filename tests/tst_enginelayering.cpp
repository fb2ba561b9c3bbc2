// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <logging/Logging.h>

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

#include <link.h>

using namespace Lifeboat;

// The engine must never depend on Qt Widgets or Qt Gui: the command line runs
// it with no display, and the wizard is only one face on top of it.
class TestEngineLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linkingTheEngineLoadsNoGuiLibrary()
    {
        // This executable links only the engine; anything the engine drags in
        // is loaded now.
        Logging::logger("engine.layering");
        QStringList loaded;
        dl_iterate_phdr(
            [](dl_phdr_info *info, size_t, void *data) {
                static_cast<QStringList *>(data)->append(QString::fromLocal8Bit(info->dlpi_name));
                return 0;
            },
            &loaded);
        QVERIFY2(loaded.filter(QStringLiteral("libQt6Core")).size() == 1, qPrintable(loaded.join(u'\n')));
        QVERIFY2(loaded.filter(QStringLiteral("libQt6Widgets")).isEmpty(), qPrintable(loaded.join(u'\n')));
        QVERIFY2(loaded.filter(QStringLiteral("libQt6Gui")).isEmpty(), qPrintable(loaded.join(u'\n')));
    }

    void engineSourcesIncludeNoWidgetsHeader()
    {
        const QRegularExpression forbidden(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets|QtGui|QWidget|QApplication|QDialog|QMessageBox|QPixmap|QImage)\\b"),
            QRegularExpression::MultilineOption);
        QDirIterator files(QStringLiteral(LIFEBOAT_SOURCE_DIR "/engine"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                           QDir::Files, QDirIterator::Subdirectories);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            QVERIFY2(!forbidden.match(text).hasMatch(), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 0);
    }

    void theDatabaseClientsKnowNothingOfTheRunner()
    {
        // They report through DatabaseCallbacks; the steps adapt their StepContext.
        const QRegularExpression runner(QStringLiteral("^\\s*#\\s*include\\s*[<\"](run|steps)/"), QRegularExpression::MultilineOption);
        QDirIterator files(QStringLiteral(LIFEBOAT_SOURCE_DIR "/engine/database"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                           QDir::Files);
        int checked = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!runner.match(QString::fromUtf8(file.readAll())).hasMatch(), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked >= 3);
    }

    void onlyTheRunnerCallsAStep()
    {
        // Scenarios construct steps; what steps share lives with its concept
        // (backup/, restore/, database/), never as a static of a step that
        // others call.
        const QRegularExpression call(QStringLiteral("\\b(\\w+Step)::([a-z]\\w*)\\("));
        QStringList found;
        for (const char *folder : {"engine", "ui", "app", "node", "agent", "report"}) {
            QDirIterator files(QStringLiteral(LIFEBOAT_SOURCE_DIR "/%1").arg(QLatin1String(folder)),
                               {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString own = QFileInfo(file.fileName()).baseName();
                const QString text = QString::fromUtf8(file.readAll());
                for (auto it = call.globalMatch(text); it.hasNext();) {
                    const QRegularExpressionMatch match = it.next();
                    if (match.captured(1) != own && match.captured(2) != QLatin1String("create"))
                        found.append(file.fileName() + QStringLiteral(": ") + match.captured());
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestEngineLayering)
#include "tst_enginelayering.moc"
