#pragma once

#include <QString>

class QCoreApplication;

namespace Lifeboat {

// What happens before either face starts: choosing the face from the raw
// arguments, naming the application, and loading the translation.
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
    // Loads the translation for `language` ("de", "fr", "ja"), or for the
    // system locale when it is empty.
    static void installTranslation(QCoreApplication &app, const QString &language);
    static QString languageArgument(int argc, char **argv);
};

} // namespace Lifeboat
