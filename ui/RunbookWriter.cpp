// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "RunbookWriter.h"

#include <QStringView>

namespace Lifeboat {

namespace {
// Markdown-escapes the characters that would otherwise format text.
QString md(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (QStringView(u"\\`*_[]<>|#").contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString h(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

QString RunbookWriter::asksFirstText(const Step &step)
{
    if (!step.asksFirst)
        return {};
    return step.destructive ? tr("asks first (changes the cluster)") : tr("asks first");
}

QString RunbookWriter::markdown(const Document &document)
{
    QString out;
    out += QStringLiteral("# ") + md(tr("Runbook: %1 on %2").arg(document.scenarioTitle, document.clusterName)) + QStringLiteral("\n\n");
    out += QStringLiteral("- **") + tr("Cluster") + QStringLiteral(":** ") + md(document.clusterName) + u'\n';
    out += QStringLiteral("- **") + tr("Scenario") + QStringLiteral(":** ") + md(document.scenarioTitle) + QStringLiteral(" (`") + document.scenarioId + QStringLiteral("`)\n\n");
    if (!document.scenarioDescription.isEmpty())
        out += md(document.scenarioDescription) + QStringLiteral("\n\n");

    out += QStringLiteral("## ") + tr("Options") + QStringLiteral("\n\n");
    if (document.options.isEmpty())
        out += tr("None.") + QStringLiteral("\n");
    for (const auto &[name, value] : document.options)
        out += QStringLiteral("- `") + name + QStringLiteral("`: ") + md(value) + u'\n';
    out += u'\n';

    out += QStringLiteral("## ") + tr("Steps") + QStringLiteral("\n\n");
    for (int i = 0; i < document.steps.size(); ++i) {
        const Step &step = document.steps.at(i);
        out += QStringLiteral("%1. ").arg(i + 1) + (step.asksFirst ? QStringLiteral("**") + md(step.title) + QStringLiteral("**") : md(step.title));
        if (step.asksFirst)
            out += QStringLiteral(" — _") + asksFirstText(step) + QStringLiteral("_");
        out += u'\n';
        if (!step.details.isEmpty())
            out += QStringLiteral("   ") + md(step.details) + u'\n';
        for (const QString &line : step.preview)
            out += QStringLiteral("   - ") + md(line) + u'\n';
    }
    out += u'\n';

    out += QStringLiteral("## ") + tr("Always at the end") + QStringLiteral("\n\n");
    out += tr("Whatever happens, these undo what the plan disturbed:") + QStringLiteral("\n\n");
    for (const Step &step : document.cleanup) {
        out += QStringLiteral("- ") + md(step.title) + u' ' + md(tr("(if step %1 ran)").arg(step.armedBy + 1));
        if (step.asksFirst)
            out += QStringLiteral(" — _") + asksFirstText(step) + QStringLiteral("_");
        out += u'\n';
        for (const QString &line : step.preview)
            out += QStringLiteral("   - ") + md(line) + u'\n';
    }
    return out;
}

QString RunbookWriter::html(const Document &document)
{
    const QString title = tr("Runbook: %1 on %2").arg(document.scenarioTitle, document.clusterName);
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + h(title) + QStringLiteral("</title>\n");
    out += QStringLiteral("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}.asks{font-weight:bold;color:#a40000}li.asks-step>span.title{font-weight:bold}ul.preview{color:#444;font-size:95%}code{background:#eee;padding:0 .2em}</style>\n</head>\n<body>\n");
    out += QStringLiteral("<h1>") + h(title) + QStringLiteral("</h1>\n<dl>\n");
    out += QStringLiteral("<dt>") + h(tr("Cluster")) + QStringLiteral("</dt><dd>") + h(document.clusterName) + QStringLiteral("</dd>\n");
    out += QStringLiteral("<dt>") + h(tr("Scenario")) + QStringLiteral("</dt><dd>") + h(document.scenarioTitle) + QStringLiteral(" (<code>") + h(document.scenarioId)
         + QStringLiteral("</code>)</dd>\n</dl>\n");
    if (!document.scenarioDescription.isEmpty())
        out += QStringLiteral("<p>") + h(document.scenarioDescription) + QStringLiteral("</p>\n");

    out += QStringLiteral("<h2>") + h(tr("Options")) + QStringLiteral("</h2>\n");
    if (document.options.isEmpty()) {
        out += QStringLiteral("<p>") + h(tr("None.")) + QStringLiteral("</p>\n");
    } else {
        out += QStringLiteral("<ul>\n");
        for (const auto &[name, value] : document.options)
            out += QStringLiteral("<li><code>") + h(name) + QStringLiteral("</code>: ") + h(value) + QStringLiteral("</li>\n");
        out += QStringLiteral("</ul>\n");
    }

    const auto previewList = [](const Step &step) {
        if (step.preview.isEmpty())
            return QString();
        QString list = QStringLiteral("<ul class=\"preview\">\n");
        for (const QString &line : step.preview)
            list += QStringLiteral("<li>") + h(line) + QStringLiteral("</li>\n");
        return list + QStringLiteral("</ul>\n");
    };

    out += QStringLiteral("<h2>") + h(tr("Steps")) + QStringLiteral("</h2>\n<ol>\n");
    for (const Step &step : document.steps) {
        out += step.asksFirst ? QStringLiteral("<li class=\"asks-step\">") : QStringLiteral("<li>");
        out += QStringLiteral("<span class=\"title\">") + h(step.title) + QStringLiteral("</span>");
        if (step.asksFirst)
            out += QStringLiteral(" <span class=\"asks\">[") + h(asksFirstText(step)) + QStringLiteral("]</span>");
        if (!step.details.isEmpty())
            out += QStringLiteral("<br>") + h(step.details);
        out += u'\n' + previewList(step) + QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ol>\n");

    out += QStringLiteral("<h2>") + h(tr("Always at the end")) + QStringLiteral("</h2>\n<p>") + h(tr("Whatever happens, these undo what the plan disturbed:"))
         + QStringLiteral("</p>\n<ul>\n");
    for (const Step &step : document.cleanup) {
        out += QStringLiteral("<li>") + h(step.title) + u' ' + h(tr("(if step %1 ran)").arg(step.armedBy + 1));
        if (step.asksFirst)
            out += QStringLiteral(" <span class=\"asks\">[") + h(asksFirstText(step)) + QStringLiteral("]</span>");
        out += u'\n' + previewList(step) + QStringLiteral("</li>\n");
    }
    out += QStringLiteral("</ul>\n</body>\n</html>\n");
    return out;
}

} // namespace Lifeboat
