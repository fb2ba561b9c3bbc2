// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "DeterministicData.h"

#include <array>
#include <cstring>

namespace Lifeboat {

namespace {
constexpr std::array words{"form",     "document", "policy",   "signature", "approval",   "invoice", "claim",
                           "customer", "process",  "workflow", "template",  "assembler",  "render",  "submit",
                           "archive",  "pdf",      "xdp",      "xfa",       "letter",     "asset",   "review",
                           "output",   "barcode",  "reader",   "extension", "correspond", "publish", "author"};
constexpr qsizetype mixedBlock = 4096;
} // namespace

DeterministicData::DeterministicData(quint64 seed)
    : m_engine(seed)
{
}

QByteArray DeterministicData::text(qsizetype size)
{
    QByteArray data;
    data.reserve(size + 16);
    while (data.size() < size) {
        data.append(words[m_engine() % words.size()]);
        data.append(m_engine() % 9 == 0 ? '\n' : ' ');
    }
    data.truncate(size);
    return data;
}

QByteArray DeterministicData::binary(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    qsizetype offset = 0;
    while (offset < size) {
        const quint64 value = m_engine();
        const auto chunk = std::min<qsizetype>(sizeof value, size - offset);
        std::memcpy(data.data() + offset, &value, size_t(chunk));
        offset += chunk;
    }
    return data;
}

QByteArray DeterministicData::mixed(qsizetype size)
{
    QByteArray data;
    data.reserve(size);
    bool textBlock = true;
    while (data.size() < size) {
        const qsizetype block = std::min(mixedBlock, size - data.size());
        data.append(textBlock ? text(block) : binary(block));
        textBlock = !textBlock;
    }
    return data;
}

qint64 DeterministicData::between(qint64 low, qint64 high)
{
    return low + qint64(m_engine() % quint64(high - low + 1));
}

QString DeterministicData::hex(int digits)
{
    QString result;
    while (result.size() < digits)
        result += QString::number(m_engine(), 16).rightJustified(16, u'0');
    return result.left(digits);
}

QString DeterministicData::uuid()
{
    const QString h = hex(32);
    return QStringLiteral("%1-%2-%3-%4-%5").arg(h.mid(0, 8), h.mid(8, 4), h.mid(12, 4), h.mid(16, 4), h.mid(20, 12));
}

QString DeterministicData::word()
{
    return QString::fromLatin1(words[m_engine() % words.size()]);
}

} // namespace Lifeboat
