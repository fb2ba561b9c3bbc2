// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#include "Sha256Digest.h"

namespace Lifeboat {

namespace {
int hexValue(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

char16_t unit(QChar c)
{
    return c.unicode();
}

char16_t unit(char c)
{
    return char16_t(uchar(c));
}

// The 32 bytes of 64 hex digits in `hex` (QStringView or QByteArrayView); false when it is not that.
template<typename View>
bool parse(View hex, std::array<quint8, 32> *bytes)
{
    if (hex.size() != 64)
        return false;
    for (qsizetype i = 0; i < 32; ++i) {
        const int high = hexValue(unit(hex[2 * i]));
        const int low = hexValue(unit(hex[2 * i + 1]));
        if (high < 0 || low < 0)
            return false;
        (*bytes)[i] = quint8(high << 4 | low);
    }
    return true;
}
} // namespace

Sha256Digest::Sha256Digest(QStringView hex)
{
    if (hex.isEmpty())
        return;
    if (parse(hex, &m_bytes)) {
        m_state = State::Valid;
        return;
    }
    m_bytes = {};
    m_state = State::Other;
    m_other = std::make_shared<const QString>(hex.toString().toLower());
}

Sha256Digest Sha256Digest::fromHex(QByteArrayView hex)
{
    Sha256Digest digest;
    if (parse(hex, &digest.m_bytes))
        digest.m_state = State::Valid;
    else
        digest = Sha256Digest(QString::fromLatin1(hex));
    return digest;
}

Sha256Digest Sha256Digest::fromBytes(const Bytes &bytes)
{
    Sha256Digest digest;
    digest.m_bytes = bytes;
    digest.m_state = State::Valid;
    return digest;
}

QString Sha256Digest::hex() const
{
    if (m_state == State::Other)
        return *m_other;
    if (m_state == State::Empty)
        return {};
    static constexpr char16_t digits[] = u"0123456789abcdef";
    QString text(64, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (quint8 byte : m_bytes) {
        *out++ = digits[byte >> 4];
        *out++ = digits[byte & 0xf];
    }
    return text;
}

bool operator==(const Sha256Digest &a, const Sha256Digest &b)
{
    if (a.m_state != b.m_state)
        return false;
    if (a.m_state == Sha256Digest::State::Other)
        return *a.m_other == *b.m_other;
    return a.m_bytes == b.m_bytes;
}

} // namespace Lifeboat
