// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "UntranslatedText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QWidget>
#include <QXmlStreamReader>

namespace Lifeboat::Testing {

namespace {

// Words of English grammar that neither German nor French uses as words of
// their own ("was", "will", "in", "an", "on" and "so" are left out for that).
const QSet<QString> &englishWords()
{
    static const QSet<QString> words{
        QStringLiteral("the"),
        QStringLiteral("and"),
        QStringLiteral("with"),
        QStringLiteral("from"),
        QStringLiteral("this"),
        QStringLiteral("that"),
        QStringLiteral("which"),
        QStringLiteral("cannot"),
        QStringLiteral("your"),
        QStringLiteral("into"),
        QStringLiteral("when"),
        QStringLiteral("been"),
        QStringLiteral("has"),
        QStringLiteral("have"),
        QStringLiteral("are"),
        QStringLiteral("is"),
        QStringLiteral("of"),
        QStringLiteral("to"),
        QStringLiteral("its"),
        QStringLiteral("it"),
        QStringLiteral("after"),
        QStringLiteral("before"),
        QStringLiteral("every"),
        QStringLiteral("left"),
        QStringLiteral("stopped"),
        QStringLiteral("running"),
        QStringLiteral("waiting"),
        QStringLiteral("done"),
        QStringLiteral("failed"),
        QStringLiteral("missing"),
        QStringLiteral("seconds"),
        QStringLiteral("about"),
    };
    return words;
}

QString withoutMarkup(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    return text.remove(u'&');
}

// Quoted output of other programs and code: a translation cannot change it.
// Replaced by an empty quote, so that a quote over several lines of a log
// goes as a whole.
QString withoutQuotes(QString text)
{
    static const QRegularExpression quoted(
        QStringLiteral("«[^»]*»|»[^«]*«|\"[^\"]*\"|„[^“]*“|“[^”]*”|「[^」]*」|『[^』]*』|`[^`]*`|'[^']*'"));
    return text.replace(quoted, QStringLiteral("«»"));
}

// What a translation cannot change: quoted output, paths, URLs, file names
// and command-line options.
QString translatable(const QString &text)
{
    static const QRegularExpression pathOrOption(QStringLiteral("\\S*[/\\\\]\\S*|--?[\\w-]+|\\S+\\.\\w+\\b"));
    return withoutQuotes(text).replace(pathOrOption, QStringLiteral(" "));
}

QStringList visibleTexts(QWidget *window)
{
    QStringList texts;
    const auto shown = [](QWidget *widget) { return widget->isVisible(); };
    for (QLabel *label : window->findChildren<QLabel *>())
        if (shown(label))
            texts.append(label->text());
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (shown(button))
            texts.append(button->text());
    for (QGroupBox *box : window->findChildren<QGroupBox *>())
        if (shown(box))
            texts.append(box->title());
    for (QLineEdit *edit : window->findChildren<QLineEdit *>())
        if (shown(edit))
            texts.append(edit->placeholderText());
    for (QComboBox *combo : window->findChildren<QComboBox *>()) {
        if (!shown(combo))
            continue;
        for (int i = 0; i < combo->count(); ++i)
            texts.append(combo->itemText(i));
    }
    for (QPlainTextEdit *edit : window->findChildren<QPlainTextEdit *>())
        if (shown(edit))
            texts += withoutQuotes(edit->toPlainText()).split(u'\n');
    for (QTextEdit *edit : window->findChildren<QTextEdit *>())
        if (shown(edit))
            texts += withoutQuotes(edit->toPlainText()).split(u'\n');
    for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        if (!shown(view) || !view->model() || qobject_cast<QHeaderView *>(view))
            continue;
        const QAbstractItemModel *model = view->model();
        for (int column = 0; column < model->columnCount(); ++column)
            texts.append(model->headerData(column, Qt::Horizontal).toString());
        // The first level is enough: what a person sees without expanding.
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->index(row, column).data().toString());
    }
    return texts;
}

} // namespace

UntranslatedText::UntranslatedText(const QString &language)
    : m_language(language)
{
    QFile file(QStringLiteral(LIFEBOAT_SOURCE_DIR "/translations/lifeboat_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Only what a translation changes: "OK", "GDS", "%1" stay as they are.
            if (!translation.isEmpty() && translation != source
                && translation.simplified() != source.simplified())
                m_englishSources.insert(withoutMarkup(source).simplified());
        }
    }
}

QString UntranslatedText::problemWith(const QString &original) const
{
    const QString text = withoutMarkup(original).simplified();
    if (text.isEmpty())
        return {};
    QString bare = text;
    while (bare.endsWith(u':') || bare.endsWith(u'…') || bare.endsWith(u'.'))
        bare.chop(1);
    if (m_englishSources.contains(text) || (bare.size() > 2 && m_englishSources.contains(bare)))
        return QStringLiteral("an English source text shown untranslated");
    const QString words = translatable(text);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]+"));
    for (auto it = word.globalMatch(words); it.hasNext();) {
        const QString found = it.next().captured();
        if (englishWords().contains(found.toLower()))
            return QStringLiteral("the English word \"%1\"").arg(found);
    }
    // German and French write 0,5 s; Japanese writes 0.5 s as English does.
    static const QRegularExpression englishDecimal(
        QStringLiteral("(?<![\\d.,])\\d+\\.\\d+\\s?(s|ms|%|B|KiB|MiB|GiB|TiB|kB|MB|GB|TB)\\b"));
    if (m_language != QLatin1String("ja") && englishDecimal.match(text).hasMatch())
        return QStringLiteral("a number with an English decimal point");
    return {};
}

QStringList UntranslatedText::in(QWidget *window, const QString &where) const
{
    QStringList found;
    for (const QString &text : visibleTexts(window)) {
        const QString problem = problemWith(text);
        if (!problem.isEmpty())
            found.append(QStringLiteral("%1: %2 in \"%3\"").arg(where, problem, text.simplified().left(160)));
    }
    found.removeDuplicates();
    return found;
}

} // namespace Lifeboat::Testing
