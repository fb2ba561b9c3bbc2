// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Lifeboat {

// One thing wrong with a cluster profile: where it is (the key path, such as
// nodes[2].bootstrapProperty, and its line and column in the file), what is
// wrong, and for a near miss what was probably meant. The loader collects
// every problem of a file at once, so that one round of editing fixes them
// all. A warning does not stop the profile from loading.
struct ProfileProblem
{
    Q_DECLARE_TR_FUNCTIONS(ProfileProblem)

public:
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString keyPath; // empty: the file as a whole
    int line = 0; // 1-based; 0 when the position is not known
    int column = 0; // 1-based, in characters
    QString message;
    QString suggestion; // the key (or value, or placeholder) it probably meant

    bool isError() const { return severity == Severity::Error; }
    bool operator==(const ProfileProblem &) const = default;
    // The message with its "Did you mean …?".
    QString text() const;
    // FILE:LINE:COLUMN: key path: message, as compilers write it.
    QString toString(const QString &file) const;

    static bool hasErrors(const QList<ProfileProblem> &problems);
    // Every problem, one per line, for callers that show one message.
    static QString describe(const QString &file, const QList<ProfileProblem> &problems);
};

} // namespace Lifeboat
