// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <array>
#include <memory>

namespace Lifeboat {

// A file's SHA-256 as a manifest records it, held as its 32 bytes: every
// list of files keeps one per file, and the 64 hex digits as a QString took
// 160 bytes of heap beside the list (44 MB at 300,000 files, for each list
// held). Text that is not 64 hexadecimal digits (a damaged or hostile
// manifest) is kept as it was given, so that the manifest's rules can name
// it; empty text is "not recorded".
class Sha256Digest
{
public:
    Sha256Digest() = default;
    // From hex text, in either case: implicit, since a digest is written
    // as its text everywhere (a manifest, a test's expected value).
    Sha256Digest(QStringView hex);
    Sha256Digest(const QString &hex)
        : Sha256Digest(QStringView(hex))
    {
    }
    // From Sha256::hexResult().
    static Sha256Digest fromHex(QByteArrayView hex);
    using Bytes = std::array<quint8, 32>;
    static Sha256Digest fromBytes(const Bytes &bytes);

    bool isEmpty() const { return m_state == State::Empty; }
    // 64 hexadecimal digits.
    bool isValid() const { return m_state == State::Valid; }
    // The 32 bytes of a valid digest (all zero otherwise).
    const Bytes &bytes() const { return m_bytes; }
    // In lower case; the text as it was given (lowered) when it is not valid.
    QString hex() const;

    friend bool operator==(const Sha256Digest &a, const Sha256Digest &b);

private:
    enum class State : quint8 { Empty, Valid, Other };
    Bytes m_bytes{};
    State m_state = State::Empty;
    std::shared_ptr<const QString> m_other; // the text, when it is not a digest
};

} // namespace Lifeboat
