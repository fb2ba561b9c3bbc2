// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <cluster/NodeStatus.h>

#include <QHash>
#include <QRectF>
#include <QWidget>

namespace Lifeboat {

// The cluster drawn as boxes: the author primary, its secondaries, the
// publish nodes, and the shared GDS and databases. Each node box is colored
// and labelled by its last known state. It only draws what it is given.
class TopologyView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopologyView)

public:
    explicit TopologyView(QWidget *parent = nullptr);

    void setProfile(const ClusterProfile &profile);
    void setStatuses(const QList<NodeStatus> &statuses);
    QString stateText(const QString &node) const;
    // Where a node's box is drawn (empty for a node the view does not show).
    QRectF nodeRect(const QString &node) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    // A box is wide enough for "secondary · repository unsync" without eliding.
    static constexpr int boxWidth = 210;
    static constexpr int boxHeight = 52;
    static constexpr int gap = 16;
    static constexpr int rowGap = 28;

    // The boxes as they are drawn at the current size.
    struct Layout
    {
        QList<const NodeProfile *> authors;
        QList<const NodeProfile *> publishers;
        QStringList shared;
        QList<QRectF> authorRects;
        QList<QRectF> publishRects;
        QList<QRectF> sharedRects;
    };
    Layout boxes() const;
    void updateDescription();
    QColor stateColor(const QString &node) const;

    QString m_clusterName;
    QList<NodeProfile> m_nodes;
    QStringList m_databases;
    bool m_hasGds = false;
    QHash<QString, NodeStatus> m_statuses;
};

} // namespace Lifeboat
