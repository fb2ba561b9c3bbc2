// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QHash>
#include <QThreadPool>
#include <QWidget>
#include <hosts/Hosts.h>
#include <memory>
#include <profile/ClusterProfile.h>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Lifeboat {

// The hosts a profile reaches over ssh, each with how it answered:
// connected, a key to confirm, a changed key, unreachable or refused (with
// ssh's reason) or without Lifeboat's helper. Checks run on worker threads of
// the view's own pool, every host at once: a host that does not answer holds
// its thread for ssh's connect timeout, and must hold up neither the window
// nor the other pages' work. A first-seen key is trusted only after a click
// on "Trust this key" in HostKeyDialog, then the hosts are checked again; a
// changed key is never trusted here.
class HostStatesView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostStatesView)

public:
    explicit HostStatesView(QWidget *parent = nullptr);
    ~HostStatesView() override;

    // Lists the profile's hosts and checks them; hidden when it has none.
    void setProfile(const ClusterProfile &profile);
    void checkAgain();
    bool isChecking() const { return m_checking; }
    // Every host connected (also when the profile has none).
    bool allUsable() const;
    // The state of the host's row in words ("connected", "checking…").
    QString stateText(const QString &host) const;
    QPushButton *checkAgainButton() const { return m_checkAgain; }
    // The row's "Confirm key…" or "Show keys…" button, or null.
    QPushButton *keyButton(const QString &host) const;

    static QString kindText(Hosts::State::Kind kind);

Q_SIGNALS:
    // A check began or ended: allUsable() and the rows may have changed.
    void statesChanged();

private:
    struct Row
    {
        QLabel *icon = nullptr;
        QLabel *text = nullptr;
        QPushButton *key = nullptr;
    };

    void clearRows();
    void addRow(const HostProfile &host);
    void showChecking(const QString &host);
    void showState(const Hosts::State &state);
    void showAnswer(const Hosts::State &state);
    void finishChecking();
    void updateSummary();
    QString reasonFor(const Hosts::State &state) const;
    QString hintFor(const Hosts::State &state) const;
    void openKeyDialog(const QString &host);
    void trust(const QString &host, const QString &fingerprint);

    std::shared_ptr<const ClusterProfile> m_profile;
    QThreadPool m_pool;
    QHash<QString, Hosts::State> m_states;
    QHash<QString, Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_summary;
    QLabel *m_error;
    QPushButton *m_checkAgain;
    int m_generation = 0;
    bool m_checking = false;
};

} // namespace Lifeboat
