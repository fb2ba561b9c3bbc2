// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "WritablePlaces.h"

#include <hosts/Hosts.h>
#include <restore/Quarantine.h>
#include <run/StepContext.h>

#include <QDir>
#include <QFileInfo>

namespace Lifeboat {

namespace {
QList<HostPath> placesFor(HostFiles &files, const HostPath &target)
{
    const QString clean = QDir::cleanPath(target.path);
    QList<HostPath> places{target.at(QFileInfo(clean).absolutePath()), target.at(Quarantine::anchorFor(files, clean))};
    HostFiles::Entry entry;
    if (files.stat(clean, &entry, nullptr) && entry.isDirectory())
        places.append(target.at(clean));
    return places;
}
} // namespace

QStringList WritablePlaces::missing(const StepContext &context, const QList<HostPath> &targets)
{
    QList<HostPath> checked;
    QStringList problems;
    for (const HostPath &target : targets) {
        if (target.path.isEmpty())
            continue;
        HostFiles &files = context.hosts().files(target);
        for (const HostPath &place : placesFor(files, target)) {
            if (checked.contains(place))
                continue;
            checked.append(place);
            QString whyNot;
            // An unreachable host is the host checks' to report.
            if (!files.checkWritable(place.path, &whyNot, nullptr) || whyNot.isEmpty())
                continue;
            problems.append(tr("%1%2 Lifeboat must be able to change it: mount it read-write or give the user Lifeboat "
                               "runs as write access there (on a real cluster, run as the user that owns the AEM files).")
                                .arg(files.isLocal() ? QString() : files.host() + QStringLiteral(": "), whyNot));
        }
    }
    return problems;
}

} // namespace Lifeboat
