// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <profile/NodeProfile.h>

namespace Lifeboat {

// One option a scenario takes, declared once and read by everything that
// deals with it: --help and the command line's parsing, the wizard's options
// page (which builds its widget from the kind, range, choices and roles), and
// Scenario::completeOptions, which refuses a value outside the choices or the
// range with `invalid`.
struct ScenarioOption
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioOption)

public:
    enum class Kind
    {
        Flag, // on or off; given without a value
        Text, // free text (a label, a run id)
        Directory, // a directory on this machine
        Node, // a node of the profile, of one of `roles`
        BackupSet, // a backup set under the profile's backup root, by id or directory
        Choice, // one of `choices`
        Integer, // a whole number from `minimum` to `maximum`, counted in `unit`
    };
    enum class Unit
    {
        None,
        Milliseconds,
        Minutes
    };

    QString name;
    Kind kind = Kind::Text;
    QString valueName;
    QString description;
    QVariant defaultValue;
    bool required = false;
    QStringList choices;
    int minimum = 0;
    int maximum = 0;
    Unit unit = Unit::None;
    QList<NodeRole> roles;
    // What leaving an optional Node option out means, in the person's words
    // ("Every publish node"): the wizard's first entry, so that the scenario
    // can still choose (and a schedule chooses again on every run).
    QString whenLeftOut;
    // What completeOptions says when a value is not one of the choices or
    // outside the range.
    QString invalid;

    // The option's name in the person's words and language, as the wizard
    // labels its field ("Compression", "Kompression"): the same option has
    // the same label in every scenario.
    QString label() const;

    bool isFlag() const { return kind == Kind::Flag; }
    // A node of this role can be named (a Node option).
    bool accepts(NodeRole role) const { return roles.contains(role); }
    // The value is one of the choices, or a whole number in the range;
    // anything goes for the other kinds.
    bool accepts(const QVariant &value) const;
};

} // namespace Lifeboat
