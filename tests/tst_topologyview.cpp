// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>
#include <TopologyView.h>

using namespace Lifeboat;

// The topology keeps what a node's state says: a stale lock and an
// unreachable host's reason, as the CLI gives them, and a tooltip about the
// node under the pointer only.
class TestTopologyView : public QObject
{
    Q_OBJECT

private:
    static ClusterProfile profile()
    {
        ClusterProfile profile;
        profile.name = QStringLiteral("states");
        for (const auto &[name, role] : { std::pair{ QStringLiteral("node1"), NodeRole::Primary },
                 std::pair{ QStringLiteral("node2"), NodeRole::Secondary },
                 std::pair{ QStringLiteral("publish1"), NodeRole::Publish } }) {
            NodeProfile node;
            node.name = name;
            node.role = role;
            profile.nodes.append(node);
        }
        return profile;
    }

    static QList<NodeStatus> statuses()
    {
        NodeStatus running;
        running.name = QStringLiteral("node1");
        running.running = true;
        NodeStatus stale;
        stale.name = QStringLiteral("node2");
        stale.lock = RepositoryLock::State::Stale;
        NodeStatus unreachable;
        unreachable.name = QStringLiteral("publish1");
        unreachable.present = false;
        unreachable.hostError = QStringLiteral("ssh: connect to host 192.0.2.7 port 22: Connection refused");
        return { running, stale, unreachable };
    }

private Q_SLOTS:
    void statesKeepTheirInformation()
    {
        TopologyView view;
        view.setProfile(profile());
        view.setStatuses(statuses());
        QCOMPARE(view.stateText(QStringLiteral("node1")), QStringLiteral("running"));
        QCOMPARE(view.stateText(QStringLiteral("node2")), QStringLiteral("stopped (stale .lock)"));
        QCOMPARE(view.stateText(QStringLiteral("publish1")),
            QStringLiteral("unreachable: ssh: connect to host 192.0.2.7 port 22: Connection refused"));
        QVERIFY(!view.accessibleDescription().contains(QStringLiteral("missing")));
    }

    void theTooltipDescribesTheNodeUnderThePointer()
    {
        TopologyView view;
        view.setProfile(profile());
        view.setStatuses(statuses());
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QPoint over = view.nodeRect(QStringLiteral("node2")).center().toPoint();
        QVERIFY(!view.nodeRect(QStringLiteral("node2")).isEmpty());
        QHelpEvent help(QEvent::ToolTip, over, view.mapToGlobal(over));
        QCoreApplication::sendEvent(&view, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("node2")), qPrintable(QToolTip::text()));
        QVERIFY2(
            QToolTip::text().contains(QStringLiteral("stopped (stale .lock)")), qPrintable(QToolTip::text()));
        QVERIFY2(!QToolTip::text().contains(QStringLiteral("node1")), qPrintable(QToolTip::text()));
        QVERIFY2(!QToolTip::text().contains(QStringLiteral("publish1")), qPrintable(QToolTip::text()));
    }
};

QTEST_MAIN(TestTopologyView)
#include "tst_topologyview.moc"
