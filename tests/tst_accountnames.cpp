// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <support/FileAttributes.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <unistd.h>

using namespace Lifeboat;

// Owner names are read on many threads at once: a backup archives its parts
// in parallel, and each file's owner goes into the manifest by name.
class TestAccountNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Two files, one root's and one nobody's, read by four threads at once:
    // each must always see its own file's owner. getpwuid() answers from
    // one buffer for the whole process, so a thread could read the name
    // another thread had just asked for.
    void eachThreadSeesItsOwnFilesOwner()
    {
        if (::geteuid() != 0)
            QSKIP("Giving a file to nobody needs root (installer/dev runs the tests as root).");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString rootFile = directory.filePath(QStringLiteral("root"));
        const QString nobodyFile = directory.filePath(QStringLiteral("nobody"));
        for (const QString &path : {rootFile, nobodyFile}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(::chown(QFile::encodeName(nobodyFile).constData(), 65534, 65534), 0);
        QCOMPARE(FileAttributes::of(rootFile).owner, QStringLiteral("root"));
        const QString nobody = FileAttributes::of(nobodyFile).owner;
        QVERIFY2(!nobody.isEmpty() && nobody != QLatin1String("root"), qPrintable(nobody));

        std::atomic<int> wrong = 0;
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            const bool isRoot = i % 2 == 0;
            threads.append(QThread::create([&, isRoot] {
                for (int n = 0; n < 5000; ++n) {
                    const FileAttributes attributes = FileAttributes::of(isRoot ? rootFile : nobodyFile);
                    if (attributes.owner != (isRoot ? QStringLiteral("root") : nobody)
                        || attributes.group != (isRoot ? QStringLiteral("root") : FileAttributes::of(nobodyFile).group))
                        ++wrong;
                }
            }));
        }
        for (QThread *thread : threads)
            thread->start();
        for (QThread *thread : threads) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccountNames)
#include "tst_accountnames.moc"
