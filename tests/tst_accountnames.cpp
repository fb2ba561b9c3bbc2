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
    // Two files of two owners, read by four threads at once: each must
    // always see its own file's owner. getpwuid() answers from one buffer
    // for the whole process, so a thread could read the name another thread
    // had just asked for. "/" is root's; the other file is this user's, or
    // nobody's when the tests run as root.
    void eachThreadSeesItsOwnFilesOwner()
    {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString rootFile = QStringLiteral("/");
        const QString otherFile = directory.filePath(QStringLiteral("other"));
        QFile file(otherFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        if (::geteuid() == 0)
            QCOMPARE(::chown(QFile::encodeName(otherFile).constData(), 65534, 65534), 0);
        const FileAttributes root = FileAttributes::of(rootFile);
        const FileAttributes other = FileAttributes::of(otherFile);
        QCOMPARE(root.owner, QStringLiteral("root"));
        QVERIFY2(!other.owner.isEmpty() && other.owner != root.owner, qPrintable(other.owner));

        std::atomic<int> wrong = 0;
        QList<QThread *> threads;
        for (int i = 0; i < 4; ++i) {
            const bool isRoot = i % 2 == 0;
            threads.append(QThread::create([&, isRoot] {
                for (int n = 0; n < 5000; ++n) {
                    const FileAttributes read = FileAttributes::of(isRoot ? rootFile : otherFile);
                    const FileAttributes &expected = isRoot ? root : other;
                    if (read.owner != expected.owner || read.group != expected.group)
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
