// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat::Testing {

// A port nobody listens on at `address` (a loopback address) right now, or 0.
int freePort(const QString &address);

// The fingerprint as a person reads it on the host, "SHA256:…"
// (`ssh-keygen -lf KEY.pub`), or empty when ssh-keygen cannot tell.
QString fingerprintOnHost(const QString &publicKey);

} // namespace Lifeboat::Testing
