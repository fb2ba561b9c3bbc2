// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <cluster/BackupModeState.h>
#include <profile/NodeProfile.h>

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// The words a person reads for values that profiles, journals, reports' JSON
// and --json output keep as fixed English keys: node roles, backup modes and
// the results of runs and steps. Only human output goes through these; the
// keys themselves never change with the language.
class DisplayWords
{
    Q_DECLARE_TR_FUNCTIONS(DisplayWords)

public:
    DisplayWords() = delete;

    static QString role(NodeRole role);
    // `key` as a profile or manifest writes it ("primary" …); an unknown key as it is.
    static QString role(const QString &key);
    // The whole name ("rolling backup mode"), so that a sentence needs no adjective.
    static QString backupMode(BackupModeState::Mode mode);
    // A run's state (RunRecord::state()) or a step's result ("ok", "failed" …)
    // in one or two words; an unknown key as it is.
    static QString result(const QString &key);
};

} // namespace Lifeboat
