// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <QTemporaryDir>
#include <QTest>
#include <backup/ArchiveFormat.h>
#include <cluster/BackupModeState.h>
#include <logging/Subsystem.h>
#include <optional>
#include <profile/ClusterProfile.h>
#include <run/OptionNames.h>
#include <run/ReportWriter.h>
#include <scenarios/ScenarioIds.h>
#include <scenarios/ScenarioRegistry.h>

using namespace Lifeboat;

namespace {

std::optional<ScenarioOption> optionOf(const QString &scenarioId, const QString &name)
{
    const Scenario *scenario = ScenarioRegistry::find(scenarioId);
    if (!scenario)
        return std::nullopt;
    for (const ScenarioOption &option : scenario->options()) {
        if (option.name == name)
            return option;
    }
    return std::nullopt;
}

} // namespace

// What each scenario declares about itself and its options, which the wizard,
// the command line, the summary, the report and the logs read instead of
// guessing from names.
class TestScenarioDeclarations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyScenarioHasItsCategory_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<ScenarioCategory>("category");
        for (const QLatin1StringView id : { ScenarioIds::backupOffline, ScenarioIds::backupRolling,
                 ScenarioIds::backupOnline, ScenarioIds::backupBootstrap, ScenarioIds::backupPublish })
            QTest::newRow(id.data()) << QString(id) << ScenarioCategory::Backup;
        for (const QLatin1StringView id : { ScenarioIds::restoreNode, ScenarioIds::restoreCluster,
                 ScenarioIds::recoverPublishNode, ScenarioIds::recoverPublishCluster })
            QTest::newRow(id.data()) << QString(id) << ScenarioCategory::Recovery;
        QTest::newRow("rehearse-restore")
            << QString(ScenarioIds::rehearseRestore) << ScenarioCategory::Rehearsal;
        QTest::newRow("rollback-restore")
            << QString(ScenarioIds::rollbackRestore) << ScenarioCategory::Rollback;
    }

    void everyScenarioHasItsCategory()
    {
        QFETCH(QString, id);
        QFETCH(ScenarioCategory, category);
        const Scenario *scenario = ScenarioRegistry::find(id);
        QVERIFY2(scenario, qPrintable(id));
        QCOMPARE(scenario->id(), id);
        QCOMPARE(scenario->category(), category);
        QCOMPARE(ScenarioRegistry::categoryOf(id), std::optional(category));
        QVERIFY(ScenarioRegistry::ofCategory(category).contains(scenario));
    }

    void theRegistryHoldsExactlyTheDeclaredIds()
    {
        QCOMPARE(ScenarioRegistry::all().size(), 11);
        int listed = 0;
        for (const ScenarioCategory category : { ScenarioCategory::Backup, ScenarioCategory::Recovery,
                 ScenarioCategory::Rehearsal, ScenarioCategory::Rollback })
            listed += int(ScenarioRegistry::ofCategory(category).size());
        QCOMPARE(listed, 11);
        QCOMPARE(ScenarioRegistry::categoryOf(QStringLiteral("backup-nothing")), std::nullopt);
    }

    void eachCategoryLogsUnderItsSubsystem()
    {
        QCOMPARE(QLatin1StringView(loggerName(ScenarioCategory::Backup)), QLatin1StringView("engine.backup"));
        QCOMPARE(
            QLatin1StringView(loggerName(ScenarioCategory::Recovery)), QLatin1StringView("engine.restore"));
        QCOMPARE(
            QLatin1StringView(loggerName(ScenarioCategory::Rollback)), QLatin1StringView("engine.restore"));
        QCOMPARE(QLatin1StringView(loggerName(ScenarioCategory::Rehearsal)),
            QLatin1StringView("engine.rehearsal"));
    }

    // The report measures a recovery time for restores and rehearsals only.
    void recoveryTimeIsForRestoresAndRehearsals()
    {
        for (const Scenario *scenario : ScenarioRegistry::all()) {
            const bool restores = scenario->category() == ScenarioCategory::Recovery
                || scenario->category() == ScenarioCategory::Rehearsal;
            QVERIFY2(
                ReportWriter::isRecoveryScenario(scenario->id()) == restores, qPrintable(scenario->id()));
        }
    }

    void nodeOptionsAcceptTheRightRoles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QList<NodeRole>>("roles");
        QTest::addColumn<bool>("required");
        QTest::newRow("backup-rolling")
            << QString(ScenarioIds::backupRolling) << QList<NodeRole>{ NodeRole::Secondary } << false;
        QTest::newRow("backup-online")
            << QString(ScenarioIds::backupOnline) << QList<NodeRole>{ NodeRole::Secondary } << false;
        QTest::newRow("backup-publish")
            << QString(ScenarioIds::backupPublish) << QList<NodeRole>{ NodeRole::Publish } << false;
        QTest::newRow("restore-node") << QString(ScenarioIds::restoreNode)
                                      << QList<NodeRole>{ NodeRole::Primary, NodeRole::Secondary } << true;
        QTest::newRow("recover-publish-node")
            << QString(ScenarioIds::recoverPublishNode) << QList<NodeRole>{ NodeRole::Publish } << true;
    }

    void nodeOptionsAcceptTheRightRoles()
    {
        QFETCH(QString, id);
        QFETCH(QList<NodeRole>, roles);
        QFETCH(bool, required);
        const auto node = optionOf(id, OptionNames::node);
        QVERIFY(node);
        QCOMPARE(node->kind, ScenarioOption::Kind::Node);
        QCOMPARE(node->required, required);
        for (const NodeRole role : { NodeRole::Primary, NodeRole::Secondary, NodeRole::Publish })
            QCOMPARE(node->accepts(role), roles.contains(role));
    }

    // Every option says what it is; a Node option names its roles, a choice
    // or a number says what is wrong with a value outside it.
    void everyOptionIsDeclaredCompletely()
    {
        for (const Scenario *scenario : ScenarioRegistry::all()) {
            for (const ScenarioOption &option : scenario->options()) {
                const QString where = scenario->id() + u' ' + option.name;
                QVERIFY2(!option.description.isEmpty(), qPrintable(where));
                QVERIFY2(option.isFlag() == option.valueName.isEmpty(), qPrintable(where));
                if (option.kind == ScenarioOption::Kind::Node)
                    QVERIFY2(!option.roles.isEmpty(), qPrintable(where));
                if (option.kind == ScenarioOption::Kind::Choice) {
                    QVERIFY2(!option.choices.isEmpty() && !option.invalid.isEmpty(), qPrintable(where));
                    QVERIFY2(option.choices.contains(option.defaultValue.toString()), qPrintable(where));
                }
                if (option.kind == ScenarioOption::Kind::Integer) {
                    QVERIFY2(option.minimum < option.maximum && !option.invalid.isEmpty(), qPrintable(where));
                    QVERIFY2(option.accepts(option.defaultValue), qPrintable(where));
                }
                QVERIFY2(option.kind != ScenarioOption::Kind::BackupSet
                        || scenario->category() != ScenarioCategory::Backup,
                    qPrintable(where));
            }
        }
    }

    void choicesAndRangesAreTheDeclaredOnes()
    {
        for (const QLatin1StringView id : { ScenarioIds::backupOffline, ScenarioIds::backupRolling,
                 ScenarioIds::backupOnline, ScenarioIds::backupBootstrap, ScenarioIds::backupPublish }) {
            const auto compression = optionOf(id, OptionNames::compression);
            QVERIFY(compression);
            QCOMPARE(compression->kind, ScenarioOption::Kind::Choice);
            QCOMPARE(compression->choices, archiveFormatNames());
            QCOMPARE(compression->defaultValue.toString(), archiveFormatName(ArchiveFormat::TarZstd));
        }
        QCOMPARE(archiveFormatNames(),
            (QStringList{ QStringLiteral("zstd"), QStringLiteral("gzip"), QStringLiteral("xz"),
                QStringLiteral("zip") }));

        const auto target = optionOf(ScenarioIds::backupOnline, OptionNames::target);
        QVERIFY(target);
        QCOMPARE(target->choices, (QStringList{ QStringLiteral("dir"), QStringLiteral("zip") }));
        QCOMPARE(target->defaultValue.toString(), QStringLiteral("dir"));

        const auto delay = optionOf(ScenarioIds::backupOnline, OptionNames::delay);
        QVERIFY(delay);
        QCOMPARE(delay->kind, ScenarioOption::Kind::Integer);
        QCOMPARE(delay->minimum, 0);
        QCOMPARE(delay->maximum, 60000);
        QCOMPARE(delay->unit, ScenarioOption::Unit::Milliseconds);

        for (const QLatin1StringView id : { ScenarioIds::backupRolling, ScenarioIds::backupOnline }) {
            const auto timeout = optionOf(id, OptionNames::timeout);
            QVERIFY(timeout);
            QCOMPARE(timeout->kind, ScenarioOption::Kind::Integer);
            QCOMPARE(timeout->minimum, 0);
            QCOMPARE(timeout->maximum, BackupModeState::maxTimeoutMinutes);
            QCOMPARE(timeout->unit, ScenarioOption::Unit::Minutes);
        }
        QVERIFY(!optionOf(ScenarioIds::backupOffline, OptionNames::timeout));

        auto set = optionOf(ScenarioIds::restoreCluster, OptionNames::backupSet);
        QVERIFY(set && set->kind == ScenarioOption::Kind::BackupSet && !set->required);
        set = optionOf(ScenarioIds::rehearseRestore, OptionNames::backupSet);
        QVERIFY(set && set->kind == ScenarioOption::Kind::BackupSet && set->required);
        const auto into = optionOf(ScenarioIds::rehearseRestore, OptionNames::into);
        QVERIFY(into && into->kind == ScenarioOption::Kind::Directory);
        const auto repository = optionOf(ScenarioIds::restoreNode, OptionNames::repository);
        QVERIFY(repository && repository->isFlag());
    }

    // completeOptions refuses what the declaration refuses, with the
    // declared words, and takes the ends of a range.
    void completeOptionsChecksTheDeclaration_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("compression gzip")
            << QString(OptionNames::compression) << QStringLiteral("gzip") << true;
        QTest::newRow("compression rar")
            << QString(OptionNames::compression) << QStringLiteral("rar") << false;
        QTest::newRow("target zip") << QString(OptionNames::target) << QStringLiteral("zip") << true;
        QTest::newRow("target tar") << QString(OptionNames::target) << QStringLiteral("tar") << false;
        QTest::newRow("delay 60000") << QString(OptionNames::delay) << QStringLiteral("60000") << true;
        QTest::newRow("delay 60001") << QString(OptionNames::delay) << QStringLiteral("60001") << false;
        QTest::newRow("delay -1") << QString(OptionNames::delay) << QStringLiteral("-1") << false;
        QTest::newRow("delay soon") << QString(OptionNames::delay) << QStringLiteral("soon") << false;
        QTest::newRow("timeout 0") << QString(OptionNames::timeout) << QStringLiteral("0") << true;
        QTest::newRow("timeout 10080") << QString(OptionNames::timeout) << QStringLiteral("10080") << true;
        QTest::newRow("timeout 10081") << QString(OptionNames::timeout) << QStringLiteral("10081") << false;
    }

    void completeOptionsChecksTheDeclaration()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const QTemporaryDir root;
        ClusterProfile profile;
        profile.name = QStringLiteral("declarations");
        profile.backupRoot = root.path();
        const Scenario *online = ScenarioRegistry::find(ScenarioIds::backupOnline);
        QVERIFY(online);
        QString error;
        const QVariantMap options = online->completeOptions(profile, { { name, value } }, &error);
        if (accepted) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(options.value(name).toString(), value);
        } else {
            QCOMPARE(error, optionOf(ScenarioIds::backupOnline, name)->invalid);
            QVERIFY(options.isEmpty());
        }
    }

    // The messages the command line has always given.
    void theRefusalsKeepTheirWords()
    {
        QCOMPARE(optionOf(ScenarioIds::backupOnline, OptionNames::compression)->invalid,
            QStringLiteral("--compression must be zstd, gzip, xz or zip."));
        QCOMPARE(optionOf(ScenarioIds::backupOnline, OptionNames::target)->invalid,
            QStringLiteral("--target must be dir or zip."));
        QCOMPARE(optionOf(ScenarioIds::backupOnline, OptionNames::delay)->invalid,
            QStringLiteral("--delay must be 0 to 60000 milliseconds."));
    }
};

QTEST_GUILESS_MAIN(TestScenarioDeclarations)
#include "tst_scenariodeclarations.moc"
