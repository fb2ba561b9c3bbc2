// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "ProfileEditorPage.h"

#include "ErrorLabel.h"
#include "ProfileForm.h"

#include <profile/JsonLocator.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace Lifeboat {

namespace {
constexpr int listRowsShown = 5;
constexpr int markSize = 16; // the warning beside an item, no taller than its text

// nodes[3].repository → 3; -1 when the path is not below `arrayKey`.
int itemIndex(const QString &arrayKey, const QString &keyPath)
{
    static const QRegularExpression index(QStringLiteral("^\\[(\\d+)\\]"));
    if (!keyPath.startsWith(arrayKey))
        return -1;
    const QRegularExpressionMatch match = index.match(keyPath.mid(arrayKey.size()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}
} // namespace

ProfileEditorPage::ProfileEditorPage(const QString &title, const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_problems(new ErrorLabel(this))
    , m_form(new ProfileForm(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    heading->setFont(big);
    layout->addWidget(heading);
    auto *introduction = new QLabel(intro, this);
    introduction->setWordWrap(true);
    layout->addWidget(introduction);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setAccessibleName(tr("Problems of this part"));
    m_problems->hide();
    layout->addWidget(m_problems);

    // The form scrolls; the title, the problems and a list stay in view.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    layout->addWidget(scroll, 1);
    connect(m_form, &ProfileForm::edited, this, [this] {
        refreshNames();
        Q_EMIT edited();
    });
}

void ProfileEditorPage::setItems(Items items)
{
    m_items = std::move(items);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(QString(m_items.listName).remove(u'&'));
    m_list->setIconSize(QSize(markSize, markSize));
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(std::max(m_list->fontMetrics().lineSpacing(), markSize) * listRowsShown + 2 * m_list->frameWidth() + 4);
    auto *label = new QLabel(m_items.listName, this);
    label->setBuddy(m_list);
    auto *addButton = new QPushButton(m_items.addText, this);
    m_remove = new QPushButton(m_items.removeText, this);
    for (QPushButton *button : {addButton, m_remove})
        button->setAutoDefault(false);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(addButton);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(3, label);
    layout->insertLayout(4, row);
    m_form->setPrefix([this] { return JsonLocator::element(m_items.arrayKey, current()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_form->setEnabled(current() >= 0);
        m_remove->setEnabled(current() >= 0);
        if (current() >= 0)
            m_form->load();
        Q_EMIT selectionChanged();
    });
    connect(addButton, &QPushButton::clicked, this, &ProfileEditorPage::add);
    connect(m_remove, &QPushButton::clicked, this, &ProfileEditorPage::remove);
}

int ProfileEditorPage::current() const
{
    return m_list ? m_list->currentRow() : -1;
}

void ProfileEditorPage::load()
{
    if (!m_list) {
        m_form->load();
        return;
    }
    const int selected = std::max(0, current());
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < m_items.count(); ++i)
            m_list->addItem(m_items.name(i));
        m_list->setCurrentRow(std::min(selected, m_items.count() - 1));
    }
    m_form->setEnabled(current() >= 0);
    m_remove->setEnabled(current() >= 0);
    if (current() >= 0)
        m_form->load();
}

void ProfileEditorPage::refreshNames()
{
    if (!m_list)
        return;
    for (int i = 0; i < m_list->count() && i < m_items.count(); ++i)
        m_list->item(i)->setText(m_items.name(i));
}

void ProfileEditorPage::add()
{
    m_items.add();
    load();
    m_list->setCurrentRow(m_items.count() - 1);
    Q_EMIT edited();
}

void ProfileEditorPage::remove()
{
    if (current() < 0)
        return;
    m_items.remove(current());
    load();
    Q_EMIT edited();
}

bool ProfileEditorPage::owns(const ProfileProblem &problem) const
{
    if (m_list && (problem.keyPath == m_items.arrayKey || itemIndex(m_items.arrayKey, problem.keyPath) >= 0))
        return true;
    return m_ownedKeys.contains(problem.keyPath.section(u'.', 0, 0).section(u'[', 0, 0));
}

int ProfileEditorPage::showProblems(QList<ProfileProblem> *problems)
{
    // The form shows what its fields name (the selected item's, for a list);
    // of the rest, the page lists what it owns and leaves the others.
    const QList<ProfileProblem> notBeside = m_form->showProblems(*problems);
    QList<ProfileProblem> mine;
    for (const ProfileProblem &problem : std::as_const(*problems)) {
        if (!notBeside.contains(problem))
            mine.append(problem);
    }
    QStringList lines;
    QList<ProfileProblem> left;
    for (const ProfileProblem &problem : notBeside) {
        if (!owns(problem)) {
            left.append(problem);
            continue;
        }
        mine.append(problem);
        lines.append(tr("• %1: %2").arg(problem.keyPath, problem.text()));
    }
    *problems = left;
    m_problems->setText(lines.join(u'\n'));
    m_problems->setVisible(!lines.isEmpty());

    QSet<int> marked;
    int errors = 0;
    for (const ProfileProblem &problem : std::as_const(mine)) {
        errors += problem.isError() ? 1 : 0;
        if (m_list)
            marked.insert(itemIndex(m_items.arrayKey, problem.keyPath));
    }
    for (int i = 0; m_list && i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setIcon(marked.contains(i) ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        item->setToolTip(marked.contains(i) ? tr("This item has problems.") : QString());
        item->setData(Qt::AccessibleTextRole, marked.contains(i) ? tr("%1, with problems").arg(item->text()) : item->text());
    }
    return errors;
}

} // namespace Lifeboat
