// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

class QWidget;

namespace Lifeboat::Testing {

// Finds English words and English number formats that a person sees in a
// window shown in another language: every visible label, button, group
// title, placeholder, list, table and log line. Text a translation cannot
// change is left out: paths, quoted output of other programs («…», "…",
// „…“, 「…」), and what is inside `code`.
class UntranslatedText
{
public:
    // `language` is the two-letter code the window is shown in (de, fr, ja).
    // The English sources of LIFEBOAT_SOURCE_DIR's translations/lifeboat_<language>.ts
    // that have a translation of their own are recognised whole.
    explicit UntranslatedText(const QString &language);

    // Each finding as "where: text".
    [[nodiscard]] QStringList in(QWidget *window, const QString &where) const;

    // What is wrong with one text, or empty.
    [[nodiscard]] QString problemWith(const QString &text) const;

private:
    QString m_language;
    QSet<QString> m_englishSources;
};

} // namespace Lifeboat::Testing
