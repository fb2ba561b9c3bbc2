// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Lifeboat {

// A blocking HTTP call with basic auth and a timeout, for worker threads and
// the command line (never the GUI thread: it runs its own event loop).
class HttpClient
{
public:
    struct Reply
    {
        int status = 0; // 0: no answer (refused, timed out)
        QByteArray body;
        QString error;
        bool ok() const { return status >= 200 && status < 300; }
    };

    HttpClient(QString user, QString password, int timeoutMs = 10000);

    Reply get(const QUrl &url) const;
    Reply post(const QUrl &url, const QByteArray &body = {}) const;

private:
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body) const;

    QString m_user;
    QString m_password;
    int m_timeoutMs;
};

} // namespace Lifeboat
