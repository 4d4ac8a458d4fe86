// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Docker client over TCP with mutual TLS: the harness TLS engine with
// right and wrong certificates, and `openssl s_server` with certificates
// made here (expired, wrong host name, no SAN) to check each handshake error.
#include "tests/support/testservices.h"

#include "core/docker/dockerclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace saasodoo::docker;
using namespace saasodoo::test;

namespace {

Endpoint tlsEndpoint(const QString &host, const QString &ca, const QString &cert, const QString &key)
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("tls-test");
    endpoint.host = host;
    endpoint.tls = true;
    endpoint.caFile = ca;
    endpoint.certFile = cert;
    endpoint.keyFile = key;
    return endpoint;
}

QString harnessFile(const char *name)
{
    return dockerTls().certPath + u'/' + QLatin1String(name);
}

// Runs openssl with `arguments` in `directory`; returns its error output on failure.
QString runOpenssl(const QString &directory, const QStringList &arguments)
{
    QProcess openssl;
    openssl.setWorkingDirectory(directory);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
        return QString::fromUtf8(openssl.readAllStandardError()) + QStringLiteral(" (openssl ")
            + arguments.join(u' ') + u')';
    return {};
}

// A throw-away CA plus one server certificate signed by it, with the given
// subject, SAN extension (may be empty) and validity dates (YYYYMMDDHHMMSSZ).
QString makeServerCertificate(const QString &directory, const QString &commonName, const QString &subjectAltName,
    const QString &startDate, const QString &endDate)
{
    QFile config(QDir(directory).filePath(QStringLiteral("ca.cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write ca.cnf");
    config.write("[ca]\ndefault_ca = ca_default\n[ca_default]\ndatabase = index.txt\nnew_certs_dir = .\n"
                 "serial = serial\npolicy = policy_any\ndefault_md = sha256\n[policy_any]\ncommonName = supplied\n");
    config.close();
    QFile(QDir(directory).filePath(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(QDir(directory).filePath(QStringLiteral("serial")));
    serial.open(QIODevice::WriteOnly);
    serial.write("01\n");
    serial.close();
    QFile extensions(QDir(directory).filePath(QStringLiteral("ext")));
    extensions.open(QIODevice::WriteOnly);
    if (!subjectAltName.isEmpty())
        extensions.write("subjectAltName=" + subjectAltName.toUtf8() + '\n');
    extensions.write("extendedKeyUsage=serverAuth\n");
    extensions.close();

    const QList<QStringList> steps {
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca-key.pem"), QStringLiteral("-out"),
            QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=Docker Client Test CA") },
        { QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
            QStringLiteral("-keyout"), QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("req.csr"),
            QStringLiteral("-subj"), QStringLiteral("/CN=") + commonName },
        { QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), QStringLiteral("ca.cnf"),
            QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca-key.pem"),
            QStringLiteral("-in"), QStringLiteral("req.csr"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
            QStringLiteral("-startdate"), startDate, QStringLiteral("-enddate"), endDate, QStringLiteral("-extfile"),
            QStringLiteral("ext") },
    };
    for (const QStringList &step : steps) {
        const QString failure = runOpenssl(directory, step);
        if (!failure.isEmpty())
            return failure;
    }
    return {};
}

QString dateFromNow(qint64 days)
{
    return QDateTime::currentDateTimeUtc().addDays(days).toString(QStringLiteral("yyyyMMddHHmmss'Z'"));
}

// `openssl s_server` on 127.0.0.1 serving the certificate in `directory`.
class TlsServer
{
public:
    explicit TlsServer(const QString &directory)
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_process.setWorkingDirectory(directory);
        m_process.start(QStringLiteral("openssl"),
            { QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                QStringLiteral("-cert"), QStringLiteral("cert.pem"), QStringLiteral("-key"), QStringLiteral("key.pem"),
                QStringLiteral("-www"), QStringLiteral("-quiet") });
        m_process.waitForStarted();
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(200)) {
                m_ready = true;
                break;
            }
            QThread::msleep(50);
        }
    }

    ~TlsServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    bool ready() const { return m_ready; }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
    bool m_ready = false;
};

} // namespace

class TestDockerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustedClientConnects();
    void expectedServerNameIsVerified();
    void wrongCaIsRejected();
    void missingClientCertificateIsRejected();
    void untrustedClientCertificateIsRejected();
    void plainTcpIsRejectedBeforeConnecting();
    void encryptedKeyNeedsPassphrase();
    void expiredServerCertificate();
    void hostnameMismatchNamesCertificate();
    void certificateWithoutSan();
    void tlsToPlainSocketFails();
};

void TestDockerTls::initTestCase()
{
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
}

void TestDockerTls::trustedClientConnects()
{
    DockerClient client(tlsEndpoint(
        dockerTls().host, harnessFile("ca.pem"), harnessFile("cert.pem"), harnessFile("key.pem")));
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error()));
    QCOMPARE(ping->apiVersion, QStringLiteral("1.41"));
    const DockerResult<VersionInfo> version = client.version();
    QVERIFY2(version, qPrintable(version ? QString() : version.error()));
    QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));
    const DockerResult<QList<ContainerSummary>> containers = client.listContainers();
    QVERIFY2(containers, qPrintable(containers ? QString() : containers.error()));
}

void TestDockerTls::expectedServerNameIsVerified()
{
    // The engine's certificate names localhost, so dialling 127.0.0.1 while
    // verifying "localhost" works, and verifying another name fails.
    Endpoint endpoint = tlsEndpoint(
        dockerTls().host, harnessFile("ca.pem"), harnessFile("cert.pem"), harnessFile("key.pem"));
    endpoint.tlsServerName = QStringLiteral("localhost");
    const DockerResult<PingInfo> ping = DockerClient(endpoint).ping();
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error()));

    endpoint.tlsServerName = QStringLiteral("engine.invalid");
    const DockerResult<PingInfo> mismatch = DockerClient(endpoint).ping();
    QVERIFY(!mismatch);
    QCOMPARE(mismatch.dockerError().kind, DockerError::Kind::Tls);
    QVERIFY2(mismatch.error().contains(QLatin1String("valid for localhost, 127.0.0.1, not for engine.invalid")),
        qPrintable(mismatch.error()));
}

void TestDockerTls::wrongCaIsRejected()
{
    const QString wrongCa = qEnvironmentVariable("SAASODOO_TEST_DOCKER_TLS_WRONG_CA");
    DockerClient client(tlsEndpoint(dockerTls().host, wrongCa, harnessFile("cert.pem"), harnessFile("key.pem")));
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY(!ping);
    const DockerError &error = ping.dockerError();
    QCOMPARE(error.kind, DockerError::Kind::Tls);
    QCOMPARE(error.httpStatus, 0);
    QVERIFY2(error.message.contains(dockerTls().host), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("is not trusted")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("CN = localhost")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("SaaSOdoo Test CA")), qPrintable(error.message));
    QVERIFY2(error.message.contains(wrongCa), qPrintable(error.message));
}

void TestDockerTls::missingClientCertificateIsRejected()
{
    DockerClient client(tlsEndpoint(dockerTls().host, harnessFile("ca.pem"), {}, {}));
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Tls);
    QVERIFY2(ping.error().contains(QStringLiteral("The Docker engine at ") + dockerTls().host
                 + QStringLiteral(" requires a client certificate")),
        qPrintable(ping.error()));
}

void TestDockerTls::untrustedClientCertificateIsRejected()
{
    const QString wrongClient = qEnvironmentVariable("SAASODOO_TEST_DOCKER_TLS_WRONG_CLIENT");
    const QString cert = wrongClient + QStringLiteral("/cert.pem");
    DockerClient client(tlsEndpoint(dockerTls().host, harnessFile("ca.pem"), cert, wrongClient + QStringLiteral("/key.pem")));
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Tls);
    QVERIFY2(ping.error().contains(QStringLiteral("rejected the client certificate ") + cert), qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(dockerTls().host), qPrintable(ping.error()));
}

void TestDockerTls::plainTcpIsRejectedBeforeConnecting()
{
    // A listener that would see any connection attempt.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    Endpoint endpoint;
    endpoint.host = QStringLiteral("tcp://127.0.0.1:%1").arg(listener.serverPort());
    DockerClient client(endpoint);
    const DockerResult<QList<ContainerSummary>> listed = client.listContainers();
    QVERIFY(!listed);
    QCOMPARE(listed.dockerError().kind, DockerError::Kind::Configuration);
    QVERIFY2(listed.error().contains(QLatin1String("Plain TCP")), qPrintable(listed.error()));
    QVERIFY2(listed.error().contains(QLatin1String("DOCKER_TLS_VERIFY=1")), qPrintable(listed.error()));
    QVERIFY(!listener.waitForNewConnection(300));
}

void TestDockerTls::encryptedKeyNeedsPassphrase()
{
    QTemporaryDir dir;
    const QString encryptedKey = dir.filePath(QStringLiteral("key.pem"));
    const QString failure = runOpenssl(dir.path(),
        { QStringLiteral("pkey"), QStringLiteral("-in"), harnessFile("key.pem"), QStringLiteral("-aes256"),
            QStringLiteral("-passout"), QStringLiteral("pass:correct horse"), QStringLiteral("-out"), encryptedKey });
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const Endpoint endpoint
        = tlsEndpoint(dockerTls().host, harnessFile("ca.pem"), harnessFile("cert.pem"), encryptedKey);

    ClientOptions right;
    right.keyPassphrase = "correct horse";
    const DockerResult<PingInfo> ping = DockerClient(endpoint, right).ping();
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error()));

    ClientOptions wrong;
    wrong.keyPassphrase = "battery staple";
    const DockerResult<PingInfo> rejected = DockerClient(endpoint, wrong).ping();
    QVERIFY(!rejected);
    QCOMPARE(rejected.dockerError().kind, DockerError::Kind::Tls);
    QVERIFY2(rejected.error().contains(QLatin1String("could not be loaded")), qPrintable(rejected.error()));
    QVERIFY2(rejected.error().contains(QLatin1String("passphrase")), qPrintable(rejected.error()));
}

void TestDockerTls::expiredServerCertificate()
{
    QTemporaryDir dir;
    const QString failure = makeServerCertificate(dir.path(), QStringLiteral("expired.example"),
        QStringLiteral("DNS:localhost,IP:127.0.0.1"), QStringLiteral("20200101000000Z"),
        QStringLiteral("20200102000000Z"));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    TlsServer server(dir.path());
    QVERIFY(server.ready());

    const QString host = QStringLiteral("tcp://127.0.0.1:%1").arg(server.port());
    const DockerResult<PingInfo> ping = DockerClient(tlsEndpoint(host, dir.filePath(QStringLiteral("ca.pem")),
                                                         harnessFile("cert.pem"), harnessFile("key.pem")))
                                            .ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Tls);
    QVERIFY2(ping.error().contains(host), qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(QLatin1String("expired on 2020-01-02T00:00:00Z")), qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(QLatin1String("CN = expired.example")), qPrintable(ping.error()));
}

void TestDockerTls::hostnameMismatchNamesCertificate()
{
    QTemporaryDir dir;
    const QString failure = makeServerCertificate(dir.path(), QStringLiteral("engine.example"),
        QStringLiteral("DNS:engine.example,IP:10.9.8.7"), dateFromNow(-1), dateFromNow(30));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    TlsServer server(dir.path());
    QVERIFY(server.ready());

    const QString host = QStringLiteral("tcp://127.0.0.1:%1").arg(server.port());
    const DockerResult<PingInfo> ping = DockerClient(tlsEndpoint(host, dir.filePath(QStringLiteral("ca.pem")),
                                                         harnessFile("cert.pem"), harnessFile("key.pem")))
                                            .ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Tls);
    QVERIFY2(ping.error().contains(QLatin1String("valid for engine.example, 10.9.8.7, not for 127.0.0.1, the address dialled")),
        qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(QLatin1String("CN = engine.example")), qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(host), qPrintable(ping.error()));
}

void TestDockerTls::certificateWithoutSan()
{
    QTemporaryDir dir;
    const QString failure
        = makeServerCertificate(dir.path(), QStringLiteral("localhost"), QString(), dateFromNow(-1), dateFromNow(30));
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    TlsServer server(dir.path());
    QVERIFY(server.ready());

    const QString host = QStringLiteral("tcp://127.0.0.1:%1").arg(server.port());
    const DockerResult<PingInfo> ping = DockerClient(tlsEndpoint(host, dir.filePath(QStringLiteral("ca.pem")),
                                                         harnessFile("cert.pem"), harnessFile("key.pem")))
                                            .ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Tls);
    QVERIFY2(ping.error().contains(QLatin1String("no subject alternative names")), qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(QLatin1String("CN = localhost")), qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(QLatin1String("not for 127.0.0.1")), qPrintable(ping.error()));
}

void TestDockerTls::tlsToPlainSocketFails()
{
    // A TCP listener that never speaks TLS: the handshake times out or fails cleanly.
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost, 0));
    ClientOptions options;
    options.connectTimeout = std::chrono::milliseconds(1500);
    options.requestTimeout = std::chrono::milliseconds(1500);
    DockerClient client(tlsEndpoint(QStringLiteral("tcp://127.0.0.1:%1").arg(listener.serverPort()),
                            harnessFile("ca.pem"), harnessFile("cert.pem"), harnessFile("key.pem")),
        options);
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY(!ping);
    QVERIFY(!ping.error().isEmpty());
    QVERIFY2(ping.dockerError().kind == DockerError::Kind::Timeout || ping.dockerError().kind == DockerError::Kind::Tls,
        qPrintable(ping.error()));
}

QTEST_GUILESS_MAIN(TestDockerTls)
#include "tst_dockertls.moc"
