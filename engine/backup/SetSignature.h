// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QCoreApplication>
#include <QString>

namespace Lifeboat {

// The signature of a backup set: SHA256SUMS.sig, OpenSSH's signature
// (`ssh-keygen -Y sign`) of the set's SHA256SUMS in the namespace
// "lifeboat-backup-set". SHA256SUMS lists manifest.json and every archive,
// so the one signature covers the whole set. The one owner of that file and
// of every ssh-keygen call that makes or checks it; by hand:
//
//   ssh-keygen -Y verify -f allowed_signers -I SIGNER -n lifeboat-backup-set \
//       -s SHA256SUMS.sig < SHA256SUMS
class SetSignature
{
    Q_DECLARE_TR_FUNCTIONS(SetSignature)

public:
    enum class State {
        Unsigned,  // no SHA256SUMS.sig
        Signed,    // a good signature by one of the allowed signers
        Unchecked, // a well-formed, good signature, but no allowed-signers file to say whose key it is
        Bad,       // a signature that does not match, or by a key nobody allowed
    };

    struct Check
    {
        State state = State::Unsigned;
        QString signer;      // the allowed signer's name (Signed)
        QString fingerprint; // "ED25519 key SHA256:…" (Signed, Unchecked)
        QString problem;     // why the signature is bad (Bad)

        // "signed by backup@lab (ED25519 key SHA256:…)", "unsigned", …
        QString text() const;
    };

    SetSignature() = delete;

    static QString fileName() { return QStringLiteral("SHA256SUMS.sig"); }
    static QString signatureNamespace() { return QStringLiteral("lifeboat-backup-set"); }

    // Whether `key` can sign without asking anyone anything: a private key
    // without a passphrase, or a public key whose private key ssh-agent
    // holds. Empty when it can; else what is wrong and what to do.
    static QString keyProblem(const QString &key);
    // Signs `setDirectory`'s SHA256SUMS with `key` into SHA256SUMS.sig
    // (written whole).
    [[nodiscard]] static bool sign(const QString &setDirectory, const QString &key, QString *error);
    // The signature of `setDirectory`, checked against `allowedSigners`
    // (may be empty). Reads only regular files.
    static Check check(const QString &setDirectory, const QString &allowedSigners);

private:
    static Check checkAgainst(const QString &signature, const QByteArray &sums, const QString &allowedSigners);
};

} // namespace Lifeboat
