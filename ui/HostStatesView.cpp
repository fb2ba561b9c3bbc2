// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HostStatesView.h"

#include "ErrorLabel.h"
#include "HostKeyDialog.h"

#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace Lifeboat {

namespace {
constexpr int iconSize = 16;
// Enough for every host of a cluster at once; each mostly waits on ssh.
constexpr int checkingThreads = 8;

QString addressText(const HostProfile &host)
{
    return host.port == 22 ? host.address : QStringLiteral("%1:%2").arg(host.address).arg(host.port);
}

QStyle::StandardPixmap iconFor(Hosts::State::Kind kind)
{
    switch (kind) {
    case Hosts::State::Kind::Local:
    case Hosts::State::Kind::Connected:
        return QStyle::SP_DialogApplyButton;
    case Hosts::State::Kind::FirstSeen:
        return QStyle::SP_MessageBoxWarning;
    default:
        return QStyle::SP_MessageBoxCritical;
    }
}
} // namespace

HostStatesView::HostStatesView(QWidget *parent)
    : QWidget(parent)
    , m_rowsLayout(new QVBoxLayout)
    , m_summary(new QLabel(this))
    , m_error(new ErrorLabel(this))
    , m_checkAgain(new QPushButton(tr("Check the hosts &again"), this))
{
    m_pool.setMaxThreadCount(checkingThreads);
    auto *group = new QGroupBox(tr("Hosts"), this);
    auto *groupLayout = new QVBoxLayout(group);
    m_rowsLayout->setSpacing(2);
    groupLayout->addLayout(m_rowsLayout);
    auto *bottom = new QHBoxLayout;
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Hosts summary"));
    m_checkAgain->setAccessibleName(tr("Check the hosts again"));
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_checkAgain, 0, Qt::AlignTop);
    groupLayout->addLayout(bottom);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Host error"));
    m_error->hide();
    groupLayout->addWidget(m_error);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(group);
    hide();
    connect(m_checkAgain, &QPushButton::clicked, this, &HostStatesView::checkAgain);
}

HostStatesView::~HostStatesView()
{
    // The checks in flight use nothing of this view, but the pool must not
    // outlive its threads; what is queued and not yet begun is dropped.
    m_pool.clear();
    m_pool.waitForDone();
}

QString HostStatesView::kindText(Hosts::State::Kind kind)
{
    switch (kind) {
    case Hosts::State::Kind::Local:
        return tr("this machine");
    case Hosts::State::Kind::Connected:
        return tr("connected");
    case Hosts::State::Kind::FirstSeen:
        return tr("host key to confirm");
    case Hosts::State::Kind::KeyChanged:
        return tr("host key changed");
    case Hosts::State::Kind::Unreachable:
        return tr("unreachable");
    case Hosts::State::Kind::LoginFailed:
        return tr("login refused");
    case Hosts::State::Kind::HelperMissing:
        return tr("Lifeboat's helper missing");
    }
    return {};
}

void HostStatesView::setProfile(const ClusterProfile &profile)
{
    m_profile = std::make_shared<const ClusterProfile>(profile);
    clearRows();
    for (const HostProfile &host : profile.hosts)
        addRow(host);
    setVisible(!profile.hosts.isEmpty());
    checkAgain();
}

void HostStatesView::checkAgain()
{
    const int generation = ++m_generation;
    m_states.clear();
    m_error->hide();
    if (!m_profile || m_profile->hosts.isEmpty()) {
        m_checking = false;
        Q_EMIT statesChanged();
        return;
    }
    m_checking = true;
    m_checkAgain->setEnabled(false);
    QStringList names;
    for (const HostProfile &host : m_profile->hosts) {
        names.append(host.name);
        showChecking(host.name);
    }
    updateSummary();
    Q_EMIT statesChanged();
    // Each check connects (seconds, up to ssh's timeout for a silent host);
    // each row shows its answer as it comes.
    auto *watcher = new QFutureWatcher<Hosts::State>(this);
    connect(watcher, &QFutureWatcherBase::resultReadyAt, this, [this, watcher, generation](int index) {
        if (generation == m_generation)
            showAnswer(watcher->resultAt(index));
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            finishChecking();
    });
    watcher->setFuture(QtConcurrent::mapped(&m_pool, names,
        [profile = m_profile](const QString &host) { return Hosts::of(*profile)->check(host); }));
}

void HostStatesView::showAnswer(const Hosts::State &state)
{
    m_states.insert(state.host, state);
    showState(state);
}

void HostStatesView::finishChecking()
{
    m_checking = false;
    m_checkAgain->setEnabled(true);
    updateSummary();
    Q_EMIT statesChanged();
}

bool HostStatesView::allUsable() const
{
    if (!m_profile)
        return true;
    return std::all_of(m_profile->hosts.cbegin(), m_profile->hosts.cend(), [this](const HostProfile &host) {
        const auto found = m_states.constFind(host.name);
        return found != m_states.cend() && found->usable();
    });
}

QString HostStatesView::stateText(const QString &host) const
{
    const auto found = m_states.constFind(host);
    return found == m_states.cend() ? tr("checking…") : kindText(found->kind);
}

QPushButton *HostStatesView::keyButton(const QString &host) const
{
    const Row row = m_rows.value(host);
    return row.key && !row.key->isHidden() ? row.key : nullptr;
}

void HostStatesView::clearRows()
{
    while (QLayoutItem *item = m_rowsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
}

void HostStatesView::addRow(const HostProfile &host)
{
    auto *widget = new QWidget(this);
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    Row row;
    row.icon = new QLabel(widget);
    row.text = new QLabel(widget);
    row.text->setTextFormat(Qt::RichText);
    row.text->setWordWrap(true);
    row.text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.key = new QPushButton(widget);
    row.key->hide();
    layout->addWidget(row.icon, 0, Qt::AlignTop);
    layout->addWidget(row.text, 1);
    layout->addWidget(row.key, 0, Qt::AlignTop);
    connect(row.key, &QPushButton::clicked, this, [this, name = host.name] { openKeyDialog(name); });
    m_rows.insert(host.name, row);
    m_rowsLayout->addWidget(widget);
}

void HostStatesView::showChecking(const QString &host)
{
    const Row row = m_rows.value(host);
    const HostProfile *settings = m_profile->host(host);
    if (!row.text || !settings)
        return;
    row.icon->setPixmap(
        style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this).pixmap(iconSize, iconSize));
    row.text->setText(
        QStringLiteral("<b>%1</b> · %2 — %3")
            .arg(host.toHtmlEscaped(), addressText(*settings).toHtmlEscaped(), tr("checking…")));
    row.text->setToolTip({});
    row.text->setAccessibleName(tr("%1: %2").arg(host, tr("checking…")));
    row.key->hide();
}

void HostStatesView::showState(const Hosts::State &state)
{
    const Row row = m_rows.value(state.host);
    const HostProfile *settings = m_profile->host(state.host);
    if (!row.text || !settings)
        return;
    const QString words = kindText(state.kind);
    row.icon->setPixmap(style()->standardIcon(iconFor(state.kind), nullptr, this).pixmap(iconSize, iconSize));
    QString text
        = QStringLiteral("<b>%1</b> · %2 — <b>%3</b>")
              .arg(state.host.toHtmlEscaped(), addressText(*settings).toHtmlEscaped(), words.toHtmlEscaped());
    if (!state.usable())
        text += QStringLiteral("<br>%1<br><i>%2</i>")
                    .arg(reasonFor(state).toHtmlEscaped(),
                        tr("What to do: %1").arg(hintFor(state)).toHtmlEscaped());
    row.text->setText(text);
    row.text->setToolTip(state.message);
    row.text->setAccessibleName(tr("%1: %2").arg(state.host, words));
    row.text->setAccessibleDescription(state.message);
    const bool keyToJudge
        = state.kind == Hosts::State::Kind::FirstSeen || state.kind == Hosts::State::Kind::KeyChanged;
    row.key->setText(state.kind == Hosts::State::Kind::FirstSeen ? tr("Confirm key…") : tr("Show keys…"));
    row.key->setAccessibleName(tr("%1 of %2").arg(row.key->text(), state.host));
    row.key->setVisible(keyToJudge);
}

QString HostStatesView::reasonFor(const Hosts::State &state) const
{
    // A key's whole story is told in its dialog; the row says only which key.
    switch (state.kind) {
    case Hosts::State::Kind::FirstSeen:
        return tr("It offers the %1 key %2.").arg(state.offeredKeyType, state.offeredFingerprint);
    case Hosts::State::Kind::KeyChanged:
        return tr("It now offers the %1 key %2, not the key you trusted.")
            .arg(state.offeredKeyType, state.offeredFingerprint);
    default:
        return state.message;
    }
}

QString HostStatesView::hintFor(const Hosts::State &state) const
{
    // The engine's hints speak to the command line (--trust-host-key); here
    // the key is judged in a dialog.
    switch (state.kind) {
    case Hosts::State::Kind::FirstSeen:
        return tr("Compare its key with the host's own, then trust it (Confirm key…).");
    case Hosts::State::Kind::KeyChanged:
        return tr("Do not go on before the host's administrator has said why (Show keys…).");
    default:
        return state.hint;
    }
}

void HostStatesView::updateSummary()
{
    if (m_checking)
        m_summary->setText(tr("Checking each host over ssh…"));
    else if (allUsable())
        m_summary->setText(tr("Every host is connected."));
    else
        m_summary->setText(
            tr("The wizard goes on once every host is connected: confirm the key of a new host, "
               "fix what the others say, then check the hosts again."));
}

void HostStatesView::openKeyDialog(const QString &host)
{
    const HostProfile *settings = m_profile ? m_profile->host(host) : nullptr;
    const auto found = m_states.constFind(host);
    if (!settings || found == m_states.cend())
        return;
    auto *dialog = new HostKeyDialog(*settings, *found, m_profile->knownHostsFile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (found->kind == Hosts::State::Kind::FirstSeen)
        connect(dialog, &QDialog::accepted, this,
            [this, host, fingerprint = found->offeredFingerprint] { trust(host, fingerprint); });
    dialog->open();
}

void HostStatesView::trust(const QString &host, const QString &fingerprint)
{
    ++m_generation;
    m_checking = true;
    m_checkAgain->setEnabled(false);
    showChecking(host);
    updateSummary();
    Q_EMIT statesChanged();
    // Trusting asks the host again (ssh-keyscan) for the very key confirmed.
    QtConcurrent::run(&m_pool, [profile = m_profile, host, fingerprint] {
        QString error;
        return Hosts::of(*profile)->trust(host, fingerprint, &error) ? QString() : error;
    }).then(this, [this](const QString &error) {
        checkAgain();
        m_error->setText(error);
        m_error->setVisible(!error.isEmpty());
    });
}

} // namespace Lifeboat
