// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Lifeboat {

void Translation::install(QCoreApplication &app, const QString &language)
{
    const QString chosen = language.isEmpty() ? qEnvironmentVariable(environmentVariable()) : language;
    if (!chosen.isEmpty())
        qputenv(environmentVariable(), chosen.toLocal8Bit());
    auto *translator = new QTranslator(&app);
    const QLocale locale = chosen.isEmpty() ? QLocale() : QLocale(chosen);
    // Numbers, sizes and dates in people's words follow the language too
    // ("70,62 Gio" in French), as they would under that system locale.
    if (!chosen.isEmpty())
        QLocale::setDefault(locale);
    if (translator->load(locale, QStringLiteral("lifeboat"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
    // Qt's own words (the wizard's Next and Back, Yes and No, the file
    // dialog) come from Qt's translations (Debian: qt6-translations-l10n).
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

} // namespace Lifeboat
