// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <profile/ClusterProfile.h>
#include <profile/ProfileProblem.h>

#include <QDialog>
#include <QHash>
#include <QTimer>

class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace Lifeboat {

class ErrorLabel;
class ProfileEditorPage;

// Reviews and edits a cluster profile as a form, not JSON: a list of the
// profile's parts on the left, the selected part's form on the right. Each
// edit is checked, a moment later, by the same strict loader that every
// command uses (ClusterProfile::fromJson on what toJson() writes), and each
// problem is shown beside the field whose key it names; the others are
// listed above the form, and a part with problems is marked. Save writes the
// profile through ClusterProfile::save and is possible only without errors.
//
// Secrets never go into the profile: a password field holds a {secret:NAME}
// reference, and "Set secret…" keeps the value until Save writes it to the
// profile's secrets file (mode 600, merged with the names it has). A secret
// with no value is not an error here: Lifeboat asks for it at run time.
class ProfileEditor : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    // Edits `profile` (a draft from discovery, or a loaded profile); `path` is where Save writes it.
    ProfileEditor(const ClusterProfile &profile, const QString &path, QWidget *parent = nullptr);
    ClusterProfile profile() const;   // what the form holds now
    QString savedPath() const;        // empty until saved

    // Cancel (and Escape, and closing) asks before it discards changes.
    void reject() override;

private:
    QWidget *createParts();
    void edited();
    void validate();
    void showProblems();
    QString secretNote(const QString &reference) const;
    QList<ProfileProblem> passwordsInTheProfile() const;
    QList<ProfileProblem> invalidUrls() const;
    void setSecret(QLineEdit *field, const QString &suggestedName);
    void save();
    QStringList undefinedSecrets() const;
    [[nodiscard]] bool storeSecrets(QString *error);
    QString secretsFile() const;

    ClusterProfile m_profile;
    QString m_path;
    QString m_savedPath;
    QListWidget *m_parts;
    QStackedWidget *m_stack;
    ErrorLabel *m_general;
    QPushButton *m_save;
    QList<ProfileEditorPage *> m_pages;
    QTimer m_validation;
    QList<ProfileProblem> m_problems;
    QStringList m_definedSecrets;       // in the secrets file when last checked
    bool m_secretsFileExists = false;
    QHash<QString, QString> m_newSecrets; // written to the secrets file on Save
    bool m_changed = false;
};

} // namespace Lifeboat
