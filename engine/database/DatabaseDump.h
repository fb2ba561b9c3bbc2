// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <database/DatabaseCallbacks.h>
#include <profile/DatabaseProfile.h>

#include <QCoreApplication>
#include <QString>

class QProcess;

namespace Lifeboat {

class SecretStore;

// What the MariaDB and PostgreSQL clients (dumps and loads) share.
class DatabaseDump
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseDump)

public:
    enum class Ended { Finished, Cancelled, TimedOut };

    DatabaseDump() = delete;

    // A dump must not outlive Lifeboat: if Lifeboat is killed, the kernel
    // kills the dump too, instead of leaving it holding a snapshot open.
    static void dieWithParent(QProcess &process);
    // Waits for a started client program in short slices, so that a cancel
    // stops a dump that may take hours at once; kills it on a cancel, or
    // when it runs longer than `timeoutMs` (no limit when negative).
    static Ended waitFor(QProcess &process, const DatabaseCallbacks &callbacks, int timeoutMs = -1);
    // Tool output as a sentence, so that the advice after it reads as one.
    static QString asSentence(QString text);
    // The error of a client that stopped because the run was cancelled.
    static QString cancelled();
    // Checks that the profile names the database and resolves its password;
    // else false and the reason in `error`.
    [[nodiscard]] static bool checkProfile(const DatabaseProfile &database, const SecretStore &secrets, QString *password,
                                           QString *error);
    // "host:port", "localhost" or the socket, for messages and previews.
    static QString server(const DatabaseProfile &database);
};

} // namespace Lifeboat
