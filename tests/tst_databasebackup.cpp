// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "support/DatabaseServers.h"
#include "support/SandboxFixture.h"

#include <cluster/NodeController.h>
#include <profile/SecretStore.h>
#include <backup/BackupSetLayout.h>
#include <run/RunRecord.h>
#include <run/StepContext.h>
#include <steps/DatabaseBackupStep.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

using namespace Lifeboat;
using namespace Lifeboat::Testing;

namespace {
const QString mariaName = QStringLiteral("custom_maria");
const QString pgName = QStringLiteral("custom_pg");
const QString mariaUser = QStringLiteral("lifeboat_backup");
const QString pgUser = QStringLiteral("lifeboat_pg");
const QString mariaSecret = QStringLiteral("custom-maria");
const QString pgSecret = QStringLiteral("custom-pg");

QString randomHex(int bytes)
{
    QString text;
    for (int i = 0; i < bytes; ++i)
        text += QString::number(QRandomGenerator::global()->bounded(256) + 256, 16).mid(1);
    return text;
}

// A password with the characters that break naive quoting (option files,
// SQL, shells), around a random core that no JSON or log escaping changes:
// the core is what the leak checks look for.
QString passwordAround(const QString &core)
{
    return QStringLiteral("Lb#") + core + QStringLiteral(" \"q'\\;$x");
}

QStringList lines(const QString &text)
{
    return text.split(u'\n');
}

// The first line where two snapshots differ, for a readable failure.
QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList a = lines(expected), b = lines(actual);
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1:\n  source:   %2\n  restored: %3").arg(i + 1).arg(a.value(i), b.value(i));
    }
    return {};
}

// Every process whose command line mentions `text`.
QStringList processesMentioning(const QString &text)
{
    QStringList found;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        pid.toInt(&number);
        if (!number)
            continue;
        QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray commandLine = file.readAll().replace('\0', ' ');
        if (commandLine.contains(text.toUtf8()))
            found.append(pid + u' ' + QString::fromUtf8(commandLine));
    }
    return found;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

// Files under `root` that contain `text`.
QStringList filesContaining(const QString &root, const QString &text)
{
    QStringList found;
    for (const QString &path : filesUnder(root)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            found.append(path);
    }
    return found;
}

// A step run in this process, as the runner would: its own profile with one
// database, a set id, and a cancel flag the test controls.
struct InProcessStep
{
    explicit InProcessStep(const DatabaseProfile &database)
    {
        profile.backupRoot = root.filePath(QStringLiteral("backups"));
        profile.databases = {database};
        nodes = std::make_unique<NodeController>(profile);
        context = std::make_unique<StepContext>(profile, *nodes, options, root.filePath(QStringLiteral("run")), &cancelled);
        step = DatabaseBackupStep::create(database);
    }
    QString staging() const { return BackupSetLayout::staging(profile.backupRoot, options.value(QStringLiteral("setId")).toString()); }
    QString work() const { return BackupSetLayout::workDirectory(staging()); }

    QTemporaryDir root;
    ClusterProfile profile;
    QVariantMap options{{QStringLiteral("setId"), QStringLiteral("20250101-000000-test")}};
    std::atomic_bool cancelled{false};
    std::unique_ptr<NodeController> nodes;
    std::unique_ptr<StepContext> context;
    std::unique_ptr<Step> step;
};
} // namespace

// Custom MariaDB and PostgreSQL databases go into the backup set as dumps
// that restore, on fresh servers, to identical databases: tables, rows,
// views, routines, triggers, events and functions. Real servers, real
// clients and the real `lifeboat` command line throughout.
class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_runs;
    std::unique_ptr<MariaDbServer> m_maria; // the source databases, shared by the tests
    std::unique_ptr<PostgresServer> m_pg;
    QString m_mariaCore = randomHex(12);
    QString m_pgCore = randomHex(12);

    QString mariaPassword() const { return passwordAround(m_mariaCore); }
    QString pgPassword() const { return passwordAround(m_pgCore); }

    static bool populateMaria(const MariaDbServer &server, const QString &password, QString *error)
    {
        if (!server.createUser(mariaUser, password, error))
            return false;
        QString sql = QStringLiteral(
            "CREATE DATABASE custom_maria CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n"
            "USE custom_maria;\n"
            "CREATE TABLE customers (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200),\n"
            "  created DATETIME NOT NULL, balance DECIMAL(12,2) NOT NULL DEFAULT 0, KEY by_email (email)) ENGINE=InnoDB;\n"
            "CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL, amount DECIMAL(12,2),\n"
            "  note TEXT, payload BLOB, FOREIGN KEY (customer_id) REFERENCES customers(id)) ENGINE=InnoDB;\n"
            "CREATE TABLE audit (id INT AUTO_INCREMENT PRIMARY KEY, order_id INT, action VARCHAR(20), at DATETIME) ENGINE=InnoDB;\n"
            "CREATE TRIGGER orders_audit AFTER INSERT ON orders FOR EACH ROW\n"
            "  INSERT INTO audit (order_id, action, at) VALUES (NEW.id, 'insert', NOW());\n"
            "DELIMITER //\n"
            "CREATE PROCEDURE add_order(IN c INT, IN a DECIMAL(12,2))\n"
            "BEGIN\n"
            "  INSERT INTO orders (customer_id, amount, note) VALUES (c, a, 'via procedure');\n"
            "  UPDATE customers SET balance = balance + a WHERE id = c;\n"
            "END//\n"
            "CREATE FUNCTION order_total(c INT) RETURNS DECIMAL(12,2) READS SQL DATA\n"
            "  RETURN (SELECT COALESCE(SUM(amount), 0) FROM orders WHERE customer_id = c)//\n"
            "DELIMITER ;\n"
            "CREATE VIEW big_orders AS SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id\n"
            "  WHERE o.amount > 100;\n"
            "CREATE EVENT purge_audit ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 00:00:00'\n"
            "  DO DELETE FROM audit WHERE at < '2000-01-01';\n");
        const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::UTC);
        QStringList customers;
        for (int i = 1; i <= 150; ++i)
            customers << QStringLiteral("('Customer %1', %2, '%3', %4)")
                             .arg(i)
                             .arg(i % 7 == 0 ? QStringLiteral("NULL") : QStringLiteral("'c%1@example.com'").arg(i))
                             .arg(start.addSecs(i * 3607).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                             .arg(i * 3.25, 0, 'f', 2);
        customers << QStringLiteral("(%1, 'tab\\there\\nand a new line', '2024-02-29 23:59:59', -1.50)")
                         .arg(MariaDbServer::quoted(QStringLiteral("Zoë O'Brien 東京")));
        sql += QStringLiteral("INSERT INTO customers (name, email, created, balance) VALUES %1;\n").arg(customers.join(u','));
        QStringList orders;
        for (int i = 1; i <= 400; ++i)
            orders << QStringLiteral("(%1, %2, %3, UNHEX('%4'))")
                          .arg(i % 151 + 1)
                          .arg(i * 1.75, 0, 'f', 2)
                          .arg(i % 5 == 0 ? QStringLiteral("NULL") : QStringLiteral("'order %1; \"quoted\"'").arg(i))
                          .arg(QString::fromLatin1(QByteArray::number(i * 7919, 16).rightJustified(8, '0') + "00ff0a27"));
        sql += QStringLiteral("INSERT INTO orders (customer_id, amount, note, payload) VALUES %1;\n").arg(orders.join(u','));
        sql += QStringLiteral("CALL add_order(1, 10.50);\n");
        // A backup user that can read everything and change nothing.
        for (const QString host : {QStringLiteral("localhost"), QStringLiteral("%")}) {
            const QString account = QStringLiteral("%1@'%2'").arg(MariaDbServer::quoted(mariaUser), host);
            sql += QStringLiteral("GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, LOCK TABLES ON custom_maria.* TO %1;\n"
                                  "GRANT SELECT ON mysql.proc TO %1;\n"
                                  "GRANT RELOAD, BINLOG MONITOR ON *.* TO %1;\n")
                       .arg(account);
        }
        const CommandResult result = server.sql(sql);
        if (result.exitCode != 0)
            *error = result.err;
        return result.exitCode == 0;
    }

    static QString mariaSnapshot(const MariaDbServer &server)
    {
        const CommandResult tables = server.sql(QStringLiteral(
            "SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'custom_maria' ORDER BY 1"));
        if (tables.exitCode != 0)
            return QStringLiteral("error: ") + tables.err;
        QString script = QStringLiteral("SELECT TABLE_NAME, TABLE_TYPE FROM information_schema.TABLES "
                                        "WHERE TABLE_SCHEMA = 'custom_maria' ORDER BY 1;\n");
        for (const QString &line : tables.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            const bool view = fields.value(1) == QLatin1String("VIEW");
            script += QStringLiteral("SHOW CREATE %1 `%2`;\nSELECT * FROM `%2` ORDER BY 1;\n")
                          .arg(view ? QStringLiteral("VIEW") : QStringLiteral("TABLE"), fields.first());
        }
        script += QStringLiteral(
            "SELECT ROUTINE_TYPE, ROUTINE_NAME, DTD_IDENTIFIER, ROUTINE_DEFINITION, DEFINER, SQL_DATA_ACCESS\n"
            "  FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'custom_maria' ORDER BY 1, 2;\n"
            "SELECT TRIGGER_NAME, EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_TIMING, ACTION_STATEMENT, DEFINER\n"
            "  FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = 'custom_maria' ORDER BY 1;\n"
            "SELECT EVENT_NAME, EVENT_DEFINITION, INTERVAL_VALUE, INTERVAL_FIELD, STARTS, STATUS, DEFINER\n"
            "  FROM information_schema.EVENTS WHERE EVENT_SCHEMA = 'custom_maria' ORDER BY 1;\n"
            "SELECT order_total(1), order_total(2), order_total(151);\n");
        const CommandResult result = server.sql(script, mariaName);
        return result.exitCode == 0 ? result.out : QStringLiteral("error: ") + result.err;
    }

    static bool populatePg(const PostgresServer &server, const QString &password, QString *error)
    {
        if (!server.createUser(pgUser, password, error))
            return false;
        CommandResult result = server.sql(QStringLiteral("CREATE DATABASE custom_pg OWNER lifeboat_pg;"));
        if (result.exitCode == 0) {
            // Owned by the application's user, as an application's schema is.
            result = server.sql(QStringLiteral(
                "SET ROLE lifeboat_pg;\n"
                "CREATE TABLE products (id serial PRIMARY KEY, name text NOT NULL, price numeric(10,2), tags text[],\n"
                "  data jsonb, created timestamptz NOT NULL, updated timestamptz);\n"
                "CREATE TABLE stock (product_id int NOT NULL REFERENCES products(id), warehouse text NOT NULL,\n"
                "  qty int NOT NULL CHECK (qty >= 0), PRIMARY KEY (product_id, warehouse));\n"
                "CREATE INDEX stock_by_warehouse ON stock (warehouse);\n"
                "INSERT INTO products (name, price, tags, data, created)\n"
                "  SELECT 'product ' || g, g * 1.25, ARRAY['t' || (g % 5), 'all'], jsonb_build_object('n', g, 'odd', g % 2 = 1),\n"
                "         timestamptz '2024-01-01 00:00:00+00' + g * interval '1 hour 7 seconds'\n"
                "  FROM generate_series(1, 300) g;\n"
                "INSERT INTO products (name, price, created) VALUES (E'Zoë O''Brien 東京\\ttab\\nnew line', NULL, now());\n"
                "INSERT INTO stock SELECT id, w, id % 17 FROM products, unnest(ARRAY['north', 'south']) w;\n"
                "CREATE FUNCTION stock_total(p int) RETURNS bigint LANGUAGE sql STABLE\n"
                "  AS $$ SELECT COALESCE(SUM(qty), 0) FROM stock WHERE product_id = p $$;\n"
                "CREATE FUNCTION touch_updated() RETURNS trigger LANGUAGE plpgsql\n"
                "  AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;\n"
                "CREATE TRIGGER products_touch BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION touch_updated();\n"
                "CREATE VIEW low_stock AS SELECT p.name, s.warehouse, s.qty FROM products p JOIN stock s ON s.product_id = p.id\n"
                "  WHERE s.qty < 3;\n"
                "UPDATE products SET price = price + 1 WHERE id <= 10;\n"),
                pgName);
        }
        if (result.exitCode != 0)
            *error = result.err;
        return result.exitCode == 0;
    }

    static QString pgSnapshot(const PostgresServer &server)
    {
        const CommandResult tables = server.sql(QStringLiteral(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'\n"
            "  ORDER BY 1;"), pgName);
        if (tables.exitCode != 0)
            return QStringLiteral("error: ") + tables.err;
        QString script = QStringLiteral(
            "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1;\n"
            "SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '') FROM information_schema.columns\n"
            "  WHERE table_schema = 'public' ORDER BY 1, ordinal_position;\n"
            "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint\n"
            "  WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2;\n"
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1;\n"
            "SELECT p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid) FROM pg_proc p\n"
            "  WHERE p.pronamespace = 'public'::regnamespace ORDER BY 1, 2;\n"
            "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1;\n"
            "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1;\n"
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1;\n"
            "SELECT stock_total(1), stock_total(2), stock_total(301);\n");
        for (const QString &table : tables.out.split(u'\n', Qt::SkipEmptyParts))
            script += QStringLiteral("SELECT '%1', x::text FROM \"%1\" x ORDER BY 2;\n").arg(table);
        const CommandResult result = server.sql(script, pgName);
        return result.exitCode == 0 ? result.out : QStringLiteral("error: ") + result.err;
    }

    QJsonObject mariaEntry(const MariaDbServer &server, bool viaSocket) const
    {
        return {{QStringLiteral("name"), mariaName}, {QStringLiteral("kind"), QStringLiteral("mariadb")},
                {QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), server.port()},
                {QStringLiteral("socket"), viaSocket ? server.socket() : QString()},
                {QStringLiteral("database"), mariaName}, {QStringLiteral("user"), mariaUser},
                {QStringLiteral("password"), QStringLiteral("{secret:%1}").arg(mariaSecret)}};
    }

    QJsonObject pgEntry(const PostgresServer &server, bool viaSocket) const
    {
        return {{QStringLiteral("name"), pgName}, {QStringLiteral("kind"), QStringLiteral("postgresql")},
                {QStringLiteral("host"), QStringLiteral("127.0.0.1")}, {QStringLiteral("port"), server.port()},
                {QStringLiteral("socket"), viaSocket ? server.socketDirectory() : QString()},
                {QStringLiteral("database"), pgName}, {QStringLiteral("user"), pgUser},
                {QStringLiteral("password"), QStringLiteral("{secret:%1}").arg(pgSecret)}};
    }

    static DatabaseProfile profileOf(const QJsonObject &entry)
    {
        DatabaseProfile database;
        database.name = entry[QLatin1String("name")].toString();
        databaseKindFromString(entry[QLatin1String("kind")].toString(), &database.kind);
        database.host = entry[QLatin1String("host")].toString();
        database.port = entry[QLatin1String("port")].toInt();
        database.socket = entry[QLatin1String("socket")].toString();
        database.database = entry[QLatin1String("database")].toString();
        database.user = entry[QLatin1String("user")].toString();
        database.password = entry[QLatin1String("password")].toString();
        return database;
    }

    // Appends `databases` to the sandbox's cluster.json, as an operator edits it.
    static bool addDatabases(const SandboxFixture &sandbox, const QList<QJsonObject> &databases)
    {
        QFile file(sandbox.path(QStringLiteral("cluster.json")));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QJsonObject profile = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray list = profile.value(QLatin1String("databases")).toArray();
        for (const QJsonObject &database : databases)
            list.append(database);
        profile.insert(QStringLiteral("databases"), list);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            && file.write(QJsonDocument(profile).toJson()) > 0;
    }

    static QJsonObject nodeStates(const SandboxFixture &sandbox)
    {
        const CommandResult status = sandbox.sandbox(QStringLiteral("status"), {QStringLiteral("--json")});
        QJsonObject states;
        for (const QJsonValue &node : QJsonDocument::fromJson(status.out.toUtf8()).object().value(QLatin1String("nodes")).toArray())
            states.insert(node[QLatin1String("name")].toString(),
                          node[QLatin1String("running")].toBool() ? QStringLiteral("running") : QStringLiteral("stopped"));
        return states;
    }

    static QStringList completeSets(const SandboxFixture &sandbox)
    {
        return QDir(sandbox.profile().backupRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    }

    static QStringList unfinishedSets(const SandboxFixture &sandbox)
    {
        return QDir(sandbox.profile().backupRoot).entryList({QStringLiteral(".*.partial")}, QDir::Dirs | QDir::Hidden);
    }

    QStringList runArguments(const SandboxFixture &sandbox) const
    {
        return {QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                QStringLiteral("--scenario"), QStringLiteral("backup-offline"), QStringLiteral("--yes"),
                QStringLiteral("--report-dir"), m_runs.path()};
    }

    QString newestRun() const
    {
        const QStringList runs = QDir(m_runs.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        return runs.isEmpty() ? QString() : m_runs.filePath(runs.first());
    }

    static CommandResult extract(const QString &archive, const QString &into)
    {
        return CommandRunner(into).run(QStringLiteral("tar"), {QStringLiteral("--zstd"), QStringLiteral("-xf"), archive,
                                                               QStringLiteral("-C"), into});
    }

    static QByteArray contentsOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LIFEBOAT_NODE_PROGRAM", LIFEBOAT_BIN_DIR "/lifeboat-node");
        QStringList missingList;
        for (const QString &missing : {MariaDbServer::missingPrograms(), PostgresServer::missingPrograms()}) {
            if (!missing.isEmpty())
                missingList.append(missing);
        }
        const QString missing = missingList.join(QStringLiteral(", "));
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("needs the MariaDB and PostgreSQL servers and clients; missing: ") + missing));
        m_maria = std::make_unique<MariaDbServer>();
        QVERIFY2(m_maria->isRunning(), qPrintable(m_maria->errorString()));
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->isRunning(), qPrintable(m_pg->errorString()));
        QString error;
        QVERIFY2(populateMaria(*m_maria, mariaPassword(), &error), qPrintable(error));
        QVERIFY2(populatePg(*m_pg, pgPassword(), &error), qPrintable(error));
        // For the steps run in this process; the CLI gets them per test.
        qputenv(SecretStore::environmentName(mariaSecret).toLatin1().constData(), mariaPassword().toUtf8());
        qputenv(SecretStore::environmentName(pgSecret).toLatin1().constData(), pgPassword().toUtf8());
    }

    void cleanupTestCase()
    {
        m_maria.reset();
        m_pg.reset();
    }

    void previewNamesTheDumpTheDatabaseAndTheTool()
    {
        InProcessStep maria(profileOf(mariaEntry(*m_maria, false)));
        QCOMPARE(maria.step->kind(), QStringLiteral("backup-mariadb"));
        const ChangeList mariaChanges = maria.step->preview(*maria.context);
        QCOMPARE(mariaChanges.size(), 1);
        QCOMPARE(mariaChanges.first().kind, Change::Kind::Write);
        QCOMPARE(mariaChanges.first().target, maria.work() + QStringLiteral("/custom_maria.sql"));
        QVERIFY2(mariaChanges.first().detail.contains(QStringLiteral("mariadb-dump")), qPrintable(mariaChanges.first().detail));
        QVERIFY(mariaChanges.first().detail.contains(QStringLiteral("custom_maria")));
        QVERIFY(mariaChanges.first().detail.contains(QStringLiteral("127.0.0.1:%1").arg(m_maria->port())));

        InProcessStep pg(profileOf(pgEntry(*m_pg, true)));
        QCOMPARE(pg.step->kind(), QStringLiteral("backup-postgresql"));
        const ChangeList pgChanges = pg.step->preview(*pg.context);
        QCOMPARE(pgChanges.size(), 1);
        QCOMPARE(pgChanges.first().kind, Change::Kind::Write);
        QCOMPARE(pgChanges.first().target, pg.work() + QStringLiteral("/custom_pg.dump"));
        QVERIFY2(pgChanges.first().detail.contains(QStringLiteral("pg_dump")), qPrintable(pgChanges.first().detail));
        QVERIFY(pgChanges.first().detail.contains(QStringLiteral("custom_pg")));
        // A preview changes nothing.
        QVERIFY(!QFileInfo::exists(maria.profile.backupRoot) && !QFileInfo::exists(pg.profile.backupRoot));
    }

    void backupOfflineDumpsBothDatabasesAndTheyRestoreIdentically()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        // MariaDB over TCP, PostgreSQL through its socket directory.
        QVERIFY(addDatabases(sandbox, {mariaEntry(*m_maria, false), pgEntry(*m_pg, true)}));
        {
            const CommandResult started = sandbox.sandbox(QStringLiteral("start"));
            QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        }
        sandbox.runner().setEnvironment(SecretStore::environmentName(mariaSecret), mariaPassword());
        sandbox.runner().setEnvironment(SecretStore::environmentName(pgSecret), pgPassword());
        const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));

        const RunRecord record = RunRecord::load(newestRun());
        QStringList kinds;
        for (const RunRecord::StepRecord &step : record.steps) {
            kinds.append(step.kind);
            QVERIFY2(step.result == QLatin1String("ok"), qPrintable(step.kind + u' ' + step.message));
        }
        QVERIFY2(kinds.contains(QStringLiteral("backup-mariadb")) && kinds.contains(QStringLiteral("backup-postgresql")),
                 qPrintable(kinds.join(u' ')));
        QCOMPARE(completeSets(sandbox).size(), 1);
        const QString set = sandbox.profile().backupRoot + u'/' + completeSets(sandbox).first();

        QTemporaryDir extracted;
        CommandResult tar = extract(set + QStringLiteral("/database-custom_maria.tar.zst"), extracted.path());
        QVERIFY2(tar.exitCode == 0, qPrintable(tar.err));
        tar = extract(set + QStringLiteral("/database-custom_pg.tar.zst"), extracted.path());
        QVERIFY2(tar.exitCode == 0, qPrintable(tar.err));
        const QString mariaDump = extracted.filePath(QStringLiteral("custom_maria.sql"));
        const QString pgDump = extracted.filePath(QStringLiteral("custom_pg.dump"));
        QVERIFY(contentsOf(mariaDump).contains("-- Dump completed"));
        QVERIFY(!contentsOf(mariaDump).contains("CHANGE MASTER TO")); // no binary log, no position
        QVERIFY(contentsOf(pgDump).startsWith("PGDMP"));

        const QString mariaSource = mariaSnapshot(*m_maria);
        for (const char *object : {"customers", "orders", "audit", "big_orders", "add_order", "order_total", "orders_audit", "purge_audit"})
            QVERIFY2(mariaSource.contains(QLatin1String(object)), object);
        QVERIFY(lines(mariaSource).size() > 550);
        MariaDbServer freshMaria;
        QVERIFY2(freshMaria.isRunning(), qPrintable(freshMaria.errorString()));
        const CommandResult mariaRestored = freshMaria.restore(mariaDump);
        QVERIFY2(mariaRestored.exitCode == 0, qPrintable(mariaRestored.err));
        const QString mariaCopy = mariaSnapshot(freshMaria);
        QVERIFY2(mariaCopy == mariaSource, qPrintable(firstDifference(mariaSource, mariaCopy)));

        const QString pgSource = pgSnapshot(*m_pg);
        for (const char *object : {"products", "stock", "low_stock", "stock_total", "touch_updated", "products_touch", "products_id_seq"})
            QVERIFY2(pgSource.contains(QLatin1String(object)), object);
        QVERIFY(lines(pgSource).size() > 900);
        PostgresServer freshPg;
        QVERIFY2(freshPg.isRunning(), qPrintable(freshPg.errorString()));
        const CommandResult pgRestored = freshPg.restore(pgDump, pgName);
        QVERIFY2(pgRestored.exitCode == 0, qPrintable(pgRestored.err));
        const QString pgCopy = pgSnapshot(freshPg);
        QVERIFY2(pgCopy == pgSource, qPrintable(firstDifference(pgSource, pgCopy)));

        // The passwords went to the clients, nowhere else.
        for (const QString &core : {m_mariaCore, m_pgCore}) {
            QVERIFY(!result.out.contains(core) && !result.err.contains(core));
            QCOMPARE(filesContaining(newestRun(), core), QStringList());
            QCOMPARE(filesContaining(sandbox.profile().backupRoot, core), QStringList());
        }
        QVERIFY(filesUnder(newestRun()).size() >= 3);
        QVERIFY(QFile::exists(newestRun() + QStringLiteral("/run.log")));
    }

    void withBinaryLoggingTheDumpRecordsTheBinaryLogPosition()
    {
        MariaDbServer maria(true);
        QVERIFY2(maria.isRunning(), qPrintable(maria.errorString()));
        QCOMPARE(maria.sql(QStringLiteral("SELECT @@log_bin")).out.trimmed(), QStringLiteral("1"));
        QString error;
        QVERIFY2(populateMaria(maria, mariaPassword(), &error), qPrintable(error));
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QVERIFY(addDatabases(sandbox, {mariaEntry(maria, true)}));
        {
            const CommandResult started = sandbox.sandbox(QStringLiteral("start"));
            QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        }
        sandbox.runner().setEnvironment(SecretStore::environmentName(mariaSecret), mariaPassword());
        const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));

        QCOMPARE(completeSets(sandbox).size(), 1);
        QTemporaryDir extracted;
        const CommandResult tar = extract(sandbox.profile().backupRoot + u'/' + completeSets(sandbox).first()
                                              + QStringLiteral("/database-custom_maria.tar.zst"),
                                          extracted.path());
        QVERIFY2(tar.exitCode == 0, qPrintable(tar.err));
        const QString dump = QString::fromUtf8(contentsOf(extracted.filePath(QStringLiteral("custom_maria.sql"))));
        // --master-data=2: the position as a comment, so a restore does not act on it.
        const QRegularExpressionMatch position = QRegularExpression(
            QStringLiteral("^-- CHANGE MASTER TO MASTER_LOG_FILE='(binlog\\.\\d+)', MASTER_LOG_POS=(\\d+);$"),
            QRegularExpression::MultilineOption).match(dump);
        QVERIFY2(position.hasMatch(), qPrintable(dump.left(3000)));
        const QString log = QString::fromUtf8(contentsOf(newestRun() + QStringLiteral("/run.log")));
        QVERIFY2(log.contains(QStringLiteral("matches binary log %1 at position %2").arg(position.captured(1), position.captured(2))),
                 qPrintable(log.right(3000)));
        QVERIFY(log.contains(QStringLiteral("--master-data=2")) || log.contains(QStringLiteral("--source-data=2")));
    }

    void aWrongPasswordFailsTheStepAndTheCleanupStillRuns()
    {
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QVERIFY(addDatabases(sandbox, {mariaEntry(*m_maria, false), pgEntry(*m_pg, true)}));
        {
            const CommandResult started = sandbox.sandbox(QStringLiteral("start"));
            QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        }
        const QJsonObject before = nodeStates(sandbox);
        QVERIFY(!before.isEmpty());
        for (const QJsonValue &state : before)
            QCOMPARE(state.toString(), QStringLiteral("running"));
        const QString wrongCore = randomHex(12);
        sandbox.runner().setEnvironment(SecretStore::environmentName(mariaSecret), passwordAround(wrongCore));
        sandbox.runner().setEnvironment(SecretStore::environmentName(pgSecret), pgPassword());
        const CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox));
        QCOMPARE(result.exitCode, 1);
        QVERIFY2((result.out + result.err).contains(mariaName), qPrintable(result.out + result.err));

        const RunRecord record = RunRecord::load(newestRun());
        QCOMPARE(record.result, QStringLiteral("failed"));
        qsizetype failed = -1;
        for (qsizetype i = 0; i < record.steps.size(); ++i) {
            if (record.steps[i].kind == QLatin1String("backup-mariadb"))
                failed = i;
        }
        QVERIFY(failed > 0);
        QCOMPARE(record.steps[failed].result, QStringLiteral("failed"));
        QVERIFY2(record.steps[failed].message.contains(mariaName) && record.steps[failed].message.contains(QStringLiteral("Access denied")),
                 qPrintable(record.steps[failed].message));
        QVERIFY(!record.steps[failed + 1].started);
        QVERIFY(!record.cleanup.isEmpty());
        for (const RunRecord::StepRecord &cleanup : record.cleanup)
            QVERIFY2(cleanup.result == QLatin1String("ok"), qPrintable(cleanup.kind + u' ' + cleanup.message));
        QCOMPARE(nodeStates(sandbox), before); // the nodes run again
        QVERIFY(completeSets(sandbox).isEmpty() && unfinishedSets(sandbox).isEmpty());

        for (const QString &core : {wrongCore, m_mariaCore, m_pgCore}) {
            QVERIFY(!result.out.contains(core) && !result.err.contains(core));
            QCOMPARE(filesContaining(newestRun(), core), QStringList());
        }
        for (const char *file : {"run.log", "journal.jsonl", "report.html"})
            QVERIFY2(QFile::exists(newestRun() + u'/' + QLatin1String(file)), file);
    }

    void aWrongPostgresPasswordNamesTheDatabase()
    {
        QJsonObject entry = pgEntry(*m_pg, false);
        entry.insert(QStringLiteral("password"), QStringLiteral("{secret:custom-pg-wrong}"));
        qputenv("LIFEBOAT_SECRET_CUSTOM_PG_WRONG", "not-the-password");
        InProcessStep pg(profileOf(entry));
        QVERIFY(!pg.step->run(*pg.context));
        QVERIFY2(pg.context->errorString().contains(pgName)
                     && pg.context->errorString().contains(QStringLiteral("password authentication failed")),
                 qPrintable(pg.context->errorString()));
        QVERIFY(!QFileInfo::exists(pg.work() + QStringLiteral("/custom_pg.dump")));
        QVERIFY(!QFileInfo::exists(BackupSetLayout::partFile(pg.staging(), QStringLiteral("database-custom_pg"))));
    }

    void aRepeatedStepStartsOverFromNothing()
    {
        for (const QJsonObject &entry : {mariaEntry(*m_maria, true), pgEntry(*m_pg, false)}) {
            InProcessStep step(profileOf(entry));
            const QString name = entry[QLatin1String("name")].toString();
            const bool maria = name == mariaName;
            const QString dump = step.work() + (maria ? QStringLiteral("/custom_maria.sql") : QStringLiteral("/custom_pg.dump"));
            const QString optionFile = step.work() + QStringLiteral("/.custom_maria.my.cnf");
            // What an interrupted run may leave: a partial dump (and a stale option file).
            QVERIFY(QDir().mkpath(step.work()));
            for (const QString &leftover : maria ? QStringList{dump, optionFile} : QStringList{dump}) {
                QFile file(leftover);
                QVERIFY(file.open(QIODevice::WriteOnly) && file.write("left over from an interrupted run\n") > 0);
            }
            for (int run = 1; run <= 2; ++run) {
                QVERIFY2(step.step->run(*step.context), qPrintable(step.context->errorString()));
                const QByteArray contents = contentsOf(dump);
                QVERIFY2(!contents.contains("left over"), qPrintable(dump));
                QVERIFY(maria ? contents.contains("-- Dump completed") : contents.startsWith("PGDMP"));
                QVERIFY(QFileInfo::exists(BackupSetLayout::partFile(step.staging(), QStringLiteral("database-") + name)));
                QVERIFY(!QFileInfo::exists(optionFile));
                // The archive holds exactly the dump.
                QTemporaryDir extracted;
                QCOMPARE(extract(step.staging() + QStringLiteral("/database-%1.tar.zst").arg(name), extracted.path()).exitCode, 0);
                QCOMPARE(contentsOf(extracted.filePath(QFileInfo(dump).fileName())), contents);
            }
        }
    }

    void cancellingKillsTheDumpAtOnce_data()
    {
        QTest::addColumn<bool>("maria");
        QTest::newRow("mariadb") << true;
        QTest::newRow("postgresql") << false;
    }

    void cancellingKillsTheDumpAtOnce()
    {
        QFETCH(bool, maria);
        InProcessStep step(profileOf(maria ? mariaEntry(*m_maria, false) : pgEntry(*m_pg, true)));
        // A lock held in another session stalls the dump; the cancel must not wait for it.
        QProcess locker;
        std::function<bool()> dumpIsWaiting;
        if (maria) {
            locker.start(QStandardPaths::findExecutable(QStringLiteral("mariadb")),
                         {QStringLiteral("--no-defaults"), QStringLiteral("--user=root"), QStringLiteral("--socket=") + m_maria->socket()});
            QVERIFY(locker.waitForStarted());
            locker.write("LOCK TABLES custom_maria.customers WRITE; SELECT SLEEP(120);\n");
            dumpIsWaiting = [this] {
                return m_maria->sql(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE USER = '%1' "
                                                   "AND STATE LIKE 'Waiting for table metadata lock%'").arg(mariaUser))
                           .out.trimmed() == QLatin1String("1");
            };
        } else {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("PGPASSWORD"), pgPassword()); // the owner may lock its tables
            locker.setProcessEnvironment(environment);
            locker.start(PostgresServer::binDirectory() + QStringLiteral("/psql"),
                         {QStringLiteral("--host=") + m_pg->socketDirectory(), QStringLiteral("--port=%1").arg(m_pg->port()),
                          QStringLiteral("--username=") + pgUser, QStringLiteral("--dbname=") + pgName,
                          QStringLiteral("--no-password"), QStringLiteral("--quiet")});
            QVERIFY(locker.waitForStarted());
            locker.write("BEGIN; LOCK TABLE products IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(120);\n");
            dumpIsWaiting = [this] {
                return m_pg->sql(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE usename = '%1' "
                                                "AND wait_event_type = 'Lock'").arg(pgUser))
                           .out.trimmed() == QLatin1String("1");
            };
        }

        QVERIFY(locker.waitForBytesWritten());
        const auto lockIsHeld = [&] {
            return maria ? m_maria->sql(QStringLiteral("SELECT COUNT(*) FROM information_schema.PROCESSLIST "
                                                       "WHERE INFO LIKE 'SELECT SLEEP(120)%'")).out.trimmed() == QLatin1String("1")
                         : m_pg->sql(QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(120)%'"))
                                   .out.trimmed() == QLatin1String("1");
        };
        QTRY_VERIFY_WITH_TIMEOUT(lockIsHeld(), 30000);

        bool ran = true;
        std::thread worker([&step, &ran] { ran = step.step->run(*step.context); });
        QElapsedTimer waited;
        waited.start();
        bool stalled = false;
        while (!(stalled = dumpIsWaiting()) && waited.elapsed() < 30000)
            QThread::msleep(100);
        const QStringList dumpProcesses = processesMentioning(step.work());
        QElapsedTimer cancel;
        cancel.start();
        step.cancelled = true;
        worker.join();
        const qint64 took = cancel.elapsed();
        locker.kill();
        locker.waitForFinished();
        // Killing the client does not end its session: the server notices only
        // when the sleep returns, two minutes on, and until then the lock stalls
        // the next test's dump (a backup timed out in CI that way). End it here.
        if (maria)
            m_maria->sql(QStringLiteral("SELECT CONCAT('KILL ', ID) FROM information_schema.PROCESSLIST "
                                        "WHERE INFO LIKE 'SELECT SLEEP(120)%' INTO @kill; "
                                        "EXECUTE IMMEDIATE COALESCE(@kill, 'DO 0');"));
        else
            m_pg->sql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(120)%'"));
        QTRY_VERIFY_WITH_TIMEOUT(!lockIsHeld(), 30000);

        QVERIFY2(stalled, "the dump never waited for the lock");
        QVERIFY2(!dumpProcesses.isEmpty(), "no dump process while the dump waits");
        QVERIFY(!ran);
        QCOMPARE(step.context->errorString(), QStringLiteral("Cancelled by the user."));
        QVERIFY2(took < 3000, qPrintable(QStringLiteral("the cancel took %1 ms").arg(took)));
        QCOMPARE(processesMentioning(step.work()), QStringList());
        QVERIFY(!QFileInfo::exists(step.work() + (maria ? QStringLiteral("/custom_maria.sql") : QStringLiteral("/custom_pg.dump"))));
        QVERIFY(!QFileInfo::exists(step.work() + QStringLiteral("/.custom_maria.my.cnf")));
    }
    // restore-cluster loads the set's dumps back into both servers after
    // keeping what they hold now in the quarantine; rollback-restore loads
    // that back. Both databases end exactly as they were each time.
    void restoreClusterLoadsTheDumpsAndRollbackLoadsWhatWasThere()
    {
        // Restoring needs more than reading: the user may now change custom_maria,
        // and keep the definer of the dump's views, routines, triggers and events.
        for (const QString host : {QStringLiteral("localhost"), QStringLiteral("%")}) {
            const QString account = QStringLiteral("%1@'%2'").arg(MariaDbServer::quoted(mariaUser), host);
            const CommandResult granted = m_maria->sql(QStringLiteral("GRANT ALL PRIVILEGES ON custom_maria.* TO %1;\n"
                                                                      "GRANT SET USER ON *.* TO %1;").arg(account));
            QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        }
        SandboxFixture sandbox({QStringLiteral("--size-mb"), QStringLiteral("2"), QStringLiteral("--activity"), QStringLiteral("0")});
        QVERIFY(sandbox.created());
        QVERIFY(addDatabases(sandbox, {mariaEntry(*m_maria, true), pgEntry(*m_pg, false)}));
        {
            const CommandResult started = sandbox.sandbox(QStringLiteral("start"));
            QVERIFY2(started.exitCode == 0, qPrintable(started.out + started.err));
        }
        sandbox.runner().setEnvironment(SecretStore::environmentName(mariaSecret), mariaPassword());
        sandbox.runner().setEnvironment(SecretStore::environmentName(pgSecret), pgPassword());
        CommandResult result = sandbox.runner().lifeboat(runArguments(sandbox));
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString mariaAtBackup = mariaSnapshot(*m_maria);
        const QString pgAtBackup = pgSnapshot(*m_pg);

        // Work done after the backup, which the restore takes back.
        CommandResult changed = m_maria->sql(QStringLiteral("UPDATE customers SET balance = 0; DELETE FROM orders WHERE id > 300;\n"
                                                            "CREATE TABLE after_backup (id INT PRIMARY KEY);"), mariaName);
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        changed = m_pg->sql(QStringLiteral("SET ROLE lifeboat_pg; UPDATE products SET price = 0 WHERE id < 100;\n"
                                           "DELETE FROM stock WHERE warehouse = 'north';"), pgName);
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        const QString mariaChanged = mariaSnapshot(*m_maria);
        const QString pgChanged = pgSnapshot(*m_pg);
        QVERIFY(mariaChanged != mariaAtBackup && pgChanged != pgAtBackup);

        QStringList restore{QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")), QStringLiteral("--scenario"),
                            QStringLiteral("restore-cluster")};
        result = sandbox.runner().lifeboat(QStringList{QStringLiteral("plan")} + restore);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        for (const QString &name : {mariaName, pgName})
            QVERIFY2(result.out.contains(QStringLiteral("Restore the %1 database").arg(name)), qPrintable(result.out));
        // Killed right after keeping what custom_maria holds, then resumed: the
        // repeat must not keep the half-restored state over it.
        sandbox.runner().setEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"), QStringLiteral("kept:") + mariaName);
        result = sandbox.runner().lifeboat(QStringList{QStringLiteral("run")} + restore
                                           + QStringList{QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()});
        sandbox.runner().unsetEnvironment(QStringLiteral("LIFEBOAT_FAILPOINT"));
        QVERIFY2(result.exitCode == -1, qPrintable(result.out + result.err));
        result = sandbox.runner().lifeboat({QStringLiteral("resume"), QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(mariaSnapshot(*m_maria) == mariaAtBackup, qPrintable(firstDifference(mariaAtBackup, mariaSnapshot(*m_maria))));
        QVERIFY2(pgSnapshot(*m_pg) == pgAtBackup, qPrintable(firstDifference(pgAtBackup, pgSnapshot(*m_pg))));
        const QString restoreRun = QFileInfo(newestRun()).fileName();
        QCOMPARE(RunRecord::load(newestRun()).result, QStringLiteral("succeeded"));
        QCOMPARE(RunRecord::load(newestRun()).resumes, 1);

        // What the databases held is kept, as dumps, in the quarantine under the backup root.
        result = sandbox.runner().lifeboat({QStringLiteral("quarantine"), QStringLiteral("list"), QStringLiteral("--profile"),
                                            sandbox.path(QStringLiteral("cluster.json")), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QStringList kept;
        for (const QJsonValue &run : QJsonDocument::fromJson(result.out.toUtf8()).array()) {
            for (const QJsonValue &entry : run[QLatin1String("entries")].toArray()) {
                const QString stored = entry[QLatin1String("stored")].toString();
                if (stored.startsWith(sandbox.profile().backupRoot + QStringLiteral("/.lifeboat-quarantine/") + restoreRun))
                    kept.append(QFileInfo(stored).fileName());
            }
        }
        kept.sort();
        QCOMPARE(kept, QStringList({QStringLiteral("custom_maria.sql"), QStringLiteral("custom_pg.dump")}));
        QVERIFY(completeSets(sandbox).size() == 1); // the catalog does not mistake the quarantine for a set

        result = sandbox.runner().lifeboat({QStringLiteral("run"), QStringLiteral("--profile"), sandbox.path(QStringLiteral("cluster.json")),
                                            QStringLiteral("--scenario"), QStringLiteral("rollback-restore"), QStringLiteral("--run"),
                                            restoreRun, QStringLiteral("--yes"), QStringLiteral("--report-dir"), m_runs.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        QVERIFY2(mariaSnapshot(*m_maria) == mariaChanged, qPrintable(firstDifference(mariaChanged, mariaSnapshot(*m_maria))));
        QVERIFY2(pgSnapshot(*m_pg) == pgChanged, qPrintable(firstDifference(pgChanged, pgSnapshot(*m_pg))));
        for (const QString &core : {m_mariaCore, m_pgCore}) {
            QVERIFY(!result.out.contains(core) && !result.err.contains(core));
            QCOMPARE(filesContaining(sandbox.profile().backupRoot, core), QStringList());
        }
    }
};

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
