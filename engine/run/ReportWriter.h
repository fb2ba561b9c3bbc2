#pragma once

#include "RunRecord.h"

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// Renders a run's report from its journal: report.json for tools and
// report.html for people who were not there. Both are written whole
// (QSaveFile), after every run and every resume.
class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    [[nodiscard]] static bool write(const QString &runDirectory, QString *error);

    static QJsonObject toJson(const RunRecord &record);
    static QString toHtml(const RunRecord &record);
};

} // namespace Lifeboat
