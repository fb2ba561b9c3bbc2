// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <profile/ProfileProblem.h>

namespace Lifeboat {

// One key a level of the profile may have, as the loader reads it.
struct ProfileKey
{
    enum class Type
    {
        String,
        Boolean,
        Integer,
        StringArray,
        Object,
        ObjectArray,
        Command
    };

    QString name;
    Type type = Type::String;
    bool required = false;
    bool nonEmpty = false; // a string that may not be ""
    QStringList allowed; // the only values the string may have
    QString level; // Object and ObjectArray: the level of its members
    std::optional<int> minimum; // Integer
    std::optional<int> maximum;
    QStringList placeholders; // Command, String (a path template): the {placeholders} Lifeboat fills in it
};

// A {secret:NAME} found in the profile, and where.
struct SecretReference
{
    QString name;
    QString keyPath;
};

// What a cluster profile may contain: every key of every level, its type,
// whether it is required, and which placeholders each command can fill.
// The loader checks a profile against it before reading it, and
// docs/profile.schema.json publishes the same (tst_profileloader keeps the
// two in step). The levels are named as that schema's $defs: "profile" (the
// top level), "node", "http", "control", "host", "database", "backupMode", "snapshots" and
// "commandObject" (a command written as an object).
class ProfileSchema
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSchema)

public:
    static QStringList levels();
    static const QList<ProfileKey> &keys(const QString &level);

    // Every unknown, duplicate or missing key, wrong type or value and
    // unfillable placeholder of `profile`; the {secret:NAME} references
    // it holds go to `secrets`, for the caller to check against the
    // secrets the profile can reach.
    static QList<ProfileProblem> check(const QJsonObject &profile, QList<SecretReference> *secrets);

    // The candidate closest to `word` by edit distance (ignoring case),
    // when it is close enough to be a likely typo; else empty.
    static QString nearest(const QString &word, const QStringList &candidates);
};

} // namespace Lifeboat
