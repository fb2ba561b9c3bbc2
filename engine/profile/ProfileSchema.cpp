// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileSchema.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <profile/JsonLocator.h>
#include <profile/SnapshotSettings.h>

namespace Lifeboat {

namespace {

using Type = ProfileKey::Type;

ProfileKey text(const char *name)
{
    return { .name = QLatin1String(name) };
}
ProfileKey required(const char *name)
{
    return { .name = QLatin1String(name), .required = true, .nonEmpty = true };
}
ProfileKey oneOf(const char *name, QStringList allowed)
{
    return { .name = QLatin1String(name), .required = true, .nonEmpty = true, .allowed = std::move(allowed) };
}
ProfileKey ofType(const char *name, Type type, const char *level = "")
{
    return { .name = QLatin1String(name), .type = type, .level = QLatin1String(level) };
}
ProfileKey number(const char *name, int minimum, int maximum)
{
    return { .name = QLatin1String(name), .type = Type::Integer, .minimum = minimum, .maximum = maximum };
}
ProfileKey command(const char *name, QStringList placeholders)
{
    return { .name = QLatin1String(name), .type = Type::Command, .placeholders = std::move(placeholders) };
}

// A snapshot method: optional, "auto" when left out.
ProfileKey method(const char *name)
{
    return { .name = QLatin1String(name), .nonEmpty = true,
        .allowed = { QStringLiteral("auto"), QStringLiteral("btrfs"), QStringLiteral("reflink"),
            QStringLiteral("command"), QStringLiteral("none") } };
}

// What NodeController fills in: a node's start and stop commands, and the
// backup-mode commands (entering knows the label and the timeout as well).
QStringList nodeCommandPlaceholders()
{
    return { QStringLiteral("lifeboat-node"), QStringLiteral("profile"), QStringLiteral("node"),
        QStringLiteral("host"), QStringLiteral("port") };
}
QStringList leaveBackupModePlaceholders()
{
    return { QStringLiteral("lifeboat-node"), QStringLiteral("host"), QStringLiteral("port"),
        QStringLiteral("user"), QStringLiteral("password") };
}
QStringList enterBackupModePlaceholders()
{
    return leaveBackupModePlaceholders() + QStringList{ QStringLiteral("label"), QStringLiteral("timeout") };
}

const QHash<QString, QList<ProfileKey>> &schema()
{
    static const QHash<QString, QList<ProfileKey>> levels{
        { QStringLiteral("profile"),
            { required("name"), ofType("sandbox", Type::Boolean),
                oneOf("appServer",
                    { QStringLiteral("jboss"), QStringLiteral("weblogic"), QStringLiteral("websphere") }),
                { .name = QStringLiteral("nodes"),
                    .type = Type::ObjectArray,
                    .required = true,
                    .level = QStringLiteral("node") },
                ofType("hosts", Type::ObjectArray, "host"), text("gdsHost"), text("fontsHost"),
                text("connectorsHost"), text("contentStorageRootHost"), text("knownHostsFile"), text("gds"),
                ofType("fonts", Type::StringArray), text("connectors"), text("contentStorageRoot"),
                ofType("databases", Type::ObjectArray, "database"), required("backupRoot"),
                number("fullEvery", 1, 1000), text("secretsFile"), ofType("backupMode", Type::Object, "backupMode"),
                ofType("snapshots", Type::Object, "snapshots"), ofType("signing", Type::Object, "signing") } },
        { QStringLiteral("node"),
            { required("name"),
                oneOf("role",
                    { QStringLiteral("primary"), QStringLiteral("secondary"), QStringLiteral("publish") }),
                text("host"), required("repository"), text("appServerDir"), text("bootstrapProperties"),
                text("errorLog"), text("patchLevelFile"), text("indexRoot"),
                ofType("tempDirectories", Type::StringArray), ofType("http", Type::Object, "http"),
                ofType("control", Type::Object, "control") } },
        { QStringLiteral("http"), { text("url"), text("user"), text("password"), text("statusPath") } },
        { QStringLiteral("control"),
            { command("start", nodeCommandPlaceholders()), command("stop", nodeCommandPlaceholders()),
                number("timeoutSeconds", 1, 86400) } },
        { QStringLiteral("host"),
            { required("name"), { .name = QStringLiteral("address"), .nonEmpty = true },
                number("port", 1, 65535), text("user"), text("identityFile"), ofType("sudo", Type::Boolean),
                text("sshConfig"), { .name = QStringLiteral("agentPath"), .nonEmpty = true } } },
        { QStringLiteral("database"),
            { text("name"),
                oneOf("kind",
                    { QStringLiteral("sqlite"), QStringLiteral("mariadb"), QStringLiteral("mysql"),
                        QStringLiteral("postgresql") }),
                text("path"), text("host"), number("port", 0, 65535), text("socket"), text("database"),
                text("user"), text("password"), text("gdsReferenceQuery") } },
        { QStringLiteral("backupMode"),
            { text("host"), number("port", 0, 65535), text("user"), text("password"),
                command("enterSnapshot", enterBackupModePlaceholders()),
                command("leaveSnapshot", leaveBackupModePlaceholders()),
                command("enterRolling", enterBackupModePlaceholders()),
                command("leaveRolling", leaveBackupModePlaceholders()) } },
        { QStringLiteral("snapshots"),
            { method("repository"), method("gds"), method("contentStorageRoot"),
                command("create", SnapshotSettings::commandPlaceholders()),
                { .name = QStringLiteral("mountPath"), .placeholders = SnapshotSettings::mountPathPlaceholders() },
                command("remove", SnapshotSettings::commandPlaceholders()) } },
        { QStringLiteral("signing"),
            { text("key"), text("allowedSigners"), ofType("required", Type::Boolean) } },
        { QStringLiteral("commandObject"),
            { { .name = QStringLiteral("arguments"), .type = Type::StringArray, .required = true },
                text("input") } },
    };
    return levels;
}

QString expected(const ProfileKey &key)
{
    switch (key.type) {
    case Type::String:
        return ProfileSchema::tr("a string");
    case Type::Boolean:
        return ProfileSchema::tr("true or false");
    case Type::Integer:
        return ProfileSchema::tr("a whole number");
    case Type::StringArray:
        return ProfileSchema::tr("an array of strings");
    case Type::Object:
        return ProfileSchema::tr("an object");
    case Type::ObjectArray:
        return ProfileSchema::tr("an array of objects");
    case Type::Command:
        return ProfileSchema::tr("a command (an array of strings, or an object with \"arguments\")");
    }
    return {};
}

QString found(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return ProfileSchema::tr("null");
    case QJsonValue::Bool:
        return ProfileSchema::tr("true or false");
    case QJsonValue::Double:
        return ProfileSchema::tr("a number");
    case QJsonValue::String:
        return ProfileSchema::tr("a string");
    case QJsonValue::Array:
        return ProfileSchema::tr("an array");
    case QJsonValue::Object:
        return ProfileSchema::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// One walk over a profile, collecting what is wrong and the secrets it names.
class Walk
{
public:
    QList<ProfileProblem> problems;
    QList<SecretReference> secrets;

    void object(const QJsonObject &object, const QString &level, const QString &path)
    {
        const QList<ProfileKey> &keys = ProfileSchema::keys(level);
        QStringList names;
        for (const ProfileKey &key : keys)
            names.append(key.name);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!names.contains(it.key()))
                add(JsonLocator::member(path, it.key()), ProfileSchema::tr("Unknown key."),
                    ProfileSchema::nearest(it.key(), names));
        }
        for (const ProfileKey &key : keys) {
            const QString keyPath = JsonLocator::member(path, key.name);
            if (object.contains(key.name))
                value(object.value(key.name), key, keyPath);
            else if (key.required)
                add(keyPath, ProfileSchema::tr("Missing: this key is required."));
        }
    }

private:
    void add(const QString &keyPath, const QString &message, const QString &suggestion = {})
    {
        problems.append({ .keyPath = keyPath, .message = message, .suggestion = suggestion });
    }

    void wrongType(const QString &keyPath, const QString &expectedType, const QJsonValue &value)
    {
        add(keyPath, ProfileSchema::tr("Must be %1, not %2.").arg(expectedType, found(value)));
    }

    void value(const QJsonValue &value, const ProfileKey &key, const QString &keyPath)
    {
        switch (key.type) {
        case Type::String:
            if (!value.isString())
                return wrongType(keyPath, expected(key), value);
            return string(value.toString(), key, keyPath);
        case Type::Boolean:
            if (!value.isBool())
                wrongType(keyPath, expected(key), value);
            return;
        case Type::Integer:
            return integer(value, key, keyPath);
        case Type::StringArray:
            if (!value.isArray())
                return wrongType(keyPath, expected(key), value);
            return strings(value.toArray(), keyPath, {});
        case Type::Object:
            if (!value.isObject())
                return wrongType(keyPath, expected(key), value);
            return object(value.toObject(), key.level, keyPath);
        case Type::ObjectArray:
            return objects(value, key, keyPath);
        case Type::Command:
            return command(value, key, keyPath);
        }
    }

    void string(const QString &text, const ProfileKey &key, const QString &keyPath)
    {
        if (key.nonEmpty && text.isEmpty())
            return add(keyPath, ProfileSchema::tr("Must not be empty."));
        if (!key.allowed.isEmpty() && !key.allowed.contains(text))
            return add(keyPath,
                ProfileSchema::tr("Must be one of %1, not \"%2\".")
                    .arg(key.allowed.join(QStringLiteral(", ")), text),
                ProfileSchema::nearest(text, key.allowed));
        secretsIn(text, keyPath);
        placeholdersIn(text, keyPath, key.placeholders);
    }

    void integer(const QJsonValue &value, const ProfileKey &key, const QString &keyPath)
    {
        if (!value.isDouble())
            return wrongType(keyPath, expected(key), value);
        const double number = value.toDouble();
        if (number != std::floor(number))
            return add(keyPath, ProfileSchema::tr("Must be a whole number, not %1.").arg(number));
        if ((key.minimum && number < *key.minimum) || (key.maximum && number > *key.maximum))
            add(keyPath,
                ProfileSchema::tr("Must be between %1 and %2, not %3.")
                    .arg(*key.minimum)
                    .arg(*key.maximum)
                    .arg(number));
    }

    void strings(const QJsonArray &array, const QString &keyPath, const QStringList &placeholders)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = JsonLocator::element(keyPath, i);
            if (!array.at(i).isString()) {
                wrongType(elementPath, ProfileSchema::tr("a string"), array.at(i));
                continue;
            }
            secretsIn(array.at(i).toString(), elementPath);
            placeholdersIn(array.at(i).toString(), elementPath, placeholders);
        }
    }

    void objects(const QJsonValue &value, const ProfileKey &key, const QString &keyPath)
    {
        if (!value.isArray())
            return wrongType(keyPath, expected(key), value);
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString elementPath = JsonLocator::element(keyPath, i);
            if (array.at(i).isObject())
                object(array.at(i).toObject(), key.level, elementPath);
            else
                wrongType(elementPath, ProfileSchema::tr("an object"), array.at(i));
        }
    }

    void command(const QJsonValue &value, const ProfileKey &key, const QString &keyPath)
    {
        if (value.isArray())
            return strings(value.toArray(), keyPath, key.placeholders);
        if (!value.isObject())
            return wrongType(keyPath, expected(key), value);
        const QJsonObject command = value.toObject();
        const qsizetype before = problems.size();
        object(command, QStringLiteral("commandObject"), keyPath);
        if (problems.size() != before)
            return; // its structure is wrong: its texts were not looked at
        const QString argumentsPath = JsonLocator::member(keyPath, QStringLiteral("arguments"));
        for (qsizetype i = 0; i < command.value(QLatin1String("arguments")).toArray().size(); ++i)
            placeholdersIn(command.value(QLatin1String("arguments")).toArray().at(i).toString(),
                JsonLocator::element(argumentsPath, i), key.placeholders);
        placeholdersIn(command.value(QLatin1String("input")).toString(),
            JsonLocator::member(keyPath, QStringLiteral("input")), key.placeholders);
    }

    void placeholdersIn(const QString &text, const QString &keyPath, const QStringList &known)
    {
        if (known.isEmpty())
            return;
        static const QRegularExpression placeholder(QStringLiteral(R"(\{([A-Za-z][A-Za-z0-9_.-]*)\})"));
        for (const QRegularExpressionMatch &match : placeholder.globalMatch(text)) {
            const QString name = match.captured(1);
            if (known.contains(name))
                continue;
            QStringList shown;
            for (const QString &candidate : known)
                shown.append(u'{' + candidate + u'}');
            const QString near = ProfileSchema::nearest(name, known);
            add(keyPath,
                ProfileSchema::tr("\"%1\" cannot be filled in this command; it knows %2.")
                    .arg(match.captured(0), shown.join(QStringLiteral(", "))),
                near.isEmpty() ? QString() : u'{' + near + u'}');
        }
    }

    void secretsIn(const QString &text, const QString &keyPath)
    {
        static const QRegularExpression reference(QStringLiteral(R"(\{secret:([^}]*)\})"));
        for (const QRegularExpressionMatch &match : reference.globalMatch(text)) {
            if (match.captured(1).isEmpty())
                add(keyPath, ProfileSchema::tr("\"{secret:}\" names no secret."));
            else
                secrets.append({ match.captured(1), keyPath });
        }
    }
};

// Optimal string alignment distance: insertions, deletions, substitutions
// and swaps of two neighbours each count one.
qsizetype editDistance(const QString &a, const QString &b)
{
    QList<QList<qsizetype>> d(a.size() + 1, QList<qsizetype>(b.size() + 1, 0));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const qsizetype cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({ d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

} // namespace

QStringList ProfileSchema::levels()
{
    return { QStringLiteral("profile"), QStringLiteral("node"), QStringLiteral("http"),
        QStringLiteral("control"), QStringLiteral("host"), QStringLiteral("database"),
        QStringLiteral("backupMode"), QStringLiteral("snapshots"), QStringLiteral("signing"),
        QStringLiteral("commandObject") };
}

const QList<ProfileKey> &ProfileSchema::keys(const QString &level)
{
    static const QList<ProfileKey> none;
    const auto it = schema().constFind(level);
    return it == schema().cend() ? none : it.value();
}

QList<ProfileProblem> ProfileSchema::check(const QJsonObject &profile, QList<SecretReference> *secrets)
{
    Walk walk;
    walk.object(profile, QStringLiteral("profile"), QString());
    if (secrets)
        *secrets = walk.secrets;
    return walk.problems;
}

QString ProfileSchema::nearest(const QString &word, const QStringList &candidates)
{
    const QString lower = word.toLower();
    // A typo costs about one edit in three letters; a short word gets one.
    const qsizetype allowed = std::clamp<qsizetype>(lower.size() / 3, 1, 3);
    QString best;
    qsizetype bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const QString other = candidate.toLower();
        qsizetype distance = editDistance(lower, other);
        // "timeout" for "timeoutSeconds": a key cut short, or one with something added.
        if (distance > allowed && std::min(lower.size(), other.size()) >= 4
            && (other.startsWith(lower) || lower.startsWith(other)))
            distance = allowed;
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best == word ? QString() : best;
}

} // namespace Lifeboat
