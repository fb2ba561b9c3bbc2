// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArray>
#include <QString>

#include <random>

namespace Lifeboat {

// Reproducible content for the sandbox: the same seed gives the same bytes,
// names and ids. Text compresses like documents and logs do; binary data
// like images and already-compressed blobs do not.
class DeterministicData
{
public:
    explicit DeterministicData(quint64 seed);

    QByteArray text(qsizetype size);
    QByteArray binary(qsizetype size);
    QByteArray mixed(qsizetype size);

    qint64 between(qint64 low, qint64 high);
    QString hex(int digits);
    QString uuid();
    QString word();

private:
    std::mt19937_64 m_engine;
};

} // namespace Lifeboat
