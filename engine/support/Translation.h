// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

class QCoreApplication;

namespace Lifeboat {

// Loads Lifeboat's translation (built into lifeboat and lifeboat-node under
// :/i18n) for the language a person asked for. lifeboat --lang is passed on
// to the programs Lifeboat starts, lifeboat-node among them, through the
// environment variable LIFEBOAT_LANG: it reaches them however the profile
// starts them and, unlike LANGUAGE or LC_ALL, changes the language of no
// other program (database clients, AEM's own scripts).
class Translation
{
public:
    Translation() = delete;

    // `language` ("de", "fr", "ja") when given, else LIFEBOAT_LANG, else the
    // system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    static void install(QCoreApplication &app, const QString &language = {});
    static const char *environmentVariable() { return "LIFEBOAT_LANG"; }
};

} // namespace Lifeboat
