// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// What happens before either face starts: choosing the face from the raw
// arguments, naming the application, and finding the language asked for.
class Startup
{
public:
    Startup() = delete;

    // True when the arguments name a command, --help or --version: then no
    // display is needed and QCoreApplication is enough.
    static bool wantsHeadless(int argc, char **argv);
    // True when a window can be shown (an X11 or Wayland display, or an
    // explicit Qt platform such as offscreen).
    static bool hasDisplay();

    static void describeApplication();
    // The value of --lang ("de", "fr", "ja"), for Translation::install.
    static QString languageArgument(int argc, char **argv);
};

} // namespace Lifeboat
