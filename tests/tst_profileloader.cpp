// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

// The strict profile loader: every mistake in a profile is reported at once,
// each with its key path, line and column, and for a near miss the key that
// was probably meant; whatever Lifeboat writes itself, the published schema's
// example and the documented example load; the schema and the loader agree.

#include <profile/ClusterProfile.h>
#include <profile/ProfileSchema.h>
#include <profile/SecretStore.h>
#include <sandbox/SandboxBuilder.h>
#include <sandbox/SandboxOptions.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;

namespace {

// One expected problem: key path, line, column, suggestion and whether it is an error.
struct Expected
{
    QString keyPath;
    int line;
    int column;
    QString suggestion;
    bool error = true;
};

QString describe(const QList<ProfileProblem> &problems)
{
    QStringList lines;
    for (const ProfileProblem &problem : problems)
        lines.append(problem.toString(QStringLiteral("cluster.json")));
    return lines.join(u'\n');
}

} // namespace

class TestProfileLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_error;

    QString write(const QString &name, const QByteArray &text, QFile::Permissions permissions = {})
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return {};
        file.close();
        if (permissions)
            file.setPermissions(permissions);
        return path;
    }

    static void compare(const QList<ProfileProblem> &problems, const QList<Expected> &expected)
    {
        QVERIFY2(problems.size() == expected.size(), qPrintable(describe(problems)));
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const ProfileProblem &problem = problems[i];
            const QString context = problem.toString(QStringLiteral("cluster.json"));
            QCOMPARE(problem.keyPath, expected[i].keyPath);
            QVERIFY2(problem.line == expected[i].line && problem.column == expected[i].column, qPrintable(context));
            QCOMPARE(problem.suggestion, expected[i].suggestion);
            QCOMPARE(problem.isError(), expected[i].error);
        }
    }

    // A minimal profile that loads, to change one thing in.
    static QJsonObject minimal()
    {
        return {{QStringLiteral("name"), QStringLiteral("minimal")},
                {QStringLiteral("appServer"), QStringLiteral("jboss")},
                {QStringLiteral("nodes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("node1")},
                                                                 {QStringLiteral("role"), QStringLiteral("primary")},
                                                                 {QStringLiteral("repository"), QStringLiteral("node1")}}}},
                {QStringLiteral("backupRoot"), QStringLiteral("backups")}};
    }

    QList<ProfileProblem> problemsOf(const QJsonObject &json)
    {
        QList<ProfileProblem> problems;
        (void)ClusterProfile::fromJson(json, m_dir.path(), &problems);
        return problems;
    }

    static QJsonObject schema()
    {
        QFile file(QStringLiteral(LIFEBOAT_SOURCE_DIR "/docs/profile.schema.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv("LIFEBOAT_SECRET_AEM_ADMIN");
        qunsetenv("LIFEBOAT_SECRET_AEM_ADMN");
    }

    // Before the strict loader, every one of these loaded silently (or the
    // file stopped at the first): a typo'd key was ignored, "60" read as 0.
    void everyProblemIsReportedAtOnceWithItsPlace()
    {
        QVERIFY(!write(QStringLiteral("secrets.json"), "{\"aem-admin\": \"s3cret\"}", QFile::ReadOwner | QFile::WriteOwner).isEmpty());
        const QString path = m_dir.filePath(QStringLiteral("typos.json"));
        QVERIFY(QFile::copy(QStringLiteral(LIFEBOAT_SOURCE_DIR "/tests/data/profiles/typos.json"), path));
        QList<ProfileProblem> problems;
        QVERIFY(!ClusterProfile::load(path, &problems));
        if (qEnvironmentVariableIsSet("SHOW_PROBLEMS"))
            qInfo().noquote() << describe(problems);
        compare(problems, {
                              {QStringLiteral("appServer"), 3, 5, QStringLiteral("jboss")},
                              {QStringLiteral("backupRot"), 5, 5, QStringLiteral("backupRoot")},
                              {QStringLiteral("nodes[0].bootstrapProperty"), 12, 13, QStringLiteral("bootstrapProperties")},
                              {QStringLiteral("nodes[0].http.password"), 13, 54, QStringLiteral("aem-admin")},
                              {QStringLiteral("nodes[0].control.start[2]"), 14, 63, QStringLiteral("{node}")},
                              {QStringLiteral("nodes[0].control.timeoutSeconds"), 14, 75, {}},
                              {QStringLiteral("nodes[1].name"), 17, 13, {}},
                              {QStringLiteral("nodes[1].repository"), 19, 13, {}},
                              {QStringLiteral("nodes[2].repository"), 21, 9, {}},
                              {QStringLiteral("databases[0].port"), 26, 56, {}},
                              {QStringLiteral("backupMode.leaveRolling[1]"), 27, 46, {}},
                              {QStringLiteral("backupMode.port"), 27, 79, {}},
                          });
        const QString text = ProfileProblem::describe(path, problems);
        QVERIFY2(text.contains(path + QStringLiteral(":12:13: nodes[0].bootstrapProperty: Unknown key. Did you mean \"bootstrapProperties\"?")),
                 qPrintable(text));
        QVERIFY2(text.contains(path + QStringLiteral(":14:75: nodes[0].control.timeoutSeconds: Must be a whole number, not a string.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("\"{label}\" cannot be filled in this command; it knows {lifeboat-node}, {host}, {port}, {user}, {password}.")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("nodes[2].repository: Missing: this key is required.")), qPrintable(text));

        // The one-message form lists the same errors, one per line.
        QString error;
        QVERIFY(!ClusterProfile::load(path, &error));
        QCOMPARE(error, text);
    }

    void theRulesBetweenKeys()
    {
        QJsonObject json = minimal();
        QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        nodes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("node2")}, {QStringLiteral("role"), QStringLiteral("primary")},
                                 {QStringLiteral("host"), QStringLiteral("aem2")}, {QStringLiteral("repository"), QStringLiteral("crx")},
                                 {QStringLiteral("tempDirectories"), QJsonArray{QStringLiteral("/tmp/aem"), QStringLiteral("tmp")}}});
        nodes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("node3")}, {QStringLiteral("role"), QStringLiteral("publish")},
                                 {QStringLiteral("host"), QStringLiteral("aem2")}, {QStringLiteral("repository"), QStringLiteral("/crx")}});
        nodes.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("node4")}, {QStringLiteral("role"), QStringLiteral("publish")},
                                 {QStringLiteral("host"), QStringLiteral("aem2")}, {QStringLiteral("repository"), QStringLiteral("/crx/")}});
        json.insert(QStringLiteral("nodes"), nodes);
        json.insert(QStringLiteral("hosts"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("aem2")}},
                                                        QJsonObject{{QStringLiteral("name"), QStringLiteral("aem2")}}});
        json.insert(QStringLiteral("gdsHost"), QStringLiteral("aem3"));
        json.insert(QStringLiteral("databases"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("forms")}, {QStringLiteral("kind"), QStringLiteral("sqlite")}},
                                                            QJsonObject{{QStringLiteral("name"), QStringLiteral("forms")}, {QStringLiteral("kind"), QStringLiteral("postgres")}}});
        const QList<ProfileProblem> problems = problemsOf(json);
        compare(problems, {
                              {QStringLiteral("databases[1].kind"), 0, 0, QStringLiteral("postgresql")},
                              {QStringLiteral("nodes"), 0, 0, {}},
                              {QStringLiteral("hosts[1].name"), 0, 0, {}},
                              {QStringLiteral("gdsHost"), 0, 0, QStringLiteral("aem2")},
                              {QStringLiteral("nodes[1].repository"), 0, 0, {}},
                              {QStringLiteral("nodes[1].tempDirectories[1]"), 0, 0, {}},
                              {QStringLiteral("nodes[3].repository"), 0, 0, {}},
                              {QStringLiteral("databases[1].name"), 0, 0, {}},
                          });
        QCOMPARE(problems[1].message, QStringLiteral("An AEM Forms cluster has exactly one primary author node; this profile has 2."));
        QCOMPARE(problems[6].message, QStringLiteral("nodes \"node3\" and \"node4\" both keep their crx-repository at /crx on aem2; "
                                                     "give each node its own host or its own path."));
        QCOMPARE(problems[4].message, QStringLiteral("The node lives on the host aem2, so this path must be absolute (it is crx)."));
    }

    void wrongTypesAndValues()
    {
        QJsonObject json = minimal();
        json.insert(QStringLiteral("sandbox"), QStringLiteral("no"));
        json.insert(QStringLiteral("fonts"), QJsonArray{QStringLiteral("fonts"), 3});
        json.insert(QStringLiteral("gds"), QJsonValue::Null);
        json.insert(QStringLiteral("hosts"), QJsonArray{QStringLiteral("aem2"), QJsonObject{{QStringLiteral("name"), QStringLiteral("h")},
                                                                                           {QStringLiteral("port"), 70000},
                                                                                           {QStringLiteral("address"), QString()}}});
        json.insert(QStringLiteral("backupMode"), QJsonObject{{QStringLiteral("port"), 80.5},
                                                              {QStringLiteral("enterRolling"), QJsonObject{{QStringLiteral("input"), QStringLiteral("{password}")}}},
                                                              {QStringLiteral("enterSnapshot"), QStringLiteral("LCBackupMode.sh enter")}});
        const QList<ProfileProblem> problems = problemsOf(json);
        QStringList messages;
        for (const ProfileProblem &problem : problems)
            messages.append(problem.keyPath + QStringLiteral(": ") + problem.text());
        QCOMPARE(messages, QStringList({
                               QStringLiteral("sandbox: Must be true or false, not a string."),
                               QStringLiteral("hosts[0]: Must be an object, not a string."),
                               QStringLiteral("hosts[1].address: Must not be empty."),
                               QStringLiteral("hosts[1].port: Must be between 1 and 65535, not 70000."),
                               QStringLiteral("gds: Must be a string, not null."),
                               QStringLiteral("fonts[1]: Must be a string, not a number."),
                               QStringLiteral("backupMode.port: Must be a whole number, not 80.5."),
                               QStringLiteral("backupMode.enterSnapshot: Must be a command (an array of strings, or an object with \"arguments\"), not a string."),
                               QStringLiteral("backupMode.enterRolling.arguments: Missing: this key is required."),
                           }));
    }

    // "snapshots": a method per kind of path, the commands of the command method.
    void snapshotSettings()
    {
        QJsonObject json = minimal();
        std::optional<ClusterProfile> profile = ClusterProfile::fromJson(json, m_dir.path(), &m_error);
        QVERIFY2(profile, qPrintable(m_error));
        QVERIFY(profile->snapshots.repository == SnapshotMethod::Auto && profile->snapshots.gds == SnapshotMethod::Auto
                && profile->snapshots.contentStorageRoot == SnapshotMethod::Auto);
        QVERIFY(!profile->toJson().contains(QLatin1String("snapshots")));

        const QJsonArray create{QStringLiteral("btrfs"), QStringLiteral("subvolume"), QStringLiteral("snapshot"),
                                QStringLiteral("-r"), QStringLiteral("{path}"), QStringLiteral("{mountPath}")};
        const QJsonArray remove{QStringLiteral("btrfs"), QStringLiteral("subvolume"), QStringLiteral("delete"),
                                QStringLiteral("{mountPath}")};
        json.insert(QStringLiteral("snapshots"),
                    QJsonObject{{QStringLiteral("repository"), QStringLiteral("command")},
                                {QStringLiteral("gds"), QStringLiteral("reflink")},
                                {QStringLiteral("contentStorageRoot"), QStringLiteral("none")},
                                {QStringLiteral("create"), create},
                                {QStringLiteral("mountPath"), QStringLiteral("/srv/.lifeboat-{label}/{host}-{name}")},
                                {QStringLiteral("remove"), remove}});
        profile = ClusterProfile::fromJson(json, m_dir.path(), &m_error);
        QVERIFY2(profile, qPrintable(m_error));
        const SnapshotSettings &snapshots = profile->snapshots;
        QVERIFY(snapshots.repository == SnapshotMethod::Command && snapshots.gds == SnapshotMethod::Reflink
                && snapshots.contentStorageRoot == SnapshotMethod::None);
        const QHash<QString, QString> values
            = snapshots.values(QStringLiteral("/srv/aem/crx-repository"), QStringLiteral("nightly"), QStringLiteral("repository"),
                               QStringLiteral("node2"));
        QCOMPARE(values.value(QStringLiteral("mountPath")), QStringLiteral("/srv/.lifeboat-nightly/node2-repository"));
        QCOMPARE(snapshots.create.expand(values, [](const QString &) { return QString(); }),
                 (QStringList{QStringLiteral("btrfs"), QStringLiteral("subvolume"), QStringLiteral("snapshot"), QStringLiteral("-r"),
                              QStringLiteral("/srv/aem/crx-repository"), QStringLiteral("/srv/.lifeboat-nightly/node2-repository")}));
        // Written back as it was read.
        const auto again = ClusterProfile::fromJson(profile->toJson(), m_dir.path(), &m_error);
        QVERIFY2(again, qPrintable(m_error));
        QCOMPARE(again->toJson().value(QLatin1String("snapshots")), json.value(QLatin1String("snapshots")));

        // A method that is none of them, a placeholder that cannot be filled, and the command method without its commands.
        json.insert(QStringLiteral("snapshots"),
                    QJsonObject{{QStringLiteral("repository"), QStringLiteral("btrf")},
                                {QStringLiteral("gds"), QStringLiteral("command")},
                                {QStringLiteral("mountPath"), QStringLiteral("/mnt/{mountPath}")},
                                {QStringLiteral("remove"), QJsonArray{QStringLiteral("umount"), QStringLiteral("{nodes}")}}});
        QList<ProfileProblem> problems = problemsOf(json);
        QStringList messages;
        for (const ProfileProblem &problem : problems)
            messages.append(problem.keyPath + QStringLiteral(": ") + problem.text());
        QCOMPARE(messages, QStringList({
                               QStringLiteral("snapshots.repository: Must be one of auto, btrfs, reflink, command, none, not "
                                              "\"btrf\". Did you mean \"btrfs\"?"),
                               QStringLiteral("snapshots.mountPath: \"{mountPath}\" cannot be filled in this command; it knows "
                                              "{path}, {label}, {name}, {host}, {node}."),
                               QStringLiteral("snapshots.remove[1]: \"{nodes}\" cannot be filled in this command; it knows "
                                              "{path}, {label}, {name}, {host}, {node}, {mountPath}. Did you mean \"{node}\"?"),
                               QStringLiteral("snapshots: A path's snapshot method is \"command\", so the snapshot commands "
                                              "are needed; missing: create."),
                           }));
        json.insert(QStringLiteral("snapshots"), QJsonObject{{QStringLiteral("contentStorageRoot"), QStringLiteral("command")}});
        problems = problemsOf(json);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].keyPath, QStringLiteral("snapshots"));
        QVERIFY2(problems[0].message.endsWith(QLatin1String("missing: create, mountPath, remove.")), qPrintable(problems[0].message));
    }

    void secretsAreDefinedInTheSecretsFileOrTheEnvironment()
    {
        QJsonObject json = minimal();
        QJsonArray nodes = json.value(QLatin1String("nodes")).toArray();
        QJsonObject node = nodes.first().toObject();
        node.insert(QStringLiteral("http"), QJsonObject{{QStringLiteral("password"), QStringLiteral("{secret:aem-admin}")}});
        nodes.replace(0, node);
        json.insert(QStringLiteral("nodes"), nodes);
        json.insert(QStringLiteral("databases"), QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("mariadb")},
                                                                        {QStringLiteral("password"), QStringLiteral("{secret:forms-db}")}}});
        // Without a secrets file, every secret comes from the environment or is asked for.
        QCOMPARE(describe(problemsOf(json)), QString());

        // A secrets file that is not there (yet): a warning, and the profile loads.
        json.insert(QStringLiteral("secretsFile"), QStringLiteral("absent.json"));
        QList<ProfileProblem> problems = problemsOf(json);
        compare(problems, {{QStringLiteral("secretsFile"), 0, 0, {}, false}});
        QVERIFY(ClusterProfile::fromJson(json, m_dir.path(), &problems));

        // A name with an empty value is defined: asked for when it is needed.
        QVERIFY(!write(QStringLiteral("names.json"), "{\"aem-admin\": \"x\", \"forms_db\": \"\"}", QFile::ReadOwner | QFile::WriteOwner).isEmpty());
        json.insert(QStringLiteral("secretsFile"), QStringLiteral("names.json"));
        problems = problemsOf(json);
        compare(problems, {{QStringLiteral("databases[0].password"), 0, 0, QStringLiteral("forms_db")}});
        QCOMPARE(problems.first().message,
                 QStringLiteral("The secret \"forms-db\" is not defined: the secrets file %1 does not have it, and the environment "
                                "variable LIFEBOAT_SECRET_FORMS_DB is not set.").arg(m_dir.filePath(QStringLiteral("names.json"))));
        qputenv("LIFEBOAT_SECRET_FORMS_DB", "from-the-environment");
        QCOMPARE(describe(problemsOf(json)), QString());
        qunsetenv("LIFEBOAT_SECRET_FORMS_DB");

        // A secrets file others can read cannot be used: a warning that says so.
        QVERIFY(!write(QStringLiteral("open.json"), "{\"aem-admin\": \"x\"}", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther).isEmpty());
        json.insert(QStringLiteral("secretsFile"), QStringLiteral("open.json"));
        problems = problemsOf(json);
        compare(problems, {{QStringLiteral("secretsFile"), 0, 0, {}, false}});
        QVERIFY(problems.first().message.contains(QStringLiteral("chmod 600")));
    }

    void invalidJsonAndDuplicateKeysHaveTheirPlace()
    {
        QList<ProfileProblem> problems;
        QVERIFY(!ClusterProfile::load(write(QStringLiteral("broken.json"), "{\n  \"name\": \"x\",\n  \"nodes\": [,]\n}\n"), &problems));
        // Where the parser stopped: just after the comma it could not take.
        compare(problems, {{QString(), 3, 14, {}}});
        QVERIFY2(problems.first().message.startsWith(QStringLiteral("Not valid JSON: ")), qPrintable(problems.first().message));

        problems.clear();
        QVERIFY(!ClusterProfile::load(write(QStringLiteral("array.json"), "[]"), &problems));
        compare(problems, {{QString(), 1, 1, {}}});
        // Issue 18: an array said "Not valid JSON (no error occurred)".
        QVERIFY2(problems.first().message.contains(QStringLiteral("must hold a JSON object"))
                     && problems.first().message.contains(QStringLiteral("holds an array")),
                 qPrintable(problems.first().message));
        for (const QByteArray &scalar : {QByteArray("3"), QByteArray("\"text\""), QByteArray("null"), QByteArray()}) {
            problems.clear();
            QVERIFY(!ClusterProfile::load(write(QStringLiteral("scalar.json"), scalar), &problems));
            QCOMPARE(problems.size(), 1);
            QVERIFY2(!problems.first().message.contains(QStringLiteral("no error occurred")), qPrintable(problems.first().message));
        }

        problems.clear();
        QVERIFY(!ClusterProfile::load(m_dir.filePath(QStringLiteral("missing.json")), &problems));
        compare(problems, {{QString(), 0, 0, {}}});

        // Columns count characters, not bytes.
        problems.clear();
        QVERIFY(!ClusterProfile::load(write(QStringLiteral("umlaut.json"),
                                            QJsonDocument(minimal()).toJson().replace("\"name\": \"minimal\"", "\"name\": \"Grüße\", \"nme\": 1")),
                                      &problems));
        compare(problems, {{QStringLiteral("nme"), 4, 22, QStringLiteral("name")}});
    }

    // Found by fuzz_profile: a '}' where an array's value should be made the
    // locator read the same nothing for ever, eating all memory.
    void aBraceInsideAnArrayIsAnErrorNotAHang()
    {
        QList<ProfileProblem> problems;
        QElapsedTimer clock;
        clock.start();
        QVERIFY(!ClusterProfile::load(write(QStringLiteral("brace.json"), "{\n  \"name\": \"x\",\n  \"nodes\": [ {\"name\": \"node1\"} }\n}\n"), &problems));
        QVERIFY2(clock.elapsed() < 5000, "loading a broken profile took more than 5 s");
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.startsWith(QStringLiteral("Not valid JSON: ")), qPrintable(problems.first().message));
        QVERIFY(problems.first().line > 0); // where Qt's parser gave up
    }

    void aNearMissNamesWhatWasMeant_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("meant");
        QTest::newRow("a letter short") << "bootstrapProperty" << "bootstrapProperties";
        QTest::newRow("case") << "BackupRoot" << "backupRoot";
        QTest::newRow("cut short") << "timeout" << "timeoutSeconds";
        QTest::newRow("swapped") << "reopsitory" << "repository";
        QTest::newRow("one letter more") << "nodee" << "node";
        QTest::newRow("nothing close") << "colour" << "";
        QTest::newRow("exact") << "name" << "";
    }

    void aNearMissNamesWhatWasMeant()
    {
        QFETCH(QString, word);
        QFETCH(QString, meant);
        const QStringList candidates{QStringLiteral("bootstrapProperties"), QStringLiteral("backupRoot"), QStringLiteral("timeoutSeconds"),
                                     QStringLiteral("repository"), QStringLiteral("node"), QStringLiteral("name"), QStringLiteral("host")};
        QCOMPARE(ProfileSchema::nearest(word, candidates), meant);
    }

    // Everything Lifeboat writes loads again, strictly: a sandbox's profile,
    // and one with every kind of value saved by ClusterProfile::save().
    void whatLifeboatWritesLoads()
    {
        const QString sandbox = m_dir.filePath(QStringLiteral("sandbox"));
        SandboxOptions options;
        options.sizeMb = 1;
        options.documentsPerMinute = 0;
        SandboxBuilder builder(sandbox, options);
        QVERIFY2(builder.create(), qPrintable(builder.errorString()));
        QList<ProfileProblem> problems;
        auto loaded = ClusterProfile::load(builder.profilePath(), &problems);
        QVERIFY2(loaded && problems.isEmpty(), qPrintable(describe(problems)));

        ClusterProfile profile = *loaded;
        profile.hosts = {HostProfile{.name = QStringLiteral("aem2"), .address = QStringLiteral("10.0.0.2")}};
        profile.nodes[1].host = QStringLiteral("aem2");
        profile.nodes[1].repository = QStringLiteral("/opt/aem/crx-repository");
        profile.nodes[1].tempDirectories = {QStringLiteral("/opt/aem/tmp")};
        profile.nodes[1].bootstrapProperties = QStringLiteral("/opt/jboss/bin/crx-bootstrap.properties");
        profile.nodes[1].appServerDir = QStringLiteral("/opt/jboss");
        profile.nodes[1].patchLevelFile = QStringLiteral("/opt/jboss/adobe/patch-level.txt");
        profile.nodes[1].indexRoot = QStringLiteral("/opt/jboss/adobe/index-root");
        profile.nodes[1].errorLog = QStringLiteral("/opt/aem/crx-repository/logs/error.log");
        profile.gdsHost = QStringLiteral("aem2");
        profile.knownHostsFile = m_dir.filePath(QStringLiteral("known_hosts"));
        DatabaseProfile database;
        database.name = QStringLiteral("claims");
        database.kind = DatabaseKind::PostgreSql;
        database.password = QStringLiteral("{secret:sandbox-admin}");
        profile.databases.append(database);
        profile.backupMode.enterRolling = CommandTemplate({QStringLiteral("x"), QStringLiteral("{label}")}, QStringLiteral("{password}"));
        profile.backupMode.leaveRolling = {};
        QString error;
        QVERIFY2(profile.save(sandbox + QStringLiteral("/saved.json"), &error), qPrintable(error));
        problems.clear();
        QVERIFY2(ClusterProfile::load(sandbox + QStringLiteral("/saved.json"), &problems) && problems.isEmpty(), qPrintable(describe(problems)));
    }

    // A profile saved again (the profile editor does) keeps every key its
    // author wrote, also a database's keys that its kind does not use.
    void savingAgainKeepsEveryDatabaseKey()
    {
        QJsonObject json = minimal();
        json.insert(QStringLiteral("databases"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("forms")}, {QStringLiteral("kind"), QStringLiteral("sqlite")},
                                           {QStringLiteral("path"), QStringLiteral("db/forms.db")}, {QStringLiteral("host"), QStringLiteral("db1")},
                                           {QStringLiteral("port"), 3306}, {QStringLiteral("user"), QStringLiteral("backup")},
                                           {QStringLiteral("password"), QStringLiteral("{secret:forms-db}")}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("claims")}, {QStringLiteral("kind"), QStringLiteral("postgresql")},
                                           {QStringLiteral("path"), QStringLiteral("/srv/claims.dump")}}});
        const QString path = write(QStringLiteral("databases.json"), QJsonDocument(json).toJson());
        QList<ProfileProblem> problems;
        const auto loaded = ClusterProfile::load(path, &problems);
        QVERIFY2(loaded, qPrintable(describe(problems)));
        QString error;
        QVERIFY2(loaded->save(path, &error), qPrintable(error));
        const auto again = ClusterProfile::load(path, &problems);
        QVERIFY2(again, qPrintable(describe(problems)));
        QCOMPARE(again->toJson(), loaded->toJson());
        const DatabaseProfile &forms = again->databases.at(0);
        QCOMPARE(forms.path, m_dir.filePath(QStringLiteral("db/forms.db")));
        QCOMPARE(forms.host, QStringLiteral("db1"));
        QCOMPARE(forms.port, 3306);
        QCOMPARE(forms.user, QStringLiteral("backup"));
        QCOMPARE(forms.password, QStringLiteral("{secret:forms-db}"));
        QCOMPARE(again->databases.at(1).path, QStringLiteral("/srv/claims.dump"));
    }

    // The schema publishes exactly what the loader reads: the same keys at
    // every level, with the same types, required keys, values and ranges.
    void theSchemaMatchesTheLoader()
    {
        const QJsonObject json = schema();
        QCOMPARE(json.value(QLatin1String("$schema")).toString(), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
        QCOMPARE(json.value(QLatin1String("$ref")).toString(), QStringLiteral("#/$defs/profile"));
        const QJsonObject defs = json.value(QLatin1String("$defs")).toObject();
        const QStringList defined = defs.keys();
        const QStringList levels = ProfileSchema::levels() + QStringList{QStringLiteral("command")};
        QCOMPARE(QSet<QString>(defined.cbegin(), defined.cend()), QSet<QString>(levels.cbegin(), levels.cend()));
        for (const QString &level : ProfileSchema::levels()) {
            const QJsonObject def = defs.value(level).toObject();
            QCOMPARE(def.value(QLatin1String("type")).toString(), QStringLiteral("object"));
            QCOMPARE(def.value(QLatin1String("additionalProperties")), QJsonValue(false));
            const QJsonObject properties = def.value(QLatin1String("properties")).toObject();
            QStringList loaderKeys;
            QStringList loaderRequired;
            for (const ProfileKey &key : ProfileSchema::keys(level)) {
                loaderKeys.append(key.name);
                if (key.required)
                    loaderRequired.append(key.name);
                QVERIFY2(properties.contains(key.name), qPrintable(level + u'.' + key.name));
                QCOMPARE(properties.value(key.name).toObject(), expectedProperty(key, properties.value(key.name).toObject()));
            }
            QCOMPARE(properties.keys().size(), loaderKeys.size());
            QStringList schemaRequired;
            for (const QJsonValue &name : def.value(QLatin1String("required")).toArray())
                schemaRequired.append(name.toString());
            QCOMPARE(schemaRequired, loaderRequired);
        }
        const QJsonArray forms = defs.value(QLatin1String("command")).toObject().value(QLatin1String("oneOf")).toArray();
        QCOMPARE(forms, QJsonArray({QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                                                {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}},
                                    QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/commandObject")}}}));
    }

    // The schema's own example, and the example in docs/profile.md, load.
    void theExamplesLoad()
    {
        const QJsonArray examples = schema().value(QLatin1String("examples")).toArray();
        QVERIFY(!examples.isEmpty());
        for (const QJsonValue &example : examples) {
            QList<ProfileProblem> problems;
            QVERIFY2(ClusterProfile::fromJson(example.toObject(), m_dir.path(), &problems) && problems.isEmpty(), qPrintable(describe(problems)));
        }

        QFile guide(QStringLiteral(LIFEBOAT_SOURCE_DIR "/docs/profile.md"));
        QVERIFY(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        static const QRegularExpression block(QStringLiteral("```json\\n(\\{\\n    \"name\": \"aem-forms-prod\".*?\\n\\})\\n```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch match = block.match(text);
        QVERIFY(match.hasMatch());
        const QString path = write(QStringLiteral("aem-forms-prod.json"), match.captured(1).toUtf8());
        QList<ProfileProblem> problems;
        QVERIFY2(ClusterProfile::load(path, &problems), qPrintable(describe(problems)));
        // Its secrets file is on the production machine only.
        compare(problems, {{QStringLiteral("secretsFile"), 128, 5, {}, false}});
    }

private:
    // The schema property the loader's key stands for (descriptions aside).
    static QJsonObject expectedProperty(const ProfileKey &key, const QJsonObject &actual)
    {
        QJsonObject property{{QStringLiteral("description"), actual.value(QLatin1String("description"))}};
        const QJsonObject strings{{QStringLiteral("type"), QStringLiteral("string")}};
        switch (key.type) {
        case ProfileKey::Type::String:
            property.insert(QStringLiteral("type"), QStringLiteral("string"));
            if (key.nonEmpty)
                property.insert(QStringLiteral("minLength"), 1);
            if (!key.allowed.isEmpty())
                property.insert(QStringLiteral("enum"), QJsonArray::fromStringList(key.allowed));
            if (!key.placeholders.isEmpty())
                property.insert(QStringLiteral("x-placeholders"), QJsonArray::fromStringList(key.placeholders));
            break;
        case ProfileKey::Type::Boolean: property.insert(QStringLiteral("type"), QStringLiteral("boolean")); break;
        case ProfileKey::Type::Integer:
            property.insert(QStringLiteral("type"), QStringLiteral("integer"));
            property.insert(QStringLiteral("minimum"), *key.minimum);
            property.insert(QStringLiteral("maximum"), *key.maximum);
            break;
        case ProfileKey::Type::StringArray:
            property.insert(QStringLiteral("type"), QStringLiteral("array"));
            property.insert(QStringLiteral("items"), strings);
            break;
        case ProfileKey::Type::Object: property.insert(QStringLiteral("$ref"), QStringLiteral("#/$defs/") + key.level); break;
        case ProfileKey::Type::ObjectArray:
            property.insert(QStringLiteral("type"), QStringLiteral("array"));
            property.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("$ref"), QStringLiteral("#/$defs/") + key.level}});
            break;
        case ProfileKey::Type::Command:
            property.insert(QStringLiteral("$ref"), QStringLiteral("#/$defs/command"));
            property.insert(QStringLiteral("x-placeholders"), QJsonArray::fromStringList(key.placeholders));
            break;
        }
        return property;
    }
};

QTEST_MAIN(TestProfileLoader)
#include "tst_profileloader.moc"
