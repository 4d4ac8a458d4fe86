// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "core/docker/dockerclient.h"

namespace saasodoo::secrets {
class SecretStore;
}

namespace saasodoo::provisioning {

// The keychain key of a host's PostgreSQL admin password: its own
// host/<id>/pg-password, or another host's pg-password entry named by
// pgPasswordRef. Any other reference (an S3 or instance secret, say) is
// ignored, so a tampered catalog cannot send other secrets to a server.
QString pgPasswordKey(const catalog::Host &host);

// The keychain key of the passphrase that protects a host's TLS client key.
QString tlsKeyPassphraseKey(const QString &hostId);

// Whether a PEM private key file is encrypted (PKCS#8 "ENCRYPTED PRIVATE
// KEY" or a traditional key with "Proc-Type: 4,ENCRYPTED").
bool isEncryptedPrivateKey(const QString &path);

// Whether the passphrase decrypts the PEM private key at `path` (RSA, EC or
// DSA), checked locally before the passphrase is stored.
bool privateKeyOpens(const QString &path, const QByteArray &passphrase);

// Client options for a host's engine. For an encrypted TLS client key, the
// passphrase comes from the keychain, and a missing passphrase is an error
// that explains how to store it. Blocks on the keychain, so call it off the UI thread.
Result<docker::ClientOptions> dockerClientOptions(const catalog::Host &host, secrets::SecretStore *secrets,
    docker::ClientOptions options = {});

} // namespace saasodoo::provisioning
