// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Checks that every service the harness starts is really there and behaves
// as the product's tests assume. It talks to the services with libcurl and
// libpq directly, not through product code, so a failure here points at the
// harness rather than at the console.
#include "tests/support/testservices.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>
#include <QUuid>
#include <qt6keychain/keychain.h>

#include <curl/curl.h>
#include <libpq-fe.h>

#include <memory>

using namespace saasodoo::test;

namespace {

struct HttpReply
{
    long status = 0;
    QByteArray body;
    QString error; // libcurl's message when the request never got a reply
};

size_t appendBody(char *data, size_t size, size_t count, void *target)
{
    static_cast<QByteArray *>(target)->append(data, qsizetype(size * count));
    return size * count;
}

struct CurlOptions
{
    QString unixSocket;
    QString caFile;
    QString certFile;
    QString keyFile;
    QString awsSigV4;
    QString userPassword;
    QByteArray method = "GET";
    QByteArray body;
    QList<QByteArray> headers;
};

HttpReply request(const QString &url, const CurlOptions &options = {})
{
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    HttpReply reply;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray socket = options.unixSocket.toUtf8();
    const QByteArray ca = options.caFile.toUtf8();
    const QByteArray cert = options.certFile.toUtf8();
    const QByteArray key = options.keyFile.toUtf8();
    const QByteArray sigv4 = options.awsSigV4.toUtf8();
    const QByteArray userPassword = options.userPassword.toUtf8();

    curl_easy_setopt(curl.get(), CURLOPT_URL, urlBytes.constData());
    curl_easy_setopt(curl.get(), CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(curl.get(), CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(curl.get(), CURLOPT_TIMEOUT, 30L);
    curl_easy_setopt(curl.get(), CURLOPT_CUSTOMREQUEST, options.method.constData());
    if (!socket.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_UNIX_SOCKET_PATH, socket.constData());
    if (!ca.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_CAINFO, ca.constData());
    if (!cert.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_SSLCERT, cert.constData());
    if (!key.isEmpty())
        curl_easy_setopt(curl.get(), CURLOPT_SSLKEY, key.constData());
    if (!sigv4.isEmpty()) {
        curl_easy_setopt(curl.get(), CURLOPT_AWS_SIGV4, sigv4.constData());
        curl_easy_setopt(curl.get(), CURLOPT_USERPWD, userPassword.constData());
    }
    if (options.method == "PUT" || options.method == "POST") {
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDS, options.body.constData());
        curl_easy_setopt(curl.get(), CURLOPT_POSTFIELDSIZE, long(options.body.size()));
    }
    curl_slist *headerList = nullptr;
    for (const QByteArray &header : options.headers)
        headerList = curl_slist_append(headerList, header.constData());
    curl_easy_setopt(curl.get(), CURLOPT_HTTPHEADER, headerList);

    const CURLcode code = curl_easy_perform(curl.get());
    curl_slist_free_all(headerList);
    if (code != CURLE_OK) {
        reply.error = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
        return reply;
    }
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &reply.status);
    return reply;
}

QString socketPath(const QString &dockerHost)
{
    return dockerHost.startsWith(QLatin1String("unix://")) ? dockerHost.mid(7) : QString();
}

HttpReply dockerRequest(const QString &path, const QByteArray &method = "GET", const QJsonObject &body = {})
{
    CurlOptions options;
    options.unixSocket = socketPath(dockerUnix().host);
    options.method = method;
    if (!body.isEmpty()) {
        options.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        options.headers = { "Content-Type: application/json" };
    }
    return request(QStringLiteral("http://docker/v1.41") + path, options);
}

QString tlsUrl(const QString &path)
{
    QString host = dockerTls().host;
    host.replace(QLatin1String("tcp://"), QLatin1String("https://"));
    return host + path;
}

} // namespace

class TestHarness : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void postgresRolesHaveExpectedPrivileges();
    void dockerUnixEngineAnswersPing();
    void dockerTlsAcceptsTrustedClient();
    void dockerTlsRejectsClientWithoutCertificate();
    void dockerTlsRejectsUntrustedCertificateAuthority();
    void dockerTlsRejectsPlainHttp();
    void s3RoundTripsAnObject();
    void s3RejectsWrongSecret();
    void keychainStoresAndReadsSecret();
    void standinAnswersHealthInContainer();
};

void TestHarness::initTestCase()
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

void TestHarness::postgresRolesHaveExpectedPrivileges()
{
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    const PostgresService pg = postgres();

    const QByteArray conninfo = QStringLiteral("host=%1 port=%2 dbname=postgres user=%3 password=%4 connect_timeout=10")
                                    .arg(pg.host)
                                    .arg(pg.port)
                                    .arg(pg.adminUser, pg.adminPassword)
                                    .toUtf8();
    std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(conninfo.constData()), PQfinish);
    QVERIFY2(PQstatus(conn.get()) == CONNECTION_OK, PQerrorMessage(conn.get()));

    std::unique_ptr<PGresult, decltype(&PQclear)> result(
        PQexec(conn.get(),
            "SELECT rolsuper, rolcreatedb, rolcreaterole, current_setting('server_version_num')::int "
            "FROM pg_roles WHERE rolname = current_user"),
        PQclear);
    QCOMPARE(PQresultStatus(result.get()), PGRES_TUPLES_OK);
    QCOMPARE(PQntuples(result.get()), 1);
    QCOMPARE(QByteArray(PQgetvalue(result.get(), 0, 0)), QByteArray("f"));
    QCOMPARE(QByteArray(PQgetvalue(result.get(), 0, 1)), QByteArray("t"));
    QCOMPARE(QByteArray(PQgetvalue(result.get(), 0, 2)), QByteArray("t"));
    QCOMPARE(QByteArray(PQgetvalue(result.get(), 0, 3)).toInt() / 10000, 15);
}

void TestHarness::dockerUnixEngineAnswersPing()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    const HttpReply reply = dockerRequest(QStringLiteral("/_ping"));
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(reply.body, QByteArray("OK"));
}

void TestHarness::dockerTlsAcceptsTrustedClient()
{
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
    const QString certs = dockerTls().certPath;
    CurlOptions options;
    options.caFile = certs + QStringLiteral("/ca.pem");
    options.certFile = certs + QStringLiteral("/cert.pem");
    options.keyFile = certs + QStringLiteral("/key.pem");
    const HttpReply reply = request(tlsUrl(QStringLiteral("/_ping")), options);
    QVERIFY2(reply.error.isEmpty(), qPrintable(reply.error));
    QCOMPARE(reply.status, 200L);
    QCOMPARE(reply.body, QByteArray("OK"));
}

void TestHarness::dockerTlsRejectsClientWithoutCertificate()
{
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
    CurlOptions options;
    options.caFile = dockerTls().certPath + QStringLiteral("/ca.pem");
    const HttpReply reply = request(tlsUrl(QStringLiteral("/_ping")), options);
    // The engine requires a client certificate: the handshake fails, or the
    // connection is closed before any HTTP status.
    QCOMPARE(reply.status, 0L);
    QVERIFY(!reply.error.isEmpty());
}

void TestHarness::dockerTlsRejectsUntrustedCertificateAuthority()
{
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
    const QString wrongClient = qEnvironmentVariable("SAASODOO_TEST_DOCKER_TLS_WRONG_CLIENT");
    CurlOptions options;
    options.caFile = dockerTls().certPath + QStringLiteral("/ca.pem");
    options.certFile = wrongClient + QStringLiteral("/cert.pem");
    options.keyFile = wrongClient + QStringLiteral("/key.pem");
    const HttpReply reply = request(tlsUrl(QStringLiteral("/_ping")), options);
    QCOMPARE(reply.status, 0L);
    QVERIFY(!reply.error.isEmpty());

    // And the client side: a CA that did not sign the engine's certificate.
    CurlOptions wrongCa;
    wrongCa.caFile = qEnvironmentVariable("SAASODOO_TEST_DOCKER_TLS_WRONG_CA");
    wrongCa.certFile = dockerTls().certPath + QStringLiteral("/cert.pem");
    wrongCa.keyFile = dockerTls().certPath + QStringLiteral("/key.pem");
    const HttpReply untrusted = request(tlsUrl(QStringLiteral("/_ping")), wrongCa);
    QCOMPARE(untrusted.status, 0L);
    QVERIFY2(untrusted.error.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
        qPrintable(untrusted.error));
}

void TestHarness::dockerTlsRejectsPlainHttp()
{
    SAASODOO_REQUIRE_SERVICE("docker-tls", "SAASODOO_TEST_DOCKER_TLS_HOST");
    QString url = tlsUrl(QStringLiteral("/_ping"));
    url.replace(QLatin1String("https://"), QLatin1String("http://"));
    const HttpReply reply = request(url);
    // A TLS listener answers plain HTTP with 400 or closes; it never serves the API.
    QVERIFY2(reply.status != 200, reply.body.constData());
    QVERIFY(reply.body != "OK");
}

void TestHarness::s3RoundTripsAnObject()
{
    SAASODOO_REQUIRE_SERVICE("s3", "SAASODOO_TEST_S3_ENDPOINT");
    const S3Service s3service = s3();
    const QString url = s3service.endpoint + u'/' + s3service.bucket + QStringLiteral("/harness/")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    CurlOptions options;
    options.awsSigV4 = QStringLiteral("aws:amz:%1:s3").arg(s3service.region);
    options.userPassword = s3service.accessKey + u':' + s3service.secretKey;
    options.headers = { "x-amz-content-sha256: UNSIGNED-PAYLOAD" };
    options.method = "PUT";
    options.body = "harness payload";
    HttpReply put = request(url, options);
    QVERIFY2(put.error.isEmpty(), qPrintable(put.error));
    QCOMPARE(put.status, 200L);

    options.method = "GET";
    options.body.clear();
    const HttpReply get = request(url, options);
    QCOMPARE(get.status, 200L);
    QCOMPARE(get.body, QByteArray("harness payload"));

    options.method = "DELETE";
    QCOMPARE(request(url, options).status, 204L);
}

void TestHarness::s3RejectsWrongSecret()
{
    SAASODOO_REQUIRE_SERVICE("s3", "SAASODOO_TEST_S3_ENDPOINT");
    const S3Service s3service = s3();
    CurlOptions options;
    options.awsSigV4 = QStringLiteral("aws:amz:%1:s3").arg(s3service.region);
    options.userPassword = s3service.accessKey + QStringLiteral(":not-the-secret");
    options.headers = { "x-amz-content-sha256: UNSIGNED-PAYLOAD" };
    const HttpReply reply = request(s3service.endpoint + u'/' + s3service.bucket + u'/', options);
    QCOMPARE(reply.status, 403L);
    QVERIFY2(reply.body.contains("SignatureDoesNotMatch"), reply.body.constData());
}

void TestHarness::keychainStoresAndReadsSecret()
{
    SAASODOO_REQUIRE_SERVICE("keychain", "SAASODOO_TEST_KEYRING_PASSWORD");
    const QString key = QStringLiteral("harness/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString service = QStringLiteral("saasodoo-harness-test");

    QKeychain::WritePasswordJob write(service);
    write.setAutoDelete(false);
    write.setInsecureFallback(false);
    write.setKey(key);
    write.setTextData(QStringLiteral("s3cr3t"));
    QSignalSpy writeDone(&write, &QKeychain::Job::finished);
    write.start();
    QVERIFY(writeDone.wait(15000));
    QCOMPARE(write.error(), QKeychain::NoError);

    QKeychain::ReadPasswordJob read(service);
    read.setAutoDelete(false);
    read.setKey(key);
    QSignalSpy readDone(&read, &QKeychain::Job::finished);
    read.start();
    QVERIFY(readDone.wait(15000));
    QCOMPARE(read.error(), QKeychain::NoError);
    QCOMPARE(read.textData(), QStringLiteral("s3cr3t"));

    QKeychain::DeletePasswordJob remove(service);
    remove.setAutoDelete(false);
    remove.setKey(key);
    QSignalSpy removeDone(&remove, &QKeychain::Job::finished);
    remove.start();
    QVERIFY(removeDone.wait(15000));
    QCOMPARE(remove.error(), QKeychain::NoError);
}

void TestHarness::standinAnswersHealthInContainer()
{
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    SAASODOO_REQUIRE_SERVICE("standin-main", "SAASODOO_TEST_STANDIN_IMAGE");
    SAASODOO_REQUIRE_SERVICE("postgresql", "SAASODOO_TEST_PG_PORT");
    const PostgresService pg = postgres();
    const DockerService docker = dockerUnix();
    const QString name = QStringLiteral("harness-health-") + QUuid::createUuid().toString(QUuid::Id128).left(8);

    // The entrypoint waits for the postgres database before it starts the
    // server, as the official image does, so give it real credentials.
    const QJsonObject create {
        { QStringLiteral("Image"), standinImage(QStringLiteral("18.0")) },
        { QStringLiteral("Env"),
            QJsonArray { QString(u"HOST=" + docker.postgresHost), QString(u"PORT=" + QString::number(pg.port)),
                QString(u"USER=" + pg.adminUser), QString(u"PASSWORD=" + pg.adminPassword) } },
        { QStringLiteral("ExposedPorts"), QJsonObject { { QStringLiteral("8069/tcp"), QJsonObject {} } } },
        { QStringLiteral("HostConfig"),
            QJsonObject {
                { QStringLiteral("NetworkMode"), docker.network },
                { QStringLiteral("PortBindings"),
                    QJsonObject { { QStringLiteral("8069/tcp"),
                        QJsonArray { QJsonObject { { QStringLiteral("HostIp"), QStringLiteral("127.0.0.1") },
                            { QStringLiteral("HostPort"), QString() } } } } } },
            } },
    };
    const HttpReply created = dockerRequest(QStringLiteral("/containers/create?name=") + name, "POST", create);
    QVERIFY2(created.status == 201, created.body.constData());
    const auto cleanup = qScopeGuard([&] { dockerRequest(QStringLiteral("/containers/") + name + QStringLiteral("?force=1&v=1"), "DELETE"); });

    const HttpReply started = dockerRequest(QStringLiteral("/containers/") + name + QStringLiteral("/start"), "POST");
    QVERIFY2(started.status == 204, started.body.constData());

    const HttpReply inspected = dockerRequest(QStringLiteral("/containers/") + name + QStringLiteral("/json"));
    QCOMPARE(inspected.status, 200L);
    const QJsonObject ports = QJsonDocument::fromJson(inspected.body)
                                  .object()[QStringLiteral("NetworkSettings")]
                                  .toObject()[QStringLiteral("Ports")]
                                  .toObject();
    const QString hostPort
        = ports[QStringLiteral("8069/tcp")].toArray().first().toObject()[QStringLiteral("HostPort")].toString();
    QVERIFY2(!hostPort.isEmpty(), inspected.body.constData());

    const QString url = QStringLiteral("http://127.0.0.1:%1/web/health").arg(hostPort);
    HttpReply health;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        health = request(url);
        if (health.status == 200)
            break;
        QThread::msleep(250);
    }
    if (health.status != 200) {
        const HttpReply logs = dockerRequest(QStringLiteral("/containers/") + name + QStringLiteral("/logs?stdout=1&stderr=1&tail=30"));
        QFAIL(qPrintable(QStringLiteral("no answer from %1 within 60 s: %2\ncontainer log:\n%3")
                             .arg(url, health.error, QString::fromUtf8(logs.body))));
    }
    QCOMPARE(QJsonDocument::fromJson(health.body).object()[QStringLiteral("status")].toString(),
        QStringLiteral("pass"));
}

QTEST_GUILESS_MAIN(TestHarness)
#include "tst_harness.moc"
