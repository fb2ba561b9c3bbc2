// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <run/Step.h>

#include <QCoreApplication>

namespace Lifeboat {

// Something only a person can do (hold publishing, re-create a machine from a
// system image). The run stops here and asks; going on means the person
// confirms it is done (or not needed). Declining stops the run cleanly.
class ManualStep final : public Step
{
    Q_DECLARE_TR_FUNCTIONS(ManualStep)

public:
    ManualStep(QString kind, QString title, QString instructions);

    QString kind() const override { return m_kind; }
    QString title() const override { return m_title; }
    QString details() const override { return m_instructions; }
    bool needsConfirmation() const override { return true; }
    ChangeList preview(const StepContext &context) const override;
    bool run(StepContext &context) override;

private:
    QString m_kind;
    QString m_title;
    QString m_instructions;
};

} // namespace Lifeboat
