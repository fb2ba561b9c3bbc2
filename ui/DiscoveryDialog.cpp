// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DiscoveryDialog.h"

#include "ErrorLabel.h"
#include "HostStatesView.h"

#include <discovery/ClusterDiscovery.h>
#include <discovery/NodeDiscovery.h>

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Lifeboat {

namespace {
QStringList words(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}
} // namespace

DiscoveryDialog::DiscoveryDialog(QWidget *parent)
    : QDialog(parent)
    , m_hosts(new QPlainTextEdit(this))
    , m_user(new QLineEdit(this))
    , m_identity(new QLineEdit(this))
    , m_sshConfig(new QLineEdit(this))
    , m_agentPath(new QLineEdit(HostProfile().agentPath, this))
    , m_search(new QLineEdit(NodeDiscovery::usualPlaces().join(u' '), this))
    , m_output(new QLineEdit(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_look(new QPushButton(tr("&Look for the cluster"), this))
    , m_error(new ErrorLabel(this))
    , m_hostStates(new HostStatesView(this))
    , m_busy(new QProgressBar(this))
    , m_progress(new QLabel(this))
    , m_findings(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Describe a new cluster"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Name the cluster's hosts and how Lifeboat reaches them over ssh. It connects to each, then "
                                "looks there, reading only, for AEM Forms nodes, the shared stores and the forms database. "
                                "You review what it found before anything is saved."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(makeForm());
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(m_hostStates);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_connect);
    actions->addWidget(m_look);
    actions->addWidget(m_busy);
    actions->addWidget(m_progress, 1);
    layout->addLayout(actions);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_findings->setReadOnly(true);
    m_findings->setPlaceholderText(tr("What Lifeboat finds on the hosts shows here."));
    m_findings->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_findings->setAccessibleName(tr("What was found"));
    layout->addWidget(m_findings, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_review = buttons->addButton(tr("&Review and save…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_connect, &QPushButton::clicked, this, &DiscoveryDialog::connectToHosts);
    connect(m_look, &QPushButton::clicked, this, &DiscoveryDialog::lookForCluster);
    connect(m_hostStates, &HostStatesView::statesChanged, this, &DiscoveryDialog::updateButtons);
    for (QLineEdit *edit : {m_user, m_identity, m_sshConfig, m_agentPath, m_search, m_output})
        connect(edit, &QLineEdit::textEdited, this, &DiscoveryDialog::formChanged);
    connect(m_hosts, &QPlainTextEdit::textChanged, this, &DiscoveryDialog::formChanged);
    m_connect->setDefault(true);
    updateButtons();
    resize(820, 640);
}

QWidget *DiscoveryDialog::makeForm()
{
    auto *form = new QWidget(this);
    auto *fields = new QFormLayout(form);
    fields->setContentsMargins(0, 0, 0, 0);
    m_hosts->setTabChangesFocus(true);
    m_hosts->setPlaceholderText(tr("One host per line: [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11"));
    m_hosts->setFixedHeight(m_hosts->fontMetrics().lineSpacing() * 5 + 12);
    fields->addRow(tr("&Hosts:"), m_hosts);
    m_hosts->setToolTip(tr("Every host of the cluster: each node's and the one that serves the shared storage. The name is "
                           "how the profile refers to the host; the address is what ssh connects to."));
    m_user->setPlaceholderText(tr("ssh's default"));
    m_user->setToolTip(tr("The account Lifeboat logs in as on every host (by key, never by password)."));
    fields->addRow(tr("ssh &user:"), m_user);
    // A field with its Browse… button: the row's label is made here, so
    // that its mnemonic reaches the field (a layout cannot be a buddy).
    const auto addWithBrowse = [this, fields](const QString &text, QLineEdit *edit, bool save) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        auto *browse = new QPushButton(tr("Browse…"), this);
        browse->setAutoDefault(false);
        connect(browse, &QPushButton::clicked, this, [this, edit, save] { browseFor(edit, save); });
        row->addWidget(browse);
        auto *label = new QLabel(text, this);
        label->setBuddy(edit);
        fields->addRow(label, row);
    };
    m_identity->setPlaceholderText(tr("ssh-agent and ssh's own keys"));
    m_identity->setToolTip(tr("The private key that logs in on every host."));
    addWithBrowse(tr("ssh &key:"), m_identity, false);
    m_sshConfig->setPlaceholderText(tr("none"));
    m_sshConfig->setToolTip(tr("An ssh_config file for every host (ssh -F), for jump hosts and the like."));
    addWithBrowse(tr("ssh con&fig file:"), m_sshConfig, false);
    m_agentPath->setToolTip(tr("Where Lifeboat's helper, lifeboat-agent, is installed on the hosts."));
    fields->addRow(tr("H&elper on the hosts:"), m_agentPath);
    m_search->setToolTip(tr("The folders below which Lifeboat looks on each host, separated by spaces."));
    fields->addRow(tr("Look &below:"), m_search);
    m_output->setPlaceholderText(tr("a new .json file"));
    m_output->setToolTip(tr("Where the profile will be saved after you review it; its known_hosts file goes beside it. "
                            "An existing file is never written over."));
    addWithBrowse(tr("Sa&ve the profile as:"), m_output, true);
    return form;
}

QLabel *DiscoveryDialog::errorLabel() const
{
    return m_error;
}

QString DiscoveryDialog::profilePath() const
{
    return m_draft.filePath;
}

void DiscoveryDialog::browseFor(QLineEdit *edit, bool save)
{
    const QString path = save ? QFileDialog::getSaveFileName(this, tr("Save the profile as"), edit->text(), tr("Cluster profiles (*.json)"))
                              : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
    if (path.isEmpty())
        return;
    edit->setText(path);
    formChanged();
}

std::optional<ClusterProfile> DiscoveryDialog::readForm(QString *error) const
{
    const QString output = m_output->text().trimmed();
    if (output.isEmpty()) {
        *error = tr("Say where to save the profile (Save the profile as).");
        return std::nullopt;
    }
    const QFileInfo file(output);
    if (file.exists()) {
        *error = tr("%1 exists already; a new profile never writes over one. Choose another name.").arg(file.absoluteFilePath());
        return std::nullopt;
    }
    if (!QFileInfo(file.absolutePath()).isDir()) {
        *error = tr("The folder %1 does not exist. Choose a folder that does.").arg(file.absolutePath());
        return std::nullopt;
    }
    for (QLineEdit *edit : {m_identity, m_sshConfig}) {
        if (!edit->text().trimmed().isEmpty() && !QFileInfo(edit->text().trimmed()).isFile()) {
            *error = tr("%1 is not a file. Choose the file, or leave it empty.").arg(edit->text().trimmed());
            return std::nullopt;
        }
    }
    ClusterProfile draft;
    draft.name = file.completeBaseName();
    draft.filePath = file.absoluteFilePath();
    draft.knownHostsFile = QDir(file.absolutePath()).filePath(QStringLiteral("known_hosts"));
    for (const QString &line : m_hosts->toPlainText().split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        auto host = ClusterDiscovery::parseHost(line);
        if (!host) {
            *error = tr("\"%1\" is not a host: write [NAME=]ADDRESS[:PORT], for example node1=10.0.0.11.").arg(line.trimmed());
            return std::nullopt;
        }
        if (draft.host(host->name)) {
            *error = tr("The host name %1 is given twice; each host needs its own.").arg(host->name);
            return std::nullopt;
        }
        host->user = m_user->text().trimmed();
        if (!m_identity->text().trimmed().isEmpty())
            host->identityFile = QFileInfo(m_identity->text().trimmed()).absoluteFilePath();
        if (!m_sshConfig->text().trimmed().isEmpty())
            host->sshConfig = QFileInfo(m_sshConfig->text().trimmed()).absoluteFilePath();
        if (!m_agentPath->text().trimmed().isEmpty())
            host->agentPath = m_agentPath->text().trimmed();
        draft.hosts.append(*host);
    }
    if (draft.hosts.isEmpty()) {
        *error = tr("Name at least one host.");
        return std::nullopt;
    }
    if (words(m_search->text()).isEmpty()) {
        *error = tr("Name at least one folder to look below.");
        return std::nullopt;
    }
    return draft;
}

void DiscoveryDialog::connectToHosts()
{
    QString error;
    const std::optional<ClusterProfile> draft = readForm(&error);
    m_error->setText(error);
    m_error->setVisible(!draft);
    if (!draft)
        return;
    m_draft = *draft;
    m_connected = true;
    m_found = false;
    m_findings->clear();
    // Checked like any profile's hosts: a new key is confirmed there.
    m_hostStates->setProfile(m_draft);
    updateButtons();
}

void DiscoveryDialog::formChanged()
{
    // What was connected to is no longer what the form says.
    m_connected = false;
    m_found = false;
    updateButtons();
}

void DiscoveryDialog::updateButtons()
{
    const bool hostsReady = m_connected && !m_hostStates->isChecking() && m_hostStates->allUsable();
    m_connect->setEnabled(!m_looking);
    m_look->setEnabled(hostsReady && !m_looking);
    m_review->setEnabled(m_found && m_connected && !m_looking);
    if (m_connected && !m_looking && !m_found)
        m_progress->setText(hostsReady ? tr("Every host answers: Lifeboat can look.")
                                       : m_hostStates->isChecking() ? tr("Connecting…")
                                                                    : tr("Settle each host above, then look."));
    else if (!m_connected)
        m_progress->clear();
}

void DiscoveryDialog::lookForCluster()
{
    m_looking = true;
    m_found = false;
    m_busy->show();
    m_findings->clear();
    updateButtons();
    QPointer<DiscoveryDialog> self(this);
    const QStringList places = words(m_search->text());
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher] {
        watcher->deleteLater();
        showResult(watcher->result());
    });
    // Every host is walked over ssh: seconds to minutes, never on the window's thread.
    watcher->setFuture(QtConcurrent::run([draft = m_draft, places, self] {
        ClusterDiscovery discovery(draft);
        discovery.run(places, [self](const QString &step) {
            QMetaObject::invokeMethod(self, [self, step] {
                if (self)
                    self->m_progress->setText(step);
            }, Qt::QueuedConnection);
        });
        return Result{discovery.draft(), discovery.findings(), discovery.notes(), discovery.problems()};
    }));
}

void DiscoveryDialog::showResult(const Result &result)
{
    m_looking = false;
    m_busy->hide();
    m_draft = result.draft;
    m_found = !m_draft.nodes.isEmpty();
    QStringList lines = result.findings;
    if (!result.notes.isEmpty())
        lines << QString() << tr("Not found, or not told apart (fill in or check these when you review):") << result.notes;
    if (!result.problems.isEmpty()) {
        lines << QString() << tr("Still to fill in before the profile loads:");
        for (const ProfileProblem &problem : result.problems)
            lines << QStringLiteral("  %1: %2").arg(problem.keyPath, problem.text());
    }
    m_findings->setPlainText(lines.join(u'\n'));
    m_progress->setText(m_found ? tr("Found %n node(s). Review them, fill in what is missing, and save.", nullptr,
                                     int(m_draft.nodes.size()))
                                : tr("No AEM Forms node was found on these hosts. Check the hosts and where to look."));
    updateButtons();
    Q_EMIT discoveryFinished();
}

} // namespace Lifeboat
