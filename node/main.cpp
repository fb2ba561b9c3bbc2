#include "NodeCommandLine.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-node"));
    Lifeboat::NodeCommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments());
}
