#include "WelcomePage.h"

#include "PageId.h"
#include "WizardSession.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Lifeboat {

namespace {
const auto recentProfilesKey = QStringLiteral("recentProfiles");
constexpr int choiceIconSize = 32;
} // namespace

WelcomePage::WelcomePage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_choices(new QButtonGroup(this))
    , m_choiceGrid(new QGridLayout)
    , m_recentProfiles(new QListWidget(this))
{
    setTitle(tr("Welcome to Lifeboat"));
    setSubTitle(tr("Back up and recover a clustered AEM Forms environment, one checked step at a time. "
                   "Nothing changes until you have seen the plan and confirmed it."));

    auto *layout = new QVBoxLayout(this);
    auto *question = new QLabel(tr("What do you want to do?"), this);
    QFont bold = question->font();
    bold.setBold(true);
    question->setFont(bold);
    layout->addWidget(question);

    m_choiceGrid->setColumnStretch(1, 1);
    m_choiceGrid->setHorizontalSpacing(12);
    layout->addLayout(m_choiceGrid);

    addChoice(TaskChoice::Backup, QStringLiteral("backup"), tr("&Back up the cluster"),
              tr("Take a consistent backup of the databases, the document storage (GDS) and every node's "
                 "repository, offline, with rolling backup mode, or online."));
    addChoice(TaskChoice::Recover, QStringLiteral("recover"), tr("&Recover from a failure"),
              tr("Restore a single node, the whole cluster or a publish node from a verified backup set."));
    addChoice(TaskChoice::Rehearse, QStringLiteral("rehearse"), tr("Re&hearse a restore"),
              tr("Restore a backup set into a separate sandbox copy of the cluster to prove it works. "
                 "Production is never touched."));
    addChoice(TaskChoice::Sandbox, QStringLiteral("sandbox"), tr("Open the &training sandbox"),
              tr("Build and run a practice cluster on this machine, break it on purpose and recover it."));

    auto *recentLabel = new QLabel(tr("Recent &profiles:"), this);
    recentLabel->setBuddy(m_recentProfiles);
    layout->addSpacing(12);
    layout->addWidget(recentLabel);
    m_recentProfiles->setAccessibleName(tr("Recent profiles"));
    m_recentProfiles->setMaximumHeight(m_recentProfiles->fontMetrics().height() * 5);
    const QStringList recent = QSettings().value(recentProfilesKey).toStringList();
    if (recent.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No cluster profile opened yet. The training sandbox is a safe place to start."));
        none->setFlags(Qt::NoItemFlags);
        m_recentProfiles->addItem(none);
    } else {
        m_recentProfiles->addItems(recent);
    }
    layout->addWidget(m_recentProfiles);
    layout->addStretch(1);

    connect(m_choices, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT taskChanged();
    });
    registerField(QStringLiteral("task*"), this, "task", SIGNAL(taskChanged()));
}

void WelcomePage::addChoice(TaskChoice choice, const QString &iconName, const QString &title,
                            const QString &explanation)
{
    const int row = m_choiceGrid->rowCount();

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)).pixmap(choiceIconSize, choiceIconSize));
    m_choiceGrid->addWidget(icon, row, 0, 2, 1, Qt::AlignTop);

    auto *button = new QRadioButton(title, this);
    button->setAccessibleDescription(explanation);
    QFont font = button->font();
    font.setBold(true);
    button->setFont(font);
    m_choices->addButton(button, static_cast<int>(choice));
    m_choiceGrid->addWidget(button, row, 1);

    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    text->setContentsMargins(24, 0, 0, 8);
    m_choiceGrid->addWidget(text, row + 1, 1);
}

int WelcomePage::task() const
{
    return m_choices->checkedId();
}

int WelcomePage::nextId() const
{
    // Every task starts by choosing the cluster; the scenario page then
    // offers what fits the task.
    return Page_Cluster;
}

bool WelcomePage::validatePage()
{
    m_session->setTask(static_cast<TaskChoice>(task()));
    return true;
}

} // namespace Lifeboat
