// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

// The German, French and Japanese translations are complete and safe to ship:
// every message of translations/lifeboat_*.ts is translated (no unfinished,
// empty, vanished or obsolete entry), plurals have the numerus forms of their
// language, every translation keeps the %1 %2 … and %n placeholders of its
// source, and the .ts files hold every string the sources pass to tr() today
// (lupdate run on a scratch copy adds nothing).
#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString translationType; // "unfinished", "vanished", "obsolete" or empty
    QString translation;
    QStringList numerusForms;
    qint64 line = 0;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{};
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            message.line = xml.lineNumber();
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus) {
                message.translation = xml.readElementText();
                messages.append(message);
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    message.numerusForms.append(xml.readElementText());
                else
                    xml.skipCurrentElement();
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

// The placeholders of a text, sorted: %1 … %99 and %n (each occurrence).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:n|[1-9][0-9]?)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    return found;
}

// The set of distinct placeholders; a plural's forms may repeat or drop a
// repeated one, but never lose or invent one.
QStringList distinctPlaceholders(const QString &text)
{
    QStringList found = placeholders(text);
    found.removeDuplicates();
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(LIFEBOAT_SOURCE_DIR "/translations/lifeboat_%1.ts").arg(language);
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void placeholdersKept_data();
    void placeholdersKept();
    void upToDateWithSources_data();
    void upToDateWithSources();
};

void TranslationsTest::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");
    QTest::newRow("de") << QStringLiteral("de") << 2;
    QTest::newRow("fr") << QStringLiteral("fr") << 2;
    QTest::newRow("ja") << QStringLiteral("ja") << 1;
}

void TranslationsTest::complete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(messages.size() > 100, "the .ts file holds almost nothing; run lupdate");

    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(60));
        if (!m.translationType.isEmpty()) {
            problems << QStringLiteral("%1: translation is %2").arg(where, m.translationType);
            continue;
        }
        if (m.numerus) {
            if (m.numerusForms.size() != pluralForms)
                problems << QStringLiteral("%1: %2 plural forms, %3 needs %4")
                                .arg(where)
                                .arg(m.numerusForms.size())
                                .arg(language)
                                .arg(pluralForms);
            for (const QString &form : m.numerusForms) {
                if (form.trimmed().isEmpty())
                    problems << QStringLiteral("%1: an empty plural form").arg(where);
            }
        } else if (m.translation.isEmpty() && !m.source.isEmpty()) {
            problems << QStringLiteral("%1: empty translation").arg(where);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::placeholdersKept_data()
{
    complete_data();
}

void TranslationsTest::placeholdersKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList problems;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("line %1 [%2] \"%3\"").arg(m.line).arg(m.context, m.source.left(60));
        if (m.numerus) {
            const QStringList wanted = distinctPlaceholders(m.source);
            for (const QString &form : m.numerusForms) {
                if (distinctPlaceholders(form) != wanted)
                    problems << QStringLiteral("%1: placeholders %2, the source has %3 in \"%4\"")
                                    .arg(where, distinctPlaceholders(form).join(u' '), wanted.join(u' '), form);
            }
        } else if (placeholders(m.translation) != placeholders(m.source)) {
            problems << QStringLiteral("%1: placeholders %2, the source has %3 in \"%4\"")
                            .arg(where, placeholders(m.translation).join(u' '), placeholders(m.source).join(u' '),
                                 m.translation);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TranslationsTest::upToDateWithSources_data()
{
    complete_data();
}

// lupdate over the translated source folders, on a scratch copy: a string
// added to the sources without a translation shows up as a new message.
void TranslationsTest::upToDateWithSources()
{
    QFETCH(QString, language);
    const QString lupdate = QStringLiteral(LIFEBOAT_LUPDATE);
    if (!QFile::exists(lupdate))
        QSKIP("lupdate is not installed");

    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(QStringLiteral("lifeboat_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments;
    for (const char *folder : {"app", "ui", "report", "engine", "node", "agent"})
        arguments << QStringLiteral(LIFEBOAT_SOURCE_DIR "/%1").arg(QLatin1String(folder));
    arguments << QStringLiteral("-extensions") << QStringLiteral("cpp,h") << QStringLiteral("-no-obsolete")
              << QStringLiteral("-locations") << QStringLiteral("none") << QStringLiteral("-silent")
              << QStringLiteral("-ts") << copy;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, arguments);
    QVERIFY2(process.waitForFinished(300000), "lupdate did not finish");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList untranslated;
    for (const Message &m : messages) {
        if (m.translationType == QLatin1String("unfinished"))
            untranslated << QStringLiteral("[%1] %2").arg(m.context, m.source);
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 source string(s) have no %2 translation yet; run the lupdate target "
                                       "(cmake --build BUILD --target update_translations) and translate them:\n%3")
                            .arg(untranslated.size())
                            .arg(language, untranslated.join(QLatin1Char('\n')))));
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
