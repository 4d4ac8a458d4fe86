// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/entities.h"
#include "core/common/result.h"
#include "core/docker/dockerclient.h"

namespace saasodoo::catalog {
class Catalog;
}

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

// Checks a change of a host's Docker endpoint from `before` to `after`.
// While the host has instances that are not deleted, their containers and
// volumes stay on the engine they were made on, so the change is accepted
// only when the new endpoint reaches that same engine: both endpoints
// answer GET /info with the same engine ID (a Unix socket replaced by TCP
// with TLS to the same daemon, say). Contacts both engines.
Status checkEngineChange(catalog::Catalog &db, const catalog::Host &before, const catalog::Host &after,
    secrets::SecretStore *secrets);

// Checks that `host`'s published port range overlaps no range of another
// host on the same engine: instances of both would compete for the same
// ports, and a port that the other host's instance uses looks like one
// used by a program outside the catalog. Hosts count as one engine when their
// endpoints are spelled the same or both engines report the same identity
// (see checkEngineChange). An engine that does not answer counts as
// another one.
Status checkPortRangeOverlap(catalog::Catalog &db, const catalog::Host &host, secrets::SecretStore *secrets);

// Checks that `host`'s published port range contains every port that its
// instances that are not deleted publish (the published port, and the next
// one for an instance with workers). The error lists the ports outside it.
Status checkPortRangeHoldsInstances(catalog::Catalog &db, const catalog::Host &host);

} // namespace saasodoo::provisioning
