// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

struct evp_md_ctx_st;
class QIODevice;

namespace Lifeboat {

// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA extensions:
// several times faster than QCryptographicHash's portable code, and hashing
// is most of the work of writing and verifying a backup set.
class Sha256
{
    Q_DISABLE_COPY_MOVE(Sha256)

public:
    Sha256();
    ~Sha256();

    void addData(QByteArrayView data);
    // Reads `device` to its end; false when it cannot be read.
    bool addData(QIODevice *device);
    QByteArray hexResult();

private:
    evp_md_ctx_st *m_context;
};

} // namespace Lifeboat
