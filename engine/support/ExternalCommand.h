// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Lifeboat {

// Runs a program to its end within a time limit and collects what it wrote.
// Each call makes its own QProcess in the calling thread, so any worker
// thread may use it at the same time as others. Secrets go in `input` (the
// program's standard input), never in `arguments`.
class ExternalCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExternalCommand)

public:
    struct Result
    {
        int exitCode = -1; // -1 when the program did not end by itself
        QByteArray out;
        QByteArray err;
        bool timedOut = false;
        // Why the program did not run to its end: it could not start, it
        // crashed or it took too long. Empty when it exited (with any code).
        QString error;
        bool succeeded() const { return error.isEmpty() && exitCode == 0; }
    };

    ExternalCommand() = delete;

    // Kills the program when it runs longer than `timeoutMs`.
    static Result run(const QString &program, const QStringList &arguments, int timeoutMs,
                      const QByteArray &input = {});
    // The same, for a program that could stop to ask for a passphrase
    // (OpenSSH's tools): it runs in a session of its own, without the
    // terminal, and with SSH_ASKPASS_REQUIRE=never, so it fails at once
    // instead of waiting for an answer nobody sees.
    static Result runUnattended(const QString &program, const QStringList &arguments, int timeoutMs,
                                const QByteArray &input = {});
    // The first line of what a failed program said, or the reason it did not
    // run to its end, for messages.
    static QString firstError(const Result &result);

private:
    static Result run(const QString &program, const QStringList &arguments, int timeoutMs, const QByteArray &input,
                      bool unattended);
};

} // namespace Lifeboat
