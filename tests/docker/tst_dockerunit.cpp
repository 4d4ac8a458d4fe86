// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Unit tests of the Docker client's parsing and mapping: no engine needed.
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/docker/events.h"
#include "core/docker/jsonconvert.h"
#include "core/docker/streams.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace saasodoo::docker;

namespace {

QByteArray frame(StreamType type, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = char(type);
    const quint32 size = quint32(payload.size());
    header[4] = char((size >> 24) & 0xff);
    header[5] = char((size >> 16) & 0xff);
    header[6] = char((size >> 8) & 0xff);
    header[7] = char(size & 0xff);
    return header + payload;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(content);
}

QString contextHash(const QString &name)
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString text(const saasodoo::docker::detail::Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QProcessEnvironment environment(std::initializer_list<std::pair<const char *, const char *>> variables)
{
    QProcessEnvironment result;
    for (const auto &[name, value] : variables)
        result.insert(QString::fromLatin1(name), QString::fromUtf8(value));
    return result;
}

} // namespace

class TestDockerUnit : public QObject
{
    Q_OBJECT

private slots:
    void normalizeHost_data();
    void normalizeHost();
    void environmentDefaultsToLocalSocket();
    void environmentTlsUsesCertPath();
    void environmentCertPathAloneKeepsPlainTcp();
    void environmentReadsCurrentContext();
    void contextsAreImported();
    void contextNameIsValidated();
    void plainTcpIsRejectedWithHint();
    void skipTlsVerifyIsRejected();
    void demultiplexerHandlesAnyChunking();
    void demultiplexerRejectsBadHeader();
    void demultiplexerReportsPartialFrame();
    void lineSplitterJoinsChunks();
    void cpuPercentMatchesDockerCli();
    void cpuPercentZeroWithoutDelta();
    void statsParsingSubtractsCache();
    void eventCursorDropsReplayedEvents();
    void eventCursorSinceFormat();
    void httpErrorNamesStatusAndMessage();
    void httpErrorNeverEmpty();
    void transportErrorsNameCause_data();
    void transportErrorsNameCause();
    void certificateErrorsNameCertificate();
    void containerSpecJson();
    void dockerResultConvertsToResult();
};

void TestDockerUnit::normalizeHost_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<QString>("expected"); // empty means an error

    QTest::newRow("empty") << QString() << false << QStringLiteral("unix:///var/run/docker.sock");
    QTest::newRow("unix scheme only") << QStringLiteral("unix://") << false
                                      << QStringLiteral("unix:///var/run/docker.sock");
    QTest::newRow("unix path") << QStringLiteral("unix:///tmp/d.sock") << false << QStringLiteral("unix:///tmp/d.sock");
    QTest::newRow("unix relative") << QStringLiteral("unix://tmp/d.sock") << false << QString();
    QTest::newRow("tcp tls default port") << QStringLiteral("tcp://h.example") << true
                                          << QStringLiteral("tcp://h.example:2376");
    QTest::newRow("tcp plain default port") << QStringLiteral("tcp://h.example") << false
                                            << QStringLiteral("tcp://h.example:2375");
    QTest::newRow("tcp explicit port") << QStringLiteral("tcp://10.0.0.5:3000") << true
                                       << QStringLiteral("tcp://10.0.0.5:3000");
    QTest::newRow("tcp ipv6") << QStringLiteral("tcp://[::1]:2376") << true << QStringLiteral("tcp://[::1]:2376");
    QTest::newRow("no scheme") << QStringLiteral("10.0.0.5:2376") << true << QString();
    QTest::newRow("ssh") << QStringLiteral("ssh://user@host") << false << QString();
    QTest::newRow("http") << QStringLiteral("http://host:2375") << false << QString();
}

void TestDockerUnit::normalizeHost()
{
    QFETCH(QString, input);
    QFETCH(bool, tls);
    QFETCH(QString, expected);
    const DockerResult<QString> host = saasodoo::docker::normalizeHost(input, tls);
    if (expected.isEmpty()) {
        QVERIFY(!host);
        QVERIFY(!host.error().isEmpty());
        QCOMPARE(host.dockerError().kind, DockerError::Kind::Configuration);
    } else {
        QVERIFY2(host, qPrintable(host ? QString() : host.error()));
        QCOMPARE(host.value(), expected);
    }
}

void TestDockerUnit::environmentDefaultsToLocalSocket()
{
    QTemporaryDir home;
    const DockerResult<Endpoint> endpoint = endpointFromEnvironment(QProcessEnvironment(), home.path());
    QVERIFY(endpoint);
    QCOMPARE(endpoint->host, QStringLiteral("unix:///var/run/docker.sock"));
    QCOMPARE(endpoint->socketPath(), QStringLiteral("/var/run/docker.sock"));
    QVERIFY(!endpoint->tls);
}

void TestDockerUnit::environmentTlsUsesCertPath()
{
    QTemporaryDir home;
    const DockerResult<Endpoint> endpoint = endpointFromEnvironment(
        environment({ { "DOCKER_HOST", "tcp://10.0.0.5" }, { "DOCKER_TLS_VERIFY", "1" },
            { "DOCKER_CERT_PATH", "/etc/certs" } }),
        home.path());
    QVERIFY(endpoint);
    QCOMPARE(endpoint->host, QStringLiteral("tcp://10.0.0.5:2376"));
    QVERIFY(endpoint->tls);
    QCOMPARE(endpoint->caFile, QStringLiteral("/etc/certs/ca.pem"));
    QCOMPARE(endpoint->certFile, QStringLiteral("/etc/certs/cert.pem"));
    QCOMPARE(endpoint->keyFile, QStringLiteral("/etc/certs/key.pem"));
    QCOMPARE(endpoint->tcpHost(), QStringLiteral("10.0.0.5"));
    QCOMPARE(endpoint->tcpPort(), 2376);

    // Without DOCKER_CERT_PATH the CLI reads ~/.docker.
    const DockerResult<Endpoint> defaultPath = endpointFromEnvironment(
        environment({ { "DOCKER_HOST", "tcp://10.0.0.5:2376" }, { "DOCKER_TLS_VERIFY", "yes" } }), home.path());
    QVERIFY(defaultPath);
    QCOMPARE(defaultPath->caFile, QDir(home.path()).filePath(QStringLiteral(".docker/ca.pem")));
}

void TestDockerUnit::environmentCertPathAloneKeepsPlainTcp()
{
    QTemporaryDir home;
    const DockerResult<Endpoint> endpoint = endpointFromEnvironment(
        environment({ { "DOCKER_HOST", "tcp://10.0.0.5" }, { "DOCKER_CERT_PATH", "/etc/certs" } }), home.path());
    QVERIFY(endpoint);
    QVERIFY(!endpoint->tls);
    QCOMPARE(endpoint->host, QStringLiteral("tcp://10.0.0.5:2375"));
    QVERIFY(!validateEndpoint(*endpoint));
}

void TestDockerUnit::environmentReadsCurrentContext()
{
    QTemporaryDir home;
    const QString config = QDir(home.path()).filePath(QStringLiteral(".docker"));
    const QString name = QStringLiteral("hre-docker-01");
    writeFile(config + QStringLiteral("/config.json"), R"({"currentContext": "hre-docker-01"})");
    writeFile(config + QStringLiteral("/contexts/meta/") + contextHash(name) + QStringLiteral("/meta.json"),
        R"({"Name":"hre-docker-01","Metadata":{},"Endpoints":{"docker":{"Host":"unix:///run/other.sock","SkipTLSVerify":false}}})");

    const DockerResult<Endpoint> fromConfig = endpointFromEnvironment(QProcessEnvironment(), home.path());
    QVERIFY2(fromConfig, qPrintable(fromConfig ? QString() : fromConfig.error()));
    QCOMPARE(fromConfig->name, name);
    QCOMPARE(fromConfig->host, QStringLiteral("unix:///run/other.sock"));

    // DOCKER_HOST wins over the context, as in the docker CLI.
    const DockerResult<Endpoint> fromHost
        = endpointFromEnvironment(environment({ { "DOCKER_HOST", "unix:///a.sock" } }), home.path());
    QVERIFY(fromHost);
    QCOMPARE(fromHost->host, QStringLiteral("unix:///a.sock"));

    // DOCKER_CONTEXT=default means the default socket.
    const DockerResult<Endpoint> defaultContext
        = endpointFromEnvironment(environment({ { "DOCKER_CONTEXT", "default" } }), home.path());
    QVERIFY(defaultContext);
    QCOMPARE(defaultContext->host, QStringLiteral("unix:///var/run/docker.sock"));
}

void TestDockerUnit::contextsAreImported()
{
    QTemporaryDir config;
    const QString name = QStringLiteral("hre-docker-01");
    const QString hash = contextHash(name);
    QCOMPARE(hash, QStringLiteral("479e2876d19fd329fc156366b25b5f8c82f8e5503d312f9172d4588787280aa8"));
    writeFile(config.filePath(QStringLiteral("contexts/meta/") + hash + QStringLiteral("/meta.json")),
        R"({"Name":"hre-docker-01","Metadata":{"Description":"x"},"Endpoints":{"docker":{"Host":"tcp://10.0.0.5:2376","SkipTLSVerify":false}}})");
    const QString tls = config.filePath(QStringLiteral("contexts/tls/") + hash + QStringLiteral("/docker/"));
    writeFile(tls + QStringLiteral("ca.pem"), "ca");
    writeFile(tls + QStringLiteral("cert.pem"), "cert");
    writeFile(tls + QStringLiteral("key.pem"), "key");

    const QString local = QStringLiteral("local-socket");
    writeFile(config.filePath(QStringLiteral("contexts/meta/") + contextHash(local) + QStringLiteral("/meta.json")),
        R"({"Name":"local-socket","Metadata":{},"Endpoints":{"docker":{"Host":"unix:///var/run/docker.sock"}}})");

    const DockerResult<QList<Endpoint>> endpoints = loadContexts(config.path());
    QVERIFY2(endpoints, qPrintable(endpoints ? QString() : endpoints.error()));
    QCOMPARE(endpoints->size(), 2);
    const Endpoint &remote = endpoints->at(0);
    QCOMPARE(remote.name, name);
    QCOMPARE(remote.host, QStringLiteral("tcp://10.0.0.5:2376"));
    QVERIFY(remote.tls);
    QCOMPARE(remote.caFile, tls + QStringLiteral("ca.pem"));
    QCOMPARE(remote.certFile, tls + QStringLiteral("cert.pem"));
    QCOMPARE(remote.keyFile, tls + QStringLiteral("key.pem"));
    QVERIFY(validateEndpoint(remote));
    QCOMPARE(endpoints->at(1).name, local);
    QVERIFY(!endpoints->at(1).tls);

    const DockerResult<Endpoint> missing = loadContext(config.path(), QStringLiteral("nope"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QLatin1String("nope")), qPrintable(missing.error()));

    writeFile(config.filePath(QStringLiteral("contexts/meta/") + contextHash(QStringLiteral("broken"))
                  + QStringLiteral("/meta.json")),
        "{not json");
    const DockerResult<QList<Endpoint>> broken = loadContexts(config.path());
    QVERIFY(!broken);
    QVERIFY2(broken.error().contains(QLatin1String("not valid JSON")), qPrintable(broken.error()));
}

void TestDockerUnit::contextNameIsValidated()
{
    QTemporaryDir config;
    const DockerResult<Endpoint> endpoint = loadContext(config.path(), QStringLiteral("../etc"));
    QVERIFY(!endpoint);
    QVERIFY2(endpoint.error().contains(QLatin1String("invalid")), qPrintable(endpoint.error()));
}

void TestDockerUnit::plainTcpIsRejectedWithHint()
{
    Endpoint endpoint;
    endpoint.host = QStringLiteral("tcp://10.0.0.5:2375");
    const DockerStatus status = validateEndpoint(endpoint);
    QVERIFY(!status);
    QCOMPARE(status.dockerError().kind, DockerError::Kind::Configuration);
    QVERIFY2(status.error().contains(QLatin1String("tcp://10.0.0.5:2375")), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QLatin1String("DOCKER_TLS_VERIFY=1")), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QLatin1String("--tlsverify")), qPrintable(status.error()));
}

void TestDockerUnit::skipTlsVerifyIsRejected()
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("lab");
    endpoint.host = QStringLiteral("tcp://10.0.0.5:2376");
    endpoint.tls = true;
    endpoint.skipTlsVerify = true;
    const DockerStatus status = validateEndpoint(endpoint);
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QLatin1String("skips verification")), qPrintable(status.error()));
}

void TestDockerUnit::demultiplexerHandlesAnyChunking()
{
    // A worked example: stdout "hello\n" is 01 00 00 00 00 00 00 06 68 65 6c 6c 6f 0a.
    QCOMPARE(frame(StreamType::Stdout, "hello\n").toHex(), QByteArray("0100000000000006") + QByteArray("68656c6c6f0a"));

    QByteArray stream;
    QByteArray expectedOut;
    QByteArray expectedErr;
    QRandomGenerator random(42);
    for (int i = 0; i < 200; ++i) {
        const bool isErr = random.bounded(2) == 1;
        QByteArray payload(random.bounded(0, 300), Qt::Uninitialized);
        for (char &c : payload)
            c = char(random.bounded(256));
        stream += frame(isErr ? StreamType::Stderr : StreamType::Stdout, payload);
        (isErr ? expectedErr : expectedOut) += payload;
    }

    for (int chunkMax : { 1, 2, 7, 8, 9, 64, 4096 }) {
        QByteArray out;
        QByteArray err;
        FrameDemultiplexer demultiplexer([&](StreamType type, QByteArrayView data) {
            (type == StreamType::Stderr ? err : out).append(data);
            return true;
        });
        qsizetype offset = 0;
        while (offset < stream.size()) {
            const qsizetype size = std::min<qsizetype>(stream.size() - offset, random.bounded(1, chunkMax + 1));
            QVERIFY(demultiplexer.feed(QByteArrayView(stream).sliced(offset, size)));
            offset += size;
        }
        QVERIFY(!demultiplexer.hasPartialFrame());
        QCOMPARE(out, expectedOut);
        QCOMPARE(err, expectedErr);
    }
}

void TestDockerUnit::demultiplexerRejectsBadHeader()
{
    FrameDemultiplexer demultiplexer([](StreamType, QByteArrayView) { return true; });
    QVERIFY(!demultiplexer.feed(QByteArrayView("\x07\0\0\0\0\0\0\x01x", 9)));
    QVERIFY(demultiplexer.failed());
}

void TestDockerUnit::demultiplexerReportsPartialFrame()
{
    FrameDemultiplexer demultiplexer([](StreamType, QByteArrayView) { return true; });
    const QByteArray data = frame(StreamType::Stdout, "hello");
    QVERIFY(demultiplexer.feed(QByteArrayView(data).first(10)));
    QVERIFY(demultiplexer.hasPartialFrame());
}

void TestDockerUnit::lineSplitterJoinsChunks()
{
    QList<QByteArray> lines;
    LineSplitter splitter([&](QByteArrayView line) {
        lines.append(line.toByteArray());
        return true;
    });
    QVERIFY(splitter.feed("{\"a\":"));
    QVERIFY(splitter.feed("1}\n{\"b\""));
    QVERIFY(splitter.feed(":2}\n\n{\"c\":3}"));
    QVERIFY(splitter.finish());
    QCOMPARE(lines, (QList<QByteArray> { "{\"a\":1}", "{\"b\":2}", "{\"c\":3}" }));

    LineSplitter limited([](QByteArrayView) { return true; }, 8);
    QVERIFY(!limited.feed("0123456789"));
    QVERIFY(limited.overflowed());
}

void TestDockerUnit::cpuPercentMatchesDockerCli()
{
    // The docker CLI's formula: (cpuDelta / systemDelta) * onlineCPUs * 100.
    StatsSample sample;
    sample.preCpuTotalUsage = 1'000'000'000;
    sample.cpuTotalUsage = 1'500'000'000; // 0.5 s of CPU
    sample.preSystemCpuUsage = 100'000'000'000;
    sample.systemCpuUsage = 104'000'000'000; // 4 s over all CPUs
    sample.onlineCpus = 4;
    QCOMPARE(cpuPercent(sample), 50.0);

    // online_cpus missing: the length of percpu_usage is used instead.
    const auto json = saasodoo::docker::detail::parseJson(QByteArray(R"({
        "cpu_stats": {"cpu_usage": {"total_usage": 300, "percpu_usage": [100, 200]}, "system_cpu_usage": 2000},
        "precpu_stats": {"cpu_usage": {"total_usage": 100}, "system_cpu_usage": 1000}})"));
    QVERIFY(json);
    const StatsSample parsed = saasodoo::docker::detail::parseStats(*json);
    QCOMPARE(parsed.onlineCpus, 2u);
    QCOMPARE(parsed.cpuPercent, 40.0);
}

void TestDockerUnit::cpuPercentZeroWithoutDelta()
{
    StatsSample sample;
    sample.cpuTotalUsage = 500;
    sample.systemCpuUsage = 1000;
    sample.preCpuTotalUsage = 500;
    sample.preSystemCpuUsage = 900;
    sample.onlineCpus = 2;
    QCOMPARE(cpuPercent(sample), 0.0);
    sample.preSystemCpuUsage = 1000;
    sample.preCpuTotalUsage = 100;
    QCOMPARE(cpuPercent(sample), 0.0);
}

void TestDockerUnit::statsParsingSubtractsCache()
{
    const auto v2 = saasodoo::docker::detail::parseJson(QByteArray(
        R"({"memory_stats": {"usage": 1000, "limit": 4000, "stats": {"inactive_file": 300}}, "pids_stats": {"current": 7}})"));
    QVERIFY(v2);
    const StatsSample sample = saasodoo::docker::detail::parseStats(*v2);
    QCOMPARE(sample.memoryUsedBytes, quint64(700));
    QCOMPARE(sample.memoryLimit, quint64(4000));
    QCOMPARE(sample.pids, quint64(7));

    const auto v1 = saasodoo::docker::detail::parseJson(QByteArray(
        R"({"memory_stats": {"usage": 1000, "stats": {"total_inactive_file": 100, "inactive_file": 50}}})"));
    QVERIFY(v1);
    QCOMPARE(saasodoo::docker::detail::parseStats(*v1).memoryUsedBytes, quint64(900));
}

void TestDockerUnit::eventCursorDropsReplayedEvents()
{
    EventCursor cursor;
    Event create { QStringLiteral("container"), QStringLiteral("create"), QStringLiteral("abc"), {}, {}, 1000 };
    Event start { QStringLiteral("container"), QStringLiteral("start"), QStringLiteral("abc"), {}, {}, 2000 };
    Event other { QStringLiteral("container"), QStringLiteral("start"), QStringLiteral("def"), {}, {}, 2000 };
    QVERIFY(cursor.accept(create));
    QVERIFY(cursor.accept(start));
    QCOMPARE(cursor.lastTimeNano(), qint64(2000));

    // A replay from since=2000 repeats `start` and brings `other`, at the same nanosecond.
    QVERIFY(!cursor.accept(start));
    QVERIFY(cursor.accept(other));
    QVERIFY(!cursor.accept(other));
    QVERIFY(!cursor.accept(create));
}

void TestDockerUnit::eventCursorSinceFormat()
{
    QCOMPARE(EventCursor().sinceParameter(), QString());
    QCOMPARE(EventCursor(1'700'000'000'000'000'042).sinceParameter(), QStringLiteral("1700000000.000000042"));
}

void TestDockerUnit::httpErrorNamesStatusAndMessage()
{
    const DockerError notFound
        = httpError(QStringLiteral("start container acme"), 404, QStringLiteral("No such container: acme"));
    QVERIFY(notFound.isNotFound());
    QCOMPARE(notFound.httpStatus, 404);
    QCOMPARE(notFound.engineMessage, QStringLiteral("No such container: acme"));
    QCOMPARE(notFound.operation, QStringLiteral("start container acme"));
    QVERIFY2(notFound.message.contains(QLatin1String("start container acme")), qPrintable(notFound.message));
    QVERIFY2(notFound.message.contains(QLatin1String("404")), qPrintable(notFound.message));
    QVERIFY2(notFound.message.contains(QLatin1String("No such container: acme")), qPrintable(notFound.message));

    const DockerError conflict = httpError(QStringLiteral("create container acme"), 409,
        QStringLiteral("Conflict. The container name \"/acme\" is already in use"));
    QVERIFY(conflict.isConflict());
    QVERIFY2(conflict.message.contains(QLatin1String("already in use")), qPrintable(conflict.message));

    const DockerError internal = httpError(QStringLiteral("list containers"), 500, QStringLiteral("boom"));
    QVERIFY2(internal.message.contains(QLatin1String("log")), qPrintable(internal.message));
}

void TestDockerUnit::httpErrorNeverEmpty()
{
    const DockerError error = httpError(QStringLiteral("read /x in container acme"), 404, QString());
    QVERIFY2(error.message.contains(QLatin1String("Not Found")), qPrintable(error.message));
}

void TestDockerUnit::transportErrorsNameCause_data()
{
    QTest::addColumn<int>("cause");
    QTest::addColumn<int>("osErrno");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("expected");

    using Cause = TransportFailure::Cause;
    using Kind = DockerError::Kind;
    QTest::newRow("no such file") << int(Cause::ConnectFailed) << ENOENT << int(Kind::Unreachable)
                                  << QStringLiteral("Docker is not reachable at unix:///var/run/docker.sock: no such file");
    QTest::newRow("refused") << int(Cause::ConnectFailed) << ECONNREFUSED << int(Kind::Unreachable)
                             << QStringLiteral("connection refused. The daemon is not running");
    QTest::newRow("permission") << int(Cause::ConnectFailed) << EACCES << int(Kind::Unreachable)
                                << QStringLiteral("permission denied. The daemon is running");
    QTest::newRow("connect timeout") << int(Cause::ConnectTimeout) << 0 << int(Kind::Timeout)
                                     << QStringLiteral("timed out after 10 s");
    QTest::newRow("idle") << int(Cause::IdleTimeout) << 0 << int(Kind::Timeout) << QStringLiteral("no data for 10 s");
    QTest::newRow("request timeout") << int(Cause::RequestTimeout) << 0 << int(Kind::Timeout)
                                     << QStringLiteral("accepted the request to list containers but did not answer "
                                                       "within 10 s");
    QTest::newRow("client cert missing") << int(Cause::ClientCertificateMissing) << 0 << int(Kind::Tls)
                                         << QStringLiteral("requires a client certificate");
    QTest::newRow("closed") << int(Cause::ConnectionClosed) << 0 << int(Kind::Protocol)
                            << QStringLiteral("closed the connection");
}

void TestDockerUnit::transportErrorsNameCause()
{
    QFETCH(int, cause);
    QFETCH(int, osErrno);
    QFETCH(int, kind);
    QFETCH(QString, expected);
    TransportFailure failure;
    failure.cause = TransportFailure::Cause(cause);
    failure.osErrno = osErrno;
    failure.endpoint = QStringLiteral("unix:///var/run/docker.sock");
    failure.timeoutSeconds = 10;
    failure.lowLevelMessage = QStringLiteral("low-level detail");
    const DockerError error = transportError(QStringLiteral("list containers"), failure);
    QCOMPARE(int(error.kind), kind);
    QVERIFY2(error.message.contains(expected), qPrintable(error.message));
    // A timeout names the call and contains "timed out" once. libcurl's
    // text would repeat it, so it is left out.
    if (error.kind == DockerError::Kind::Timeout) {
        QVERIFY2(error.message.contains(QLatin1String("list containers")), qPrintable(error.message));
        QCOMPARE(error.message.count(QLatin1String("timed out")), 1);
        QVERIFY2(!error.message.contains(QLatin1String("low-level detail")), qPrintable(error.message));
    } else {
        QVERIFY2(error.message.contains(QLatin1String("low-level detail")), qPrintable(error.message));
    }
    QCOMPARE(error.httpStatus, 0);
}

void TestDockerUnit::certificateErrorsNameCertificate()
{
    TransportFailure failure;
    failure.cause = TransportFailure::Cause::PeerCertificateRejected;
    failure.endpoint = QStringLiteral("tcp://10.0.0.5:2376");
    failure.dialled = QStringLiteral("10.0.0.5");
    failure.serverSubject = QStringLiteral("CN = engine");
    failure.serverIssuer = QStringLiteral("CN = Lab CA");
    failure.serverNames = { QStringLiteral("engine.lab"), QStringLiteral("10.0.0.9") };
    failure.serverNotAfter = QStringLiteral("2026-01-01T00:00:00Z");
    failure.caFile = QStringLiteral("/certs/ca.pem");

    failure.certificateProblem = TransportFailure::CertificateProblem::HostnameMismatch;
    QString message = transportError(QStringLiteral("ping"), failure).message;
    QVERIFY2(message.contains(QLatin1String("engine.lab, 10.0.0.9")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("not for 10.0.0.5")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("CN = engine")), qPrintable(message));

    failure.certificateProblem = TransportFailure::CertificateProblem::UnknownAuthority;
    message = transportError(QStringLiteral("ping"), failure).message;
    QVERIFY2(message.contains(QLatin1String("/certs/ca.pem")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("CN = Lab CA")), qPrintable(message));

    failure.certificateProblem = TransportFailure::CertificateProblem::Expired;
    message = transportError(QStringLiteral("ping"), failure).message;
    QVERIFY2(message.contains(QLatin1String("expired on 2026-01-01T00:00:00Z")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("tcp://10.0.0.5:2376")), qPrintable(message));

    failure.cause = TransportFailure::Cause::ClientCertificateRejected;
    failure.clientCertFile = QStringLiteral("/certs/cert.pem");
    failure.clientSubject = QStringLiteral("console");
    message = transportError(QStringLiteral("ping"), failure).message;
    QVERIFY2(message.contains(QLatin1String("rejected the client certificate /certs/cert.pem (\"console\")")),
        qPrintable(message));
}

void TestDockerUnit::containerSpecJson()
{
    ContainerSpec spec;
    spec.name = QStringLiteral("acme");
    spec.image = QStringLiteral("odoo:18.0");
    spec.cmd = { QStringLiteral("odoo"), QStringLiteral("--workers=2") };
    spec.env = { QStringLiteral("HOST=pg") };
    spec.labels = { { QStringLiteral("tenant"), QStringLiteral("acme") } };
    spec.portBindings[QStringLiteral("8069/tcp")] = { PortBinding { QStringLiteral("127.0.0.1"), QString() } };
    spec.volumeMounts = { VolumeMount { QStringLiteral("acme-data"), QStringLiteral("/var/lib/odoo"), false } };
    spec.network = QStringLiteral("odoo-net");
    spec.networkAliases = { QStringLiteral("acme") };
    spec.restartPolicy = RestartPolicy { QStringLiteral("unless-stopped"), 0 };
    spec.nanoCpus = 1'500'000'000;
    spec.memory = 2147483648;
    spec.memorySwap = -1;
    spec.logConfig = LogConfig { QStringLiteral("json-file"), { { QStringLiteral("max-size"), QStringLiteral("10m") } } };

    const auto json = saasodoo::docker::detail::containerSpecToJson(spec);
    QCOMPARE(text(json["Image"]), QStringLiteral("odoo:18.0"));
    QCOMPARE(text(json["Cmd"][1]), QStringLiteral("--workers=2"));
    QCOMPARE(text(json["Labels"]["tenant"]), QStringLiteral("acme"));
    QVERIFY(json["ExposedPorts"].contains("8069/tcp"));
    const auto &host = json["HostConfig"];
    QCOMPARE(text(host["PortBindings"]["8069/tcp"][0]["HostIp"]), QStringLiteral("127.0.0.1"));
    QCOMPARE(text(host["Mounts"][0]["Type"]), QStringLiteral("volume"));
    QCOMPARE(text(host["Mounts"][0]["Source"]), QStringLiteral("acme-data"));
    QCOMPARE(text(host["NetworkMode"]), QStringLiteral("odoo-net"));
    QCOMPARE(text(host["RestartPolicy"]["Name"]), QStringLiteral("unless-stopped"));
    QCOMPARE(host["NanoCpus"].get<qint64>(), qint64(1'500'000'000));
    QCOMPARE(host["Memory"].get<qint64>(), qint64(2147483648));
    QCOMPARE(host["MemorySwap"].get<qint64>(), qint64(-1));
    QCOMPARE(text(host["LogConfig"]["Config"]["max-size"]), QStringLiteral("10m"));
    QCOMPARE(text(json["NetworkingConfig"]["EndpointsConfig"]["odoo-net"]["Aliases"][0]), QStringLiteral("acme"));
}

void TestDockerUnit::dockerResultConvertsToResult()
{
    const DockerResult<int> failed = httpError(QStringLiteral("x"), 500, QStringLiteral("boom"));
    const saasodoo::Result<int> converted = failed;
    QVERIFY(!converted);
    QCOMPARE(converted.error(), failed.error());

    const DockerStatus ok;
    const saasodoo::Status status = ok;
    QVERIFY(status);
}

QTEST_GUILESS_MAIN(TestDockerUnit)
#include "tst_dockerunit.moc"
