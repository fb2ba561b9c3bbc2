// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "TopologyView.h"

#include <support/DisplayWords.h>

#include <QHelpEvent>
#include <QPainter>
#include <QPalette>
#include <QToolTip>

namespace Lifeboat {

TopologyView::TopologyView(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Cluster topology"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateDescription();
}

void TopologyView::setProfile(const ClusterProfile &profile)
{
    m_clusterName = profile.name;
    m_nodes = profile.nodes;
    m_hasGds = !profile.gds.isEmpty();
    m_databases.clear();
    for (const DatabaseProfile &database : profile.databases)
        m_databases.append(database.name);
    m_statuses.clear();
    updateGeometry();
    updateDescription();
    update();
}

void TopologyView::setStatuses(const QList<NodeStatus> &statuses)
{
    m_statuses.clear();
    for (const NodeStatus &status : statuses)
        m_statuses.insert(status.name, status);
    updateDescription();
    update();
}

QString TopologyView::stateText(const QString &node) const
{
    const auto it = m_statuses.constFind(node);
    if (it == m_statuses.constEnd())
        return tr("unknown");
    // Not "missing" when nobody could look: the reason, as the CLI gives it.
    if (!it->running && !it->hostError.isEmpty())
        return tr("unreachable: %1").arg(it->hostError);
    if (!it->present)
        return tr("missing");
    if (it->repositoryUnsync)
        return tr("repository unsync");
    if (it->running && it->backupModeActive)
        return it->backupModeLabel.isEmpty() ? tr("in backup mode")
                                             : tr("in backup mode (%1)").arg(it->backupModeLabel);
    if (it->running)
        return tr("running");
    return it->lock == RepositoryLock::State::Stale ? tr("stopped (stale .lock)") : tr("stopped");
}

QColor TopologyView::stateColor(const QString &node) const
{
    const QColor base = palette().color(QPalette::Base);
    const QColor tint = [&] {
        const auto it = m_statuses.constFind(node);
        if (it == m_statuses.constEnd())
            return palette().color(QPalette::Mid);
        if (!it->present || it->repositoryUnsync)
            return QColor(0xd0, 0x30, 0x30);
        if (it->running && it->backupModeActive)
            return QColor(0x30, 0x70, 0xd0);
        return it->running ? QColor(0x30, 0xa0, 0x40) : QColor(0xd0, 0x90, 0x20);
    }();
    // Blend with the base color so the text stays readable in light and dark themes.
    return QColor((base.red() * 2 + tint.red()) / 3, (base.green() * 2 + tint.green()) / 3,
                  (base.blue() * 2 + tint.blue()) / 3);
}

void TopologyView::updateDescription()
{
    if (m_nodes.isEmpty()) {
        setAccessibleDescription(tr("No cluster profile loaded."));
        return;
    }
    QStringList parts;
    for (const NodeProfile &node : std::as_const(m_nodes))
        parts.append(tr("%1 (%2): %3").arg(node.name, DisplayWords::role(node.role), stateText(node.name)));
    setAccessibleDescription(parts.join(QStringLiteral("; ")));
}

bool TopologyView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    // The node under the pointer only; nothing over the shared parts or between boxes.
    const auto *help = static_cast<QHelpEvent *>(event);
    for (const NodeProfile &node : std::as_const(m_nodes)) {
        if (nodeRect(node.name).contains(help->pos())) {
            QToolTip::showText(help->globalPos(),
                               tr("%1 (%2): %3").arg(node.name, DisplayWords::role(node.role), stateText(node.name)), this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

QRectF TopologyView::nodeRect(const QString &node) const
{
    const Layout layout = boxes();
    for (int i = 0; i < layout.authors.size(); ++i) {
        if (layout.authors.at(i)->name == node)
            return layout.authorRects.at(i);
    }
    for (int i = 0; i < layout.publishers.size(); ++i) {
        if (layout.publishers.at(i)->name == node)
            return layout.publishRects.at(i);
    }
    return {};
}

TopologyView::Layout TopologyView::boxes() const
{
    Layout layout;
    for (const NodeProfile &node : std::as_const(m_nodes))
        (node.isAuthor() ? layout.authors : layout.publishers).append(&node);
    const int rowHeight = qMax(boxHeight, (height() - 2 * gap) / 3 - rowGap / 2);
    const int bh = qMin(boxHeight, rowHeight);
    const auto rowRects = [&](int count, int row) {
        QList<QRectF> rects;
        const int n = qMax(count, 1);
        const int w = qMin(boxWidth, (width() - gap * (n + 1)) / n);
        const int total = n * w + (n - 1) * gap;
        const int x0 = (width() - total) / 2;
        const int y = gap + row * (bh + rowGap);
        for (int i = 0; i < count; ++i)
            rects.append(QRectF(x0 + i * (w + gap), y, w, bh));
        return rects;
    };
    layout.authorRects = rowRects(int(layout.authors.size()), 0);
    layout.publishRects = rowRects(int(layout.publishers.size()), 1);
    if (m_hasGds)
        layout.shared.append(tr("GDS (shared)"));
    for (const QString &database : std::as_const(m_databases))
        layout.shared.append(tr("Database %1").arg(database));
    layout.sharedRects = rowRects(int(layout.shared.size()), 2);
    return layout;
}

QSize TopologyView::sizeHint() const
{
    int authors = 0;
    int publishers = 0;
    for (const NodeProfile &node : m_nodes)
        (node.isAuthor() ? authors : publishers)++;
    const int columns = qMax(qMax(authors, publishers), 2);
    return {columns * (boxWidth + gap) + gap, 3 * (boxHeight + rowGap) + 2 * gap};
}

QSize TopologyView::minimumSizeHint() const
{
    return {3 * (boxWidth / 2 + gap), 3 * (boxHeight + rowGap)};
}

void TopologyView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    if (m_nodes.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No cluster chosen yet."));
        return;
    }

    const Layout layout = boxes();
    const QList<const NodeProfile *> &authors = layout.authors;
    const QList<const NodeProfile *> &publishers = layout.publishers;

    auto drawBox = [&](const QRectF &box, const QString &title, const QString &subtitle, const QColor &fill) {
        painter.setPen(QPen(pal.color(QPalette::WindowText), 1));
        painter.setBrush(fill);
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(pal.color(QPalette::Text));
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QRectF inner = box.adjusted(4, 3, -4, -3);
        const QFontMetrics boldMetrics(bold);
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), inner.height() / 2),
                         Qt::AlignCenter, boldMetrics.elidedText(title, Qt::ElideRight, int(inner.width())));
        painter.setFont(font());
        painter.drawText(QRectF(inner.left(), inner.center().y(), inner.width(), inner.height() / 2),
                         Qt::AlignCenter, fontMetrics().elidedText(subtitle, Qt::ElideRight, int(inner.width())));
    };

    const QList<QRectF> &authorRects = layout.authorRects;
    const QList<QRectF> &publishRects = layout.publishRects;
    const QStringList &shared = layout.shared;
    const QList<QRectF> &sharedRects = layout.sharedRects;

    // Links: primary to every other author, every author to the shared storage.
    painter.setPen(QPen(pal.color(QPalette::Mid), 1.5));
    if (!authorRects.isEmpty()) {
        for (const QRectF &p : publishRects)
            painter.drawLine(authorRects.first().center(), p.center());
        for (const QRectF &a : authorRects)
            for (const QRectF &s : sharedRects)
                painter.drawLine(a.center(), s.center());
    }

    for (int i = 0; i < authors.size(); ++i) {
        const NodeProfile *node = authors.at(i);
        // The name alone on the first line; the role goes with the state, so
        // neither is cut short in a narrow box.
        drawBox(authorRects.at(i), node->name, tr("%1 · %2").arg(DisplayWords::role(node->role), stateText(node->name)),
                stateColor(node->name));
    }
    for (int i = 0; i < publishers.size(); ++i) {
        const NodeProfile *node = publishers.at(i);
        drawBox(publishRects.at(i), node->name, tr("%1 · %2").arg(tr("publish"), stateText(node->name)), stateColor(node->name));
    }
    for (int i = 0; i < shared.size(); ++i)
        drawBox(sharedRects.at(i), shared.at(i), tr("shared"), pal.color(QPalette::AlternateBase));
}

} // namespace Lifeboat
