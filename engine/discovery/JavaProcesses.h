// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QStringList>

namespace Lifeboat {

class HostFiles;

// Where the Java processes running on a host were started from, as more
// places to look for AEM Forms: an installation outside the usual folders
// (/home/aem/forms, say) still runs a JVM whose working folder is in or
// near it. Read from /proc, reading only; a host that does not show its
// processes simply adds no place.
class JavaProcesses
{
public:
    JavaProcesses() = delete;

    // For each running java: the folder two levels above its working folder
    // (a server started from its bin/ folder sits beside its crx-repository),
    // never shallower than two levels below the root; those below one of
    // `searched` are left out (they are walked already).
    static QStringList searchPlaces(HostFiles &files, const QStringList &searched, const QString &procRoot = QStringLiteral("/proc"));
};

} // namespace Lifeboat
