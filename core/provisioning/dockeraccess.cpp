// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockeraccess.h"

#include "core/catalog/validation.h"
#include "core/common/logging.h"
#include "core/secrets/secretstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslKey>

namespace saasodoo::provisioning {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DockerAccess", text);
}

} // namespace

QString pgPasswordKey(const catalog::Host &host)
{
    if (!host.pgPasswordRef.isEmpty() && catalog::isPgPasswordReference(host.pgPasswordRef))
        return host.pgPasswordRef;
    if (!host.pgPasswordRef.isEmpty())
        qCWarning(lcSecrets) << "ignoring a PostgreSQL password reference that is not a pg-password key on host" << host.id;
    return secrets::SecretStore::hostKey(host.id, QStringLiteral("pg-password"));
}

QString tlsKeyPassphraseKey(const QString &hostId)
{
    return secrets::SecretStore::hostKey(hostId, QStringLiteral("tls-key-passphrase"));
}

bool isEncryptedPrivateKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The PEM header sits in the first lines; a key file is a few kilobytes.
    const QByteArray head = file.read(4096);
    return head.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || head.contains("Proc-Type: 4,ENCRYPTED");
}

bool privateKeyOpens(const QString &path, const QByteArray &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        if (!QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase).isNull())
            return true;
    }
    return false;
}

Result<docker::ClientOptions> dockerClientOptions(const catalog::Host &host, secrets::SecretStore *secrets,
    docker::ClientOptions options)
{
    if (host.tlsKeyPath.isEmpty() || !isEncryptedPrivateKey(host.tlsKeyPath))
        return options;
    const QString key = tlsKeyPassphraseKey(host.id);
    if (!secrets) {
        return makeError(tr("The TLS client key %1 of host %2 is encrypted, and no keychain is open to read its "
                            "passphrase.")
                             .arg(host.tlsKeyPath, host.name));
    }
    QFuture<Result<QString>> read = secrets->read(key);
    read.waitForFinished();
    const Result<QString> passphrase = read.result();
    if (!passphrase.ok()) {
        qCWarning(lcSecrets) << "no TLS key passphrase for host" << host.id;
        return makeError(tr("The TLS client key %1 of host %2 is encrypted, but its passphrase could not be read "
                            "from the keychain: %3 Store it with \"saasodoo host set-tls-passphrase %2\" or in "
                            "the host's settings.")
                             .arg(host.tlsKeyPath, host.name, passphrase.error()));
    }
    options.keyPassphrase = passphrase.value().toUtf8();
    return options;
}

} // namespace saasodoo::provisioning
