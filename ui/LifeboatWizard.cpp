#include "LifeboatWizard.h"

#include "PageId.h"
#include "WelcomePage.h"

#include <QIcon>
#include <QSettings>

namespace Lifeboat {

namespace {
const auto geometryKey = QStringLiteral("wizard/geometry");
}

LifeboatWizard::LifeboatWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Lifeboat"));
    const QIcon icon(QStringLiteral(":/icons/lifeboat.svg"));
    setWindowIcon(icon);
    setPixmap(QWizard::LogoPixmap, icon.pixmap(48, 48));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(Page_Welcome, new WelcomePage(this));
    setStartId(Page_Welcome);

    const QByteArray geometry = QSettings().value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(820, 600);
}

LifeboatWizard::~LifeboatWizard()
{
    QSettings().setValue(geometryKey, saveGeometry());
}

} // namespace Lifeboat
