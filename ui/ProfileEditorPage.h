// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ProfileProblem.h>

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace Lifeboat {

class ErrorLabel;
class ProfileForm;

// One part of the profile editor: a title, what the part is for, the
// problems of the part that no field of it shows, and a form; for the parts
// that are lists (hosts, nodes, databases), a list with Add and Remove
// above a form for the selected item. A page owns the problems its form
// names, and for a list every problem of any of its items: an item with
// problems is marked in the list, and its problems are listed at the top of
// the page while another item is selected.
class ProfileEditorPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditorPage)

public:
    // How a list page reaches its items in the profile.
    struct Items
    {
        QString arrayKey; // "nodes": its items' key paths are nodes[0]…
        std::function<int()> count;
        std::function<QString(int)> name;
        std::function<void()> add;
        std::function<void(int)> remove;
        QString listName; // "Nodes", for the list's label (with a mnemonic)
        QString addText;
        QString removeText;
    };

    ProfileEditorPage(const QString &title, const QString &intro, QWidget *parent = nullptr);

    QString title() const { return m_title; }
    ProfileForm *form() const { return m_form; }
    // Makes this a list page; call before load().
    void setItems(Items items);
    QListWidget *list() const { return m_list; }
    int current() const;
    // Top-level keys the page owns without a field (e.g. "nodes" for "exactly one primary").
    void setOwnedKeys(const QStringList &keys) { m_ownedKeys = keys; }

    // The profile's values into the page (the list's names too).
    void load();
    // Takes the problems this page owns out of `problems` and shows them;
    // returns how many of them are errors.
    int showProblems(QList<ProfileProblem> *problems);

Q_SIGNALS:
    void edited();
    // Another item is selected: its fields need their problems shown.
    void selectionChanged();

private:
    bool owns(const ProfileProblem &problem) const;
    void refreshNames();
    void add();
    void remove();

    QString m_title;
    ErrorLabel *m_problems;
    ProfileForm *m_form;
    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    Items m_items;
    QStringList m_ownedKeys;
};

} // namespace Lifeboat
