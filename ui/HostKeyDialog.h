// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QDialog>
#include <hosts/Hosts.h>
#include <profile/HostProfile.h>

class QFormLayout;
class QPushButton;
class QVBoxLayout;

namespace Lifeboat {

// A host's key, for a person to judge. For a host seen for the first time:
// its name, address, key type and SHA256 fingerprint, and how to read the
// host's own fingerprint to compare; "Trust this key" is never the default
// (Enter or Escape cancels), so only a deliberate click accepts. For a
// changed key: both fingerprints and what to do, and no way to trust it here
// (the old key must go first, after the host's administrator says why it
// changed). The dialog only asks; whoever opened it does the trusting.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostKeyDialog)

public:
    HostKeyDialog(const HostProfile &host, const Hosts::State &state, const QString &knownHostsFile,
        QWidget *parent = nullptr);

    // Null for a changed key.
    QPushButton *trustButton() const { return m_trust; }
    QPushButton *cancelButton() const { return m_cancel; }
    const QString &fingerprint() const { return m_fingerprint; }

    // Where the host keeps the public key of this type, for ssh-keygen -lf.
    static QString publicKeyPath(const QString &keyType);

private:
    void addFirstSeen(QVBoxLayout *layout, const HostProfile &host, const Hosts::State &state);
    void addKeyChanged(QVBoxLayout *layout, const HostProfile &host, const Hosts::State &state,
        const QString &knownHostsFile);
    QFormLayout *addFacts(QVBoxLayout *layout, const HostProfile &host);
    void addFingerprint(QFormLayout *facts, const QString &caption, const QString &fingerprint);
    void addText(QVBoxLayout *layout, const QString &html);

    QString m_fingerprint;
    QPushButton *m_trust = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace Lifeboat
