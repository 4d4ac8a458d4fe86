// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A host whose TLS client key is encrypted: the passphrase comes from the
// keychain (the harness's gnome-keyring), and the harness's TLS engine
// accepts the key only with the right one.
#include "core/provisioning/dockeraccess.h"
#include "core/provisioning/instanceplan.h"
#include "core/secrets/secretstore.h"

#include "tests/support/testservices.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using saasodoo::Result;
using saasodoo::provisioning::dockerClientOptions;
using saasodoo::provisioning::dockerEndpoint;
using saasodoo::provisioning::isEncryptedPrivateKey;
using saasodoo::provisioning::tlsKeyPassphraseKey;
using saasodoo::secrets::SecretStore;
namespace catalog = saasodoo::catalog;
namespace docker = saasodoo::docker;

class TestDockerAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainKeyNeedsNoKeychain();
    void encryptedKeyWithoutPassphraseFails();
    void encryptedKeyWithPassphraseConnects();
    void wrongPassphraseIsRejected();
    void pgPasswordKeyIgnoresOtherSecrets();
    void cleanupTestCase();

private:
    catalog::Host tlsHost(const QString &keyFile) const;

    QTemporaryDir m_scratch { QStringLiteral("/tmp/sod-dockeraccess-XXXXXX") };
    saasodoo::test::DockerService m_engine;
    QString m_encryptedKey;
    QString m_hostId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray m_passphrase = QUuid::createUuid().toByteArray(QUuid::Id128);
    SecretStore m_secrets { QStringLiteral("saasodoo-console") };
};

catalog::Host TestDockerAccess::tlsHost(const QString &keyFile) const
{
    catalog::Host host;
    host.id = m_hostId;
    host.name = QStringLiteral("remote-tls");
    host.dockerEndpoint = m_engine.host;
    host.tlsCaPath = m_engine.certPath + QStringLiteral("/ca.pem");
    host.tlsCertPath = m_engine.certPath + QStringLiteral("/cert.pem");
    host.tlsKeyPath = keyFile;
    return host;
}

void TestDockerAccess::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
    QVERIFY(m_scratch.isValid());
    m_engine = saasodoo::test::dockerTls();

    // Encrypt a copy of the harness's client key; the passphrase reaches
    // openssl on its standard input, as it would for an admin.
    m_encryptedKey = m_scratch.filePath(QStringLiteral("key-encrypted.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-v2"), QStringLiteral("aes-256-cbc"),
            QStringLiteral("-in"), m_engine.certPath + QStringLiteral("/key.pem"), QStringLiteral("-out"), m_encryptedKey,
            QStringLiteral("-passout"), QStringLiteral("stdin") });
    QVERIFY(openssl.waitForStarted());
    openssl.write(m_passphrase + '\n');
    openssl.closeWriteChannel();
    QVERIFY(openssl.waitForFinished(30000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    QVERIFY(isEncryptedPrivateKey(m_encryptedKey));
    QVERIFY(saasodoo::provisioning::privateKeyOpens(m_encryptedKey, m_passphrase));
    QVERIFY(!saasodoo::provisioning::privateKeyOpens(m_encryptedKey, QByteArrayLiteral("not-the-passphrase")));
}

void TestDockerAccess::plainKeyNeedsNoKeychain()
{
    const catalog::Host host = tlsHost(m_engine.certPath + QStringLiteral("/key.pem"));
    QVERIFY(!isEncryptedPrivateKey(host.tlsKeyPath));
    // No keychain at all is fine for a key without a passphrase.
    const Result<docker::ClientOptions> options = dockerClientOptions(host, nullptr);
    QVERIFY2(options.ok(), qPrintable(options.error()));
    QVERIFY(options->keyPassphrase.isEmpty());
    const docker::DockerClient client(dockerEndpoint(host), options.value());
    const auto version = client.version();
    QVERIFY2(version.ok(), qPrintable(version.error()));
}

void TestDockerAccess::encryptedKeyWithoutPassphraseFails()
{
    const catalog::Host host = tlsHost(m_encryptedKey);
    const Result<docker::ClientOptions> options = dockerClientOptions(host, &m_secrets);
    QVERIFY(!options.ok());
    QVERIFY2(options.error().contains(QLatin1String("encrypted")), qPrintable(options.error()));
    QVERIFY2(options.error().contains(QLatin1String("saasodoo host set-tls-passphrase remote-tls")),
        qPrintable(options.error()));

    // Dialled without the passphrase, the engine is never reached and the
    // error names the key rather than the network.
    const docker::DockerClient client(dockerEndpoint(host));
    const auto version = client.version();
    QVERIFY(!version.ok());
    QVERIFY2(version.error().contains(QLatin1String("passphrase")), qPrintable(version.error()));
}

void TestDockerAccess::encryptedKeyWithPassphraseConnects()
{
    QFuture<saasodoo::Status> written = m_secrets.write(tlsKeyPassphraseKey(m_hostId), QString::fromLatin1(m_passphrase));
    written.waitForFinished();
    QVERIFY2(written.result().ok(), qPrintable(written.result().error()));

    // A second store has no cache, so the passphrase comes from the keychain.
    SecretStore reader(QStringLiteral("saasodoo-console"));
    const catalog::Host host = tlsHost(m_encryptedKey);
    const Result<docker::ClientOptions> options = dockerClientOptions(host, &reader);
    QVERIFY2(options.ok(), qPrintable(options.error()));
    QCOMPARE(options->keyPassphrase, m_passphrase);
    const docker::DockerClient client(dockerEndpoint(host), options.value());
    const auto version = client.version();
    QVERIFY2(version.ok(), qPrintable(version.error()));
    QVERIFY(!version->version.isEmpty());
}

void TestDockerAccess::wrongPassphraseIsRejected()
{
    QFuture<saasodoo::Status> written = m_secrets.write(tlsKeyPassphraseKey(m_hostId), QStringLiteral("not-the-passphrase"));
    written.waitForFinished();
    QVERIFY(written.result().ok());
    SecretStore reader(QStringLiteral("saasodoo-console"));
    const catalog::Host host = tlsHost(m_encryptedKey);
    const Result<docker::ClientOptions> options = dockerClientOptions(host, &reader);
    QVERIFY(options.ok());
    const docker::DockerClient client(dockerEndpoint(host), options.value());
    const auto version = client.version();
    QVERIFY(!version.ok());
    QVERIFY2(version.error().contains(QLatin1String("passphrase")), qPrintable(version.error()));
    QVERIFY2(!version.error().contains(QLatin1String("not-the-passphrase")), qPrintable(version.error()));
}

void TestDockerAccess::pgPasswordKeyIgnoresOtherSecrets()
{
    catalog::Host host = tlsHost(m_encryptedKey);
    const QString own = SecretStore::hostKey(m_hostId, QStringLiteral("pg-password"));
    QCOMPARE(saasodoo::provisioning::pgPasswordKey(host), own);
    host.pgPasswordRef = QStringLiteral("host/0b6f2c1e-shared/pg-password");
    QCOMPARE(saasodoo::provisioning::pgPasswordKey(host), host.pgPasswordRef);
    // A tampered catalog naming another secret gets the host's own key.
    host.pgPasswordRef = QStringLiteral("settings/s3-secret-access-key");
    QCOMPARE(saasodoo::provisioning::pgPasswordKey(host), own);
}

void TestDockerAccess::cleanupTestCase()
{
    QFuture<saasodoo::Status> removed = m_secrets.remove(tlsKeyPassphraseKey(m_hostId));
    removed.waitForFinished();
}

QTEST_GUILESS_MAIN(TestDockerAccess)
#include "tst_dockeraccess.moc"
