// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/Processes.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>
#include <unistd.h>

using namespace Lifeboat::Testing;

namespace {
// The program a process runs, as the kernel names it (" (deleted)" when
// its file has gone since, as after a rebuild).
QString programOf(qint64 pid)
{
    char target[4096];
    const QByteArray link = "/proc/" + QByteArray::number(pid) + "/exe";
    const ssize_t length = ::readlink(link.constData(), target, sizeof target);
    QString program = length > 0 ? QFile::decodeName(QByteArray(target, length)) : QString();
    program.remove(QLatin1String(" (deleted)"));
    return program;
}

bool ownedByMe(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            return line.mid(4).trimmed().split('\t').value(0).toLongLong() == qint64(::getuid());
    }
    return false;
}

// Every `lifeboat-node serve` of this build, run by this user, whose
// profile is gone or lies in the temporary folder the tests make their
// sandboxes in: a node that a test started and did not stop. Nodes of other
// builds, other users, or a sandbox someone keeps elsewhere are not ours.
QStringList leftovers()
{
    const QString program = QFileInfo(QStringLiteral(LIFEBOAT_BIN_DIR "/lifeboat-node")).canonicalFilePath();
    const QString temporary = QDir(QDir::tempPath()).canonicalPath() + u'/';
    QStringList found;
    for (const qint64 pid : processIds()) {
        const QList<QByteArray> arguments = commandLine(pid).split('\0');
        if (arguments.value(1) != "serve" || programOf(pid) != program || !ownedByMe(pid)
            || !processRunning(pid))
            continue;
        const QString profile = QFile::decodeName(arguments.value(arguments.indexOf("--profile") + 1));
        if (!arguments.contains("--profile") || !QFileInfo::exists(profile) || profile.startsWith(temporary)
            || profile.startsWith(QDir::tempPath() + u'/'))
            found.append(QStringLiteral("pid %1: %2")
                             .arg(pid)
                             .arg(QString::fromLocal8Bit(commandLine(pid).replace('\0', ' '))));
    }
    return found;
}
} // namespace

// Issue 18: the test suite ends with this check (see tests/CMakeLists.txt:
// every other test requires the fixture it cleans up). It kills nothing;
// it fails, naming them, when node processes a test started are alive.
class TestNoLeftovers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noNodeOutlivesTheTestThatStartedIt()
    {
        // A node that was just told to stop may take a moment to go.
        QStringList found = leftovers();
        for (QDeadlineTimer deadline(15000); !found.isEmpty() && !deadline.hasExpired(); found = leftovers())
            QTest::qWait(250);
        QVERIFY2(found.isEmpty(),
            qPrintable(QStringLiteral("node processes left behind by the tests:\n") + found.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestNoLeftovers)
#include "tst_noleftovers.moc"
