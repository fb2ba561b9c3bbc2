#pragma once

#include <profile/DatabaseProfile.h>

#include <QCoreApplication>
#include <QString>

class QProcess;

namespace Lifeboat {

class StepContext;

// What the MariaDB and PostgreSQL clients (dumps and loads) share.
class DatabaseDump
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseDump)

public:
    DatabaseDump() = delete;

    // A dump must not outlive Lifeboat: if Lifeboat is killed, the kernel
    // kills the dump too, instead of leaving it holding a snapshot open.
    static void dieWithParent(QProcess &process);
    // Tool output as a sentence, so that the advice after it reads as one.
    static QString asSentence(QString text);
    // Checks that the profile names the database and resolves its password.
    [[nodiscard]] static bool checkProfile(StepContext &context, const DatabaseProfile &database, QString *password);
    // "host:port", "localhost" or the socket, for messages and previews.
    static QString server(const DatabaseProfile &database);
};

} // namespace Lifeboat
