// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

// lifeboat-icon-renderer IN.svg SIZE OUT.png: renders the app icon for the
// hicolor theme at build time. It uses Qt's own SVG image plugin, which the
// package needs at run time anyway, so the build asks for no other renderer
// (the build root's ImageMagick has no SVG coder).
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    bool sizeOk = false;
    const int size = args.size() == 4 ? args.at(2).toInt(&sizeOk) : 0;
    if (!sizeOk || size <= 0) {
        err << "usage: lifeboat-icon-renderer IN.svg SIZE OUT.png\n";
        return 2;
    }
    QImageReader reader(args.at(1), "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        err << args.at(1) << ": " << reader.errorString() << '\n';
        return 1;
    }
    if (!image.save(args.at(3), "png")) {
        err << args.at(3) << ": cannot write\n";
        return 1;
    }
    return 0;
}
