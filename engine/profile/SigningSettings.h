// SPDX-License-Identifier: Apache-2.0
// SPDX-FileCopyrightText: 2026 Lifeboat maintainers

#pragma once

#include <QString>

namespace Lifeboat {

// How backup sets are signed and whose signatures a restore trusts (the
// profile's optional "signing" object, docs/profile.md). Signatures are
// OpenSSH's own (`ssh-keygen -Y sign`), over the set's SHA256SUMS, which
// lists the manifest and every archive: a set that verifies with a good
// signature is, file for file, what the key's holder published.
struct SigningSettings
{
    // The private key that signs each new set; or its public key when the
    // private key is held by ssh-agent. Empty: sets are not signed.
    QString key;
    // An OpenSSH allowed-signers file (ssh-keygen(1), "ALLOWED SIGNERS"):
    // whose signatures are trusted. Empty: signatures are reported but not
    // checked against anyone.
    QString allowedSigners;
    // Refuse to verify or restore a set that is not signed by one of the
    // allowed signers.
    bool required = false;

    bool isDefault() const { return key.isEmpty() && allowedSigners.isEmpty() && !required; }
};

} // namespace Lifeboat
