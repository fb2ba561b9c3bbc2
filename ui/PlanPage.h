// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include "RunbookWriter.h"

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class QCheckBox;
class QLineEdit;

namespace Lifeboat {

class WizardSession;

// The dry run: every step of the plan in order with what it would change,
// the steps that change the cluster marked as asking first, and the cleanup
// that always runs at the end. The plan and its previews are computed on a
// worker thread (previews may ask the nodes); the page only draws them. The
// plan can be exported as a runbook in Markdown or HTML.
class PlanPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanPage)

public:
    enum class Format { Markdown, Html };

    explicit PlanPage(WizardSession *session, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isBuilding() const { return m_building; }
    const RunbookWriter::Document &document() const { return m_document; }
    QTreeWidget *tree() const { return m_tree; }
    QPushButton *exportButton() const { return m_export; }
    // "Approve the whole plan": unticked by default; on a real cluster its
    // name must be typed too.
    QCheckBox *approveButton() const { return m_approve; }
    QLineEdit *approveWordEdit() const { return m_approveWord; }

    // Writes the runbook to `fileName`; returns false and tells the user
    // when it cannot.
    bool exportRunbook(const QString &fileName, Format format, QString *error = nullptr);

Q_SIGNALS:
    void planShown();

private:
    void buildPlan();
    void showPlan(const RunbookWriter::Document &document, const QString &error);
    void addPreviewLine(QTreeWidgetItem *step, const QString &line);
    void chooseExportFile();
    void showApproval(const RunbookWriter::Document &document);
    void updateApproval();

    WizardSession *m_session;
    QLabel *m_busy;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QPushButton *m_export;
    QCheckBox *m_approve;
    QLabel *m_approveList; // the steps approved at once, each named once
    QLineEdit *m_approveWord;
    RunbookWriter::Document m_document;
    bool m_building = false;
    bool m_built = false;
    int m_generation = 0;
};

} // namespace Lifeboat
