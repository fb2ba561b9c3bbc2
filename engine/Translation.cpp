#include "Translation.h"

#include <QCoreApplication>
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
    if (translator->load(locale, QStringLiteral("lifeboat"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace Lifeboat
