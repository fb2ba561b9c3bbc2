// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "SetMutation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <support/Sha256.h>

namespace Lifeboat::Testing {

namespace {

QStringList filesOf(const QString &setDirectory)
{
    return QDir(setDirectory).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QString pick(const QStringList &list, QRandomGenerator &random)
{
    return list.isEmpty() ? QString() : list.at(random.bounded(qsizetype(list.size())));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
}

QString flipByte(const QString &dir, QRandomGenerator &random)
{
    const QString name = pick(filesOf(dir), random);
    QByteArray data = readAll(dir + u'/' + name);
    if (data.isEmpty())
        return {};
    const qsizetype at = random.bounded(data.size());
    data[at] = char(data[at] ^ (1 << random.bounded(8)));
    writeAll(dir + u'/' + name, data);
    return QStringLiteral("flipped a bit of byte %1 of %2").arg(at).arg(name);
}

QString truncate(const QString &dir, QRandomGenerator &random)
{
    const QString name = pick(filesOf(dir), random);
    const QByteArray data = readAll(dir + u'/' + name);
    if (data.isEmpty())
        return {};
    const qsizetype keep = random.bounded(data.size());
    writeAll(dir + u'/' + name, data.left(keep));
    return QStringLiteral("cut %1 to %2 of %3 bytes").arg(name).arg(keep).arg(data.size());
}

QString remove(const QString &dir, QRandomGenerator &random)
{
    const QString name = pick(filesOf(dir), random);
    if (name.isEmpty() || !QFile::remove(dir + u'/' + name))
        return {};
    return QStringLiteral("deleted %1").arg(name);
}

QString appendGarbage(const QString &dir, QRandomGenerator &random)
{
    const QString name = pick(filesOf(dir), random);
    if (name.isEmpty())
        return {};
    QByteArray garbage(1 + random.bounded(4096), '\0');
    for (char &c : garbage)
        c = char(random.bounded(256));
    writeAll(dir + u'/' + name, readAll(dir + u'/' + name) + garbage);
    return QStringLiteral("appended %1 random bytes to %2").arg(garbage.size()).arg(name);
}

QString swapArchives(const QString &dir, QRandomGenerator &random)
{
    QStringList archives;
    for (const QString &name : filesOf(dir)) {
        if (name.contains(QLatin1String(".tar")) || name.endsWith(QLatin1String(".zip")))
            archives.append(name);
    }
    if (archives.size() < 2)
        return {};
    const QString first = pick(archives, random);
    archives.removeOne(first);
    const QString second = pick(archives, random);
    const QByteArray a = readAll(dir + u'/' + first);
    writeAll(dir + u'/' + first, readAll(dir + u'/' + second));
    writeAll(dir + u'/' + second, a);
    return QStringLiteral("swapped the contents of %1 and %2").arg(first, second);
}

QString swapSums(const QString &dir, QRandomGenerator &random)
{
    const QString path = dir + QStringLiteral("/SHA256SUMS");
    QList<QByteArray> lines = readAll(path).split('\n');
    lines.removeAll(QByteArray());
    if (lines.size() < 2)
        return {};
    const qsizetype i = random.bounded(lines.size());
    qsizetype j = random.bounded(lines.size() - 1);
    if (j >= i)
        ++j;
    const QByteArray sumI = lines[i].left(64);
    lines[i] = lines[j].left(64) + lines[i].mid(64);
    lines[j] = sumI + lines[j].mid(64);
    writeAll(path, lines.join('\n') + '\n');
    return QStringLiteral("swapped the sums of SHA256SUMS lines %1 and %2").arg(i + 1).arg(j + 1);
}

// Every value in the manifest, by its path ("parts/3/files/7/sha256").
void leaves(const QJsonValue &value, const QString &path, QStringList *paths)
{
    paths->append(path);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            leaves(it.value(), path + u'/' + it.key(), paths);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            leaves(array.at(i), path + u'/' + QString::number(i), paths);
    }
}

QJsonValue mutated(const QJsonValue &value, QRandomGenerator &random)
{
    switch (value.type()) {
    case QJsonValue::String: {
        const QString text = value.toString();
        const QStringList options{QString(), QStringLiteral("../../../../tmp/victim"), QStringLiteral("/etc"),
                                  text + QStringLiteral("x"), text.toUpper(), text.left(text.size() / 2)};
        return pick(options, random);
    }
    case QJsonValue::Double: {
        const QList<double> options{-1, 0, value.toDouble() + 1, 1e18};
        return options.at(random.bounded(qsizetype(options.size())));
    }
    case QJsonValue::Bool:
        return !value.toBool();
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        if (array.isEmpty() || random.bounded(3) == 0)
            return QJsonArray();
        array.removeAt(random.bounded(array.size()));
        return array;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        if (!object.isEmpty())
            object.remove(object.keys().at(random.bounded(object.size())));
        return object;
    }
    default:
        return QStringLiteral("null was here");
    }
}

QJsonValue replaced(const QJsonValue &value, QStringList path, const QJsonValue &with)
{
    if (path.isEmpty())
        return with;
    const QString key = path.takeFirst();
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        object[key] = replaced(object.value(key), path, with);
        return object;
    }
    QJsonArray array = value.toArray();
    const int index = key.toInt();
    array[index] = replaced(array.at(index), path, with);
    return array;
}

QJsonValue at(const QJsonValue &value, const QStringList &path)
{
    QJsonValue current = value;
    for (const QString &key : path)
        current = current.isObject() ? current.toObject().value(key) : current.toArray().at(key.toInt());
    return current;
}

QString manifestField(const QString &dir, QRandomGenerator &random)
{
    const QString path = dir + QStringLiteral("/manifest.json");
    const QJsonDocument document = QJsonDocument::fromJson(readAll(path));
    if (!document.isObject())
        return {};
    QStringList paths;
    leaves(document.object(), QString(), &paths);
    paths.removeFirst(); // the whole manifest
    const QString chosen = pick(paths, random);
    const QStringList keys = chosen.mid(1).split(u'/');
    const QJsonValue before = at(document.object(), keys);
    const QJsonValue after = mutated(before, random);
    if (after == before)
        return {};
    const QJsonValue changed = replaced(document.object(), keys, after);
    writeAll(path, QJsonDocument(changed.toObject()).toJson(QJsonDocument::Indented));
    const QString shown = after.isString() ? after.toString()
                        : after.isDouble() ? QString::number(after.toDouble())
                        : after.isBool()   ? QString::fromLatin1(after.toBool() ? "true" : "false")
                                           : QStringLiteral("(shortened)");
    return QStringLiteral("manifest.json %1 set to \"%2\"").arg(chosen, shown);
}

} // namespace

QString SetMutation::apply(const QString &setDirectory, QRandomGenerator &random)
{
    using Kind = std::function<QString(const QString &, QRandomGenerator &)>;
    // Manifest edits weigh most: the manifest decides what a restore does.
    static const QList<Kind> kinds{flipByte,      truncate,      remove,        appendGarbage, swapArchives,
                                   swapSums,      manifestField, manifestField, manifestField, flipByte};
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString done = kinds.at(random.bounded(qsizetype(kinds.size())))(setDirectory, random);
        if (!done.isEmpty())
            return done;
    }
    return {};
}

bool SetMutation::recomputeChecksums(const QString &setDirectory)
{
    QFile sums(QDir(setDirectory).filePath(QStringLiteral("SHA256SUMS")));
    if (!sums.open(QIODevice::ReadOnly))
        return false;
    QByteArray rewritten;
    for (const QByteArray &line : sums.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QByteArray name = line.mid(66);
        QFile file(QDir(setDirectory).filePath(QString::fromUtf8(name)));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        Sha256 hash;
        hash.addData(file.readAll());
        rewritten += hash.hexResult() + "  " + name + '\n';
    }
    sums.close();
    return sums.open(QIODevice::WriteOnly | QIODevice::Truncate) && sums.write(rewritten) == rewritten.size();
}

} // namespace Lifeboat::Testing
