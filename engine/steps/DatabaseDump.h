#pragma once

#include <DatabaseProfile.h>

#include <QString>

class QProcess;

namespace Lifeboat {

// What the database dump steps (mariadb-dump, pg_dump) share.
class DatabaseDump
{
public:
    DatabaseDump() = delete;

    // A dump must not outlive Lifeboat: if Lifeboat is killed, the kernel
    // kills the dump too, instead of leaving it holding a snapshot open.
    static void dieWithParent(QProcess &process);
    // Tool output as a sentence, so that the advice after it reads as one.
    static QString asSentence(QString text);
    // "host:port", "localhost" or the socket, for messages and previews.
    static QString server(const DatabaseProfile &database);
};

} // namespace Lifeboat
