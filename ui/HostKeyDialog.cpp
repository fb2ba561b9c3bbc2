// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <hosts/KnownHosts.h>

namespace Lifeboat {

namespace {

QString addressText(const HostProfile &host)
{
    return host.port == 22 ? host.address : HostKeyDialog::tr("%1, port %2").arg(host.address).arg(host.port);
}

// Selectable, in the fixed font: fingerprints and commands are copied and
// compared character by character.
QLabel *codeLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(text);
    return label;
}

} // namespace

HostKeyDialog::HostKeyDialog(
    const HostProfile &host, const Hosts::State &state, const QString &knownHostsFile, QWidget *parent)
    : QDialog(parent)
    , m_fingerprint(state.offeredFingerprint)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(this);
    if (state.kind == Hosts::State::Kind::KeyChanged) {
        setWindowTitle(tr("The key of %1 has changed").arg(host.name));
        addKeyChanged(layout, host, state, knownHostsFile);
        m_cancel = buttons->addButton(QDialogButtonBox::Close);
    } else {
        setWindowTitle(tr("Confirm the key of %1").arg(host.name));
        addFirstSeen(layout, host, state);
        m_trust = buttons->addButton(tr("&Trust this key"), QDialogButtonBox::AcceptRole);
        m_trust->setAutoDefault(false);
        m_trust->setAccessibleName(tr("Trust this key"));
        m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    }
    // Enter answers "no": trusting takes a deliberate click.
    m_cancel->setDefault(true);
    m_cancel->setFocus();
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

QString HostKeyDialog::publicKeyPath(const QString &keyType)
{
    const QString type = keyType.isEmpty() ? QStringLiteral("ed25519") : keyType.toLower();
    return QStringLiteral("/etc/ssh/ssh_host_%1_key.pub").arg(type);
}

void HostKeyDialog::addFirstSeen(QVBoxLayout *layout, const HostProfile &host, const Hosts::State &state)
{
    addText(layout, tr("<b>Lifeboat has not met %1 before.</b>").arg(host.name.toHtmlEscaped()));
    QFormLayout *facts = addFacts(layout, host);
    facts->addRow(tr("Key type:"), new QLabel(state.offeredKeyType, this));
    addFingerprint(facts, tr("Fingerprint:"), state.offeredFingerprint);
    addText(layout,
        tr("Compare the fingerprint with the host's own before you trust it. On %1, run:")
            .arg(host.name.toHtmlEscaped()));
    layout->addWidget(
        codeLabel(QStringLiteral("ssh-keygen -lf %1").arg(publicKeyPath(state.offeredKeyType)), this));
    addText(layout,
        tr("or ask the host's administrator for it. Trust the key only if the two fingerprints are "
           "exactly the same; if they differ, someone may be between you and the host."));
}

void HostKeyDialog::addKeyChanged(
    QVBoxLayout *layout, const HostProfile &host, const Hosts::State &state, const QString &knownHostsFile)
{
    const QString file = knownHostsFile.isEmpty() ? KnownHosts::defaultFilePath() : knownHostsFile;
    addText(layout,
        tr("<b>%1 now offers a different key from the one you trusted.</b> Lifeboat does not connect to it, "
           "and no run can go on until this is settled. Nothing was changed.")
            .arg(host.name.toHtmlEscaped()));
    QFormLayout *facts = addFacts(layout, host);
    addFingerprint(facts, tr("Trusted until now:"), state.knownFingerprints.join(u'\n'));
    addFingerprint(facts, tr("Offered now (%1):").arg(state.offeredKeyType), state.offeredFingerprint);
    addText(layout,
        tr("Ask the host's administrator why the key changed (a reinstalled host gets a new one). "
           "If they cannot say, someone may be between you and the host: do not go on. Once they have "
           "confirmed the new key, remove the old one from Lifeboat's known hosts file:"));
    layout->addWidget(
        codeLabel(QStringLiteral("ssh-keygen -R '%1' -f '%2'").arg(KnownHosts::hostName(host), file), this));
    addText(layout,
        tr("Then check the hosts again: %1 shows as seen for the first time, and you can confirm "
           "its new key.")
            .arg(host.name.toHtmlEscaped()));
}

QFormLayout *HostKeyDialog::addFacts(QVBoxLayout *layout, const HostProfile &host)
{
    auto *facts = new QFormLayout;
    facts->setContentsMargins(12, 4, 0, 4);
    facts->addRow(tr("Host:"), new QLabel(host.name, this));
    facts->addRow(tr("Address:"), new QLabel(addressText(host), this));
    layout->addLayout(facts);
    return facts;
}

void HostKeyDialog::addFingerprint(QFormLayout *facts, const QString &caption, const QString &fingerprint)
{
    QLabel *value = codeLabel(fingerprint, this);
    QFont bold = value->font();
    bold.setBold(true);
    value->setFont(bold);
    value->setAccessibleDescription(caption);
    facts->addRow(caption, value);
}

void HostKeyDialog::addText(QVBoxLayout *layout, const QString &html)
{
    auto *label = new QLabel(html, this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    layout->addWidget(label);
}

} // namespace Lifeboat
