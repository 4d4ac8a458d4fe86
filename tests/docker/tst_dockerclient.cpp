// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The Docker client against the harness engine on a unix socket: every
// operation, stream formats, events, cancellation and error messages. The
// tests create their own busybox image and remove what they create.
#include "dockertestsupport.h"
#include "tests/support/testservices.h"

#include "core/docker/dockerclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <thread>

using namespace saasodoo::docker;
using namespace saasodoo::test;
using namespace std::chrono_literals;
using saasodoo::CancellationToken;

namespace {

Endpoint unixEndpoint(const QString &host)
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("test");
    endpoint.host = host;
    return endpoint;
}

// A unix socket at `path` that accepts connections and answers each request
// with `reply`, recording the request heads. It stands in for an engine.
class FakeEngine
{
public:
    FakeEngine(const QString &path, QByteArray reply) : m_reply(std::move(reply))
    {
        m_fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray encoded = QFile::encodeName(path);
        std::copy_n(encoded.constData(), std::min<size_t>(size_t(encoded.size()), sizeof address.sun_path - 1),
            address.sun_path);
        ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address);
        ::listen(m_fd, 8);
        m_thread = std::thread([this] { serve(); });
    }

    ~FakeEngine()
    {
        m_stop = true;
        ::shutdown(m_fd, SHUT_RDWR);
        ::close(m_fd);
        m_thread.join();
    }

    QList<QByteArray> requestLines() const
    {
        std::lock_guard lock(m_mutex);
        return m_requestLines;
    }

private:
    void serve()
    {
        while (!m_stop) {
            const int client = ::accept(m_fd, nullptr, nullptr);
            if (client < 0)
                return;
            QByteArray request;
            char buffer[4096];
            for (;;) {
                while (!request.contains("\r\n\r\n")) {
                    const ssize_t received = ::recv(client, buffer, sizeof buffer, 0);
                    if (received <= 0)
                        break;
                    request.append(buffer, qsizetype(received));
                }
                const qsizetype end = request.indexOf("\r\n\r\n");
                if (end < 0)
                    break;
                {
                    std::lock_guard lock(m_mutex);
                    m_requestLines.append(request.left(request.indexOf("\r\n")));
                }
                request.remove(0, end + 4);
                ::send(client, m_reply.constData(), size_t(m_reply.size()), MSG_NOSIGNAL);
            }
            ::close(client);
        }
    }

    QByteArray m_reply;
    int m_fd = -1;
    std::atomic_bool m_stop { false };
    std::thread m_thread;
    mutable std::mutex m_mutex;
    QList<QByteArray> m_requestLines;
};

QByteArray pingReply(const char *apiVersion)
{
    return QByteArray("HTTP/1.1 200 OK\r\nApi-Version: ") + apiVersion
        + "\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK";
}

} // namespace

class TestDockerClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void pingVersionAndInfo();
    void imagesListInspectExists();
    void containerLifecycle();
    void createNameConflictIs409();
    void missingContainerIs404();
    void killStoppedContainerIs409();
    void logsKeepStdoutAndStderrApart();
    void logsTailAndTty();
    void logsFollowUntilExit();
    void execCapturesOutputAndExitCode();
    void statsOneShotAndStream();
    void archiveRoundTripKeepsNamesAndModes();
    void archiveStatMissingPathIs404();
    void volumesAndNetworks();
    void eventsArriveInOrder();
    void eventsResumeWithSince();
    void watchEventsReconnects();
    void cancelIdleEventStream();
    void cancelWaitFromAnotherThread();
    void concurrentCallsFromThreads();
    void missingSocketMessage();
    void refusedSocketMessage();
    void silentEngineTimeoutMessage();
    void socketWithoutPermissionMessage();
    void negotiationPicksLowerVersion();
    void negotiationRejectsOldEngine();

private:
    QString createContainer(ContainerSpec spec);
    QString runToCompletion(const QStringList &cmd, bool tty = false);

    std::unique_ptr<DockerClient> m_client;
    QString m_image;
    QStringList m_containers;
    QStringList m_volumes;
    QStringList m_networks;
};

void TestDockerClient::initTestCase()
{
    // The unprivileged rerun of socketWithoutPermissionMessage needs no engine.
    if (qEnvironmentVariableIsSet("SAASODOO_DOCKER_PERMISSION_PROBE"))
        return;
    SAASODOO_REQUIRE_SERVICE("docker-main", "SAASODOO_TEST_DOCKER_HOST");
    m_client = std::make_unique<DockerClient>(unixEndpoint(dockerUnix().host));
    // The test image is /bin/busybox from the busybox-static package.
    QVERIFY2(QFileInfo(QStringLiteral("/bin/busybox")).isExecutable(),
        "/bin/busybox is missing: install the busybox-static package (scripts/setup does)");
    const QString tag = uniqueDockerName(QStringLiteral("t"));
    const DockerResult<QString> imported
        = importBusyboxImage(*m_client, QStringLiteral("saasodoo-test/busybox"), tag);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error()));
    QVERIFY(imported->startsWith(QLatin1String("sha256:")));
    m_image = QStringLiteral("saasodoo-test/busybox:") + tag;
}

void TestDockerClient::cleanupTestCase()
{
    if (m_client && !m_image.isEmpty())
        m_client->removeImage(m_image, true);
}

void TestDockerClient::cleanup()
{
    if (!m_client)
        return;
    for (const QString &container : std::as_const(m_containers))
        m_client->removeContainer(container, RemoveContainerOptions { true, true });
    for (const QString &network : std::as_const(m_networks))
        m_client->removeNetwork(network);
    for (const QString &volume : std::as_const(m_volumes))
        m_client->removeVolume(volume, true);
    m_containers.clear();
    m_networks.clear();
    m_volumes.clear();
}

QString TestDockerClient::createContainer(ContainerSpec spec)
{
    if (spec.name.isEmpty())
        spec.name = uniqueDockerName(QStringLiteral("dc"));
    if (spec.image.isEmpty())
        spec.image = m_image;
    spec.labels.insert(dockerTestLabels());
    const DockerResult<ContainerCreated> created = m_client->createContainer(spec);
    if (!created) {
        qWarning("%s", qPrintable(created.error()));
        return {};
    }
    m_containers.append(created->id);
    return created->id;
}

QString TestDockerClient::runToCompletion(const QStringList &cmd, bool tty)
{
    ContainerSpec spec;
    spec.cmd = cmd;
    spec.tty = tty;
    const QString id = createContainer(spec);
    if (id.isEmpty() || !m_client->startContainer(id))
        return {};
    const DockerResult<WaitResult> waited = m_client->waitContainer(id);
    return waited ? id : QString();
}

void TestDockerClient::pingVersionAndInfo()
{
    const DockerResult<PingInfo> ping = m_client->ping();
    QVERIFY2(ping, qPrintable(ping ? QString() : ping.error()));
    QCOMPARE(ping->apiVersion, QStringLiteral("1.41"));
    QCOMPARE(ping->osType, QStringLiteral("linux"));

    const DockerResult<VersionInfo> version = m_client->version();
    QVERIFY2(version, qPrintable(version ? QString() : version.error()));
    QVERIFY2(version->version.startsWith(QLatin1String("20.10")), qPrintable(version->version));
    QCOMPARE(version->apiVersion, QStringLiteral("1.41"));
    QCOMPARE(m_client->apiVersion(), QStringLiteral("1.41"));

    const DockerResult<SystemInfo> info = m_client->info();
    QVERIFY2(info, qPrintable(info ? QString() : info.error()));
    QVERIFY(info->cpus > 0);
    QVERIFY(info->memoryBytes > 0);
    QVERIFY(!info->serverVersion.isEmpty());
}

void TestDockerClient::imagesListInspectExists()
{
    const DockerResult<ImageInfo> image = m_client->inspectImage(m_image);
    QVERIFY2(image, qPrintable(image ? QString() : image.error()));
    QVERIFY(image->repoTags.contains(m_image));
    QCOMPARE(image->labels.value(QLatin1String(dockerTestLabelKey)), QLatin1String(dockerTestLabelValue));
    QVERIFY(image->size > 1000000);

    const DockerResult<QList<ImageSummary>> images
        = m_client->listImages({ QStringLiteral("saasodoo.test=docker-client") });
    QVERIFY2(images, qPrintable(images ? QString() : images.error()));
    const bool listed = std::any_of(images->cbegin(), images->cend(),
        [&](const ImageSummary &summary) { return summary.repoTags.contains(m_image); });
    QVERIFY(listed);

    const DockerResult<bool> exists = m_client->imageExists(m_image);
    QVERIFY(exists);
    QVERIFY(*exists);
    const DockerResult<bool> missing = m_client->imageExists(QStringLiteral("saasodoo-test/none:missing"));
    QVERIFY2(missing, qPrintable(missing ? QString() : missing.error()));
    QVERIFY(!*missing);
}

void TestDockerClient::containerLifecycle()
{
    const QString volume = uniqueDockerName(QStringLiteral("dv"));
    m_volumes.append(volume);
    ContainerSpec spec;
    spec.name = uniqueDockerName(QStringLiteral("dc-life"));
    spec.cmd = { QStringLiteral("sleep"), QStringLiteral("300") };
    spec.env = { QStringLiteral("GREETING=hello world") };
    spec.labels = { { QStringLiteral("saasodoo.tenant"), QStringLiteral("acme") } };
    spec.exposedPorts = { QStringLiteral("8069/tcp") };
    spec.portBindings[QStringLiteral("8069/tcp")] = { PortBinding { QStringLiteral("127.0.0.1"), QString() } };
    spec.volumeMounts = { VolumeMount { volume, QStringLiteral("/var/lib/odoo"), false } };
    spec.network = dockerUnix().network;
    spec.networkAliases = { spec.name + QStringLiteral("-alias") };
    spec.restartPolicy = RestartPolicy { QStringLiteral("on-failure"), 3 };
    spec.nanoCpus = 500'000'000;
    spec.memory = 64 * 1024 * 1024;
    spec.memorySwap = 128 * 1024 * 1024;
    spec.logConfig = LogConfig { QStringLiteral("json-file"),
        { { QStringLiteral("max-size"), QStringLiteral("1m") }, { QStringLiteral("max-file"), QStringLiteral("2") } } };
    const QString id = createContainer(spec);
    QVERIFY(!id.isEmpty());

    DockerResult<ContainerInfo> info = m_client->inspectContainer(spec.name);
    QVERIFY2(info, qPrintable(info ? QString() : info.error()));
    QCOMPARE(info->id, id);
    QCOMPARE(info->name, spec.name);
    QCOMPARE(info->imageName, m_image);
    QCOMPARE(info->state.status, QStringLiteral("created"));
    QCOMPARE(info->cmd, spec.cmd);
    QVERIFY(info->env.contains(QStringLiteral("GREETING=hello world")));
    QCOMPARE(info->labels.value(QStringLiteral("saasodoo.tenant")), QStringLiteral("acme"));
    QVERIFY(info->exposedPorts.contains(QStringLiteral("8069/tcp")));
    QCOMPARE(info->restartPolicy.name, QStringLiteral("on-failure"));
    QCOMPARE(info->restartPolicy.maximumRetryCount, 3);
    QCOMPARE(info->nanoCpus, spec.nanoCpus);
    QCOMPARE(info->memory, spec.memory);
    QCOMPARE(info->memorySwap, spec.memorySwap);
    QCOMPARE(info->logConfig.type, QStringLiteral("json-file"));
    QCOMPARE(info->logConfig.options.value(QStringLiteral("max-size")), QStringLiteral("1m"));
    QCOMPARE(info->mounts.size(), 1);
    QCOMPARE(info->mounts.first().name, volume);
    QCOMPARE(info->mounts.first().destination, QStringLiteral("/var/lib/odoo"));

    ContainerListOptions byLabel;
    byLabel.labels = { QStringLiteral("saasodoo.tenant=acme"), QStringLiteral("saasodoo.test=docker-client") };
    DockerResult<QList<ContainerSummary>> listed = m_client->listContainers(byLabel);
    QVERIFY2(listed, qPrintable(listed ? QString() : listed.error()));
    QVERIFY(std::any_of(listed->cbegin(), listed->cend(), [&](const ContainerSummary &c) { return c.id == id; }));

    QVERIFY2(m_client->startContainer(id), "start failed");
    info = m_client->inspectContainer(id);
    QVERIFY(info);
    QVERIFY(info->state.running);
    QVERIFY(info->state.pid > 0);
    QVERIFY(info->state.startedAt.isValid());
    QVERIFY(info->networks.contains(dockerUnix().network));
    QVERIFY(!info->networks.value(dockerUnix().network).ipAddress.isEmpty());
    QVERIFY(info->networks.value(dockerUnix().network).aliases.contains(spec.name + QStringLiteral("-alias")));
    const QList<PortBinding> published = info->ports.value(QStringLiteral("8069/tcp"));
    QVERIFY(!published.isEmpty());
    QCOMPARE(published.first().hostIp, QStringLiteral("127.0.0.1"));
    QVERIFY(published.first().hostPort.toInt() > 0);

    // Starting a running container is not an error (the engine returns 304).
    QVERIFY(m_client->startContainer(id));

    ContainerUpdate update;
    update.nanoCpus = 250'000'000;
    update.memory = 96 * 1024 * 1024;
    update.memorySwap = 192 * 1024 * 1024;
    update.restartPolicy = RestartPolicy { QStringLiteral("unless-stopped"), 0 };
    const DockerResult<QStringList> updated = m_client->updateContainer(id, update);
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error()));
    info = m_client->inspectContainer(id);
    QVERIFY(info);
    QCOMPARE(info->nanoCpus, qint64(250'000'000));
    QCOMPARE(info->memory, qint64(96 * 1024 * 1024));
    QCOMPARE(info->restartPolicy.name, QStringLiteral("unless-stopped"));

    const DockerStatus restarted = m_client->restartContainer(id, 1s);
    QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error()));
    info = m_client->inspectContainer(id);
    QVERIFY(info->state.running);

    QElapsedTimer timer;
    timer.start();
    const DockerStatus stopped = m_client->stopContainer(id, 1s);
    QVERIFY2(stopped, qPrintable(stopped ? QString() : stopped.error()));
    QVERIFY(timer.elapsed() < 15000);
    info = m_client->inspectContainer(id);
    QVERIFY(!info->state.running);
    QCOMPARE(info->state.status, QStringLiteral("exited"));
    // Stopping a stopped container is not an error either.
    QVERIFY(m_client->stopContainer(id, 1s));

    QVERIFY(m_client->startContainer(id));
    QVERIFY(m_client->killContainer(id));
    const DockerResult<WaitResult> waited = m_client->waitContainer(id);
    QVERIFY2(waited, qPrintable(waited ? QString() : waited.error()));
    QCOMPARE(waited->statusCode, 137);

    const DockerStatus removed = m_client->removeContainer(id, RemoveContainerOptions { true, true });
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error()));
    const DockerResult<ContainerInfo> gone = m_client->inspectContainer(id);
    QVERIFY(!gone);
    QVERIFY(gone.dockerError().isNotFound());
    // The named volume outlives the container.
    QVERIFY(m_client->inspectVolume(volume));
}

void TestDockerClient::createNameConflictIs409()
{
    ContainerSpec spec;
    spec.name = uniqueDockerName(QStringLiteral("dc-dup"));
    spec.cmd = { QStringLiteral("true") };
    QVERIFY(!createContainer(spec).isEmpty());

    spec.labels = dockerTestLabels();
    spec.image = m_image;
    const DockerResult<ContainerCreated> duplicate = m_client->createContainer(spec);
    QVERIFY(!duplicate);
    const DockerError &error = duplicate.dockerError();
    QCOMPARE(error.kind, DockerError::Kind::Http);
    QCOMPARE(error.httpStatus, 409);
    QVERIFY(error.isConflict());
    QVERIFY2(error.engineMessage.contains(spec.name), qPrintable(error.engineMessage));
    QVERIFY2(error.message.contains(QStringLiteral("create container ") + spec.name), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("HTTP 409")), qPrintable(error.message));

    ContainerSpec invalid;
    invalid.name = QStringLiteral("bad name!");
    invalid.image = m_image;
    const DockerResult<ContainerCreated> rejected = m_client->createContainer(invalid);
    QVERIFY(!rejected);
    QCOMPARE(rejected.dockerError().kind, DockerError::Kind::Configuration);
    QVERIFY2(rejected.error().contains(QLatin1String("bad name!")), qPrintable(rejected.error()));
}

void TestDockerClient::missingContainerIs404()
{
    const QString name = uniqueDockerName(QStringLiteral("dc-missing"));
    const DockerStatus started = m_client->startContainer(name);
    QVERIFY(!started);
    const DockerError &error = started.dockerError();
    QCOMPARE(error.httpStatus, 404);
    QVERIFY(error.isNotFound());
    QVERIFY2(error.engineMessage.contains(QLatin1String("No such container")), qPrintable(error.engineMessage));
    QVERIFY2(error.message.contains(QStringLiteral("start container ") + name), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("does not exist")), qPrintable(error.message));

    const DockerResult<ImageInfo> image = m_client->inspectImage(QStringLiteral("saasodoo-test/none:missing"));
    QVERIFY(!image);
    QCOMPARE(image.dockerError().httpStatus, 404);
    QVERIFY2(image.error().contains(QLatin1String("No such image")), qPrintable(image.error()));
}

void TestDockerClient::killStoppedContainerIs409()
{
    ContainerSpec spec;
    spec.cmd = { QStringLiteral("true") };
    const QString id = createContainer(spec);
    QVERIFY(!id.isEmpty());
    const DockerStatus killed = m_client->killContainer(id);
    QVERIFY(!killed);
    QCOMPARE(killed.dockerError().httpStatus, 409);
    QVERIFY2(killed.dockerError().engineMessage.contains(QLatin1String("is not running")),
        qPrintable(killed.dockerError().engineMessage));
}

void TestDockerClient::logsKeepStdoutAndStderrApart()
{
    const QString id = runToCompletion({ QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("echo out1; echo err1 >&2; echo out2; echo err2 >&2; echo out3") });
    QVERIFY(!id.isEmpty());

    QByteArray out;
    QByteArray err;
    const DockerStatus status = m_client->logs(id, LogOptions {}, [&](StreamType stream, QByteArrayView data) {
        (stream == StreamType::Stderr ? err : out).append(data);
        return true;
    });
    QVERIFY2(status, qPrintable(status ? QString() : status.error()));
    QCOMPARE(out, QByteArray("out1\nout2\nout3\n"));
    QCOMPARE(err, QByteArray("err1\nerr2\n"));

    LogOptions onlyStderr;
    onlyStderr.stdoutStream = false;
    QByteArray stderrOnly;
    QVERIFY(m_client->logs(id, onlyStderr, [&](StreamType stream, QByteArrayView data) {
        if (stream == StreamType::Stderr)
            stderrOnly.append(data);
        return true;
    }));
    QCOMPARE(stderrOnly, QByteArray("err1\nerr2\n"));
}

void TestDockerClient::logsTailAndTty()
{
    const QString id = runToCompletion({ QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("for i in 1 2 3 4 5; do echo line$i; done") });
    QVERIFY(!id.isEmpty());
    LogOptions tail;
    tail.tail = 2;
    QByteArray out;
    QVERIFY(m_client->logs(id, tail, [&](StreamType, QByteArrayView data) {
        out.append(data);
        return true;
    }));
    QCOMPARE(out, QByteArray("line4\nline5\n"));

    // With a TTY the engine sends raw bytes, with stderr merged into stdout.
    const QString ttyId = runToCompletion(
        { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo tty-out; echo tty-err >&2") }, true);
    QVERIFY(!ttyId.isEmpty());
    QByteArray ttyOut;
    int stderrChunks = 0;
    QVERIFY(m_client->logs(ttyId, LogOptions {}, [&](StreamType stream, QByteArrayView data) {
        if (stream == StreamType::Stderr)
            ++stderrChunks;
        ttyOut.append(data);
        return true;
    }));
    QCOMPARE(stderrChunks, 0);
    QVERIFY2(ttyOut.contains("tty-out\r\n"), ttyOut.constData());
    QVERIFY2(ttyOut.contains("tty-err\r\n"), ttyOut.constData());
}

void TestDockerClient::logsFollowUntilExit()
{
    ContainerSpec spec;
    spec.cmd = { QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("for i in 1 2 3; do echo tick$i; sleep 0.3; done; echo bye >&2") };
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));

    LogOptions follow;
    follow.follow = true;
    QByteArray out;
    QByteArray err;
    const DockerStatus status = m_client->logs(id, follow, [&](StreamType stream, QByteArrayView data) {
        (stream == StreamType::Stderr ? err : out).append(data);
        return true;
    });
    QVERIFY2(status, qPrintable(status ? QString() : status.error()));
    QCOMPARE(out, QByteArray("tick1\ntick2\ntick3\n"));
    QCOMPARE(err, QByteArray("bye\n"));
}

void TestDockerClient::execCapturesOutputAndExitCode()
{
    ContainerSpec spec;
    spec.cmd = { QStringLiteral("sleep"), QStringLiteral("300") };
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));

    ExecSpec exec;
    exec.cmd = { QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("echo \"$GREETING\"; echo oops >&2; echo again; exit 3") };
    exec.env = { QStringLiteral("GREETING=hello from exec") };
    const DockerResult<ExecResult> result = m_client->exec(id, exec);
    QVERIFY2(result, qPrintable(result ? QString() : result.error()));
    QCOMPARE(result->stdoutData, QByteArray("hello from exec\nagain\n"));
    QCOMPARE(result->stderrData, QByteArray("oops\n"));
    QCOMPARE(result->exitCode, 3);

    // A larger output streams through the sink in many frames.
    ExecSpec large;
    large.cmd = { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("seq 1 100000") };
    const DockerResult<QString> execId = m_client->createExec(id, large);
    QVERIFY(execId);
    qint64 received = 0;
    QVERIFY(m_client->startExec(*execId, false, [&](StreamType, QByteArrayView data) {
        received += data.size();
        return true;
    }));
    QCOMPARE(received, qint64(588895)); // the bytes of "1\n" .. "100000\n"
    const DockerResult<int> exitCode = m_client->execExitCode(*execId);
    QVERIFY(exitCode);
    QCOMPARE(*exitCode, 0);

    const DockerResult<ExecResult> stopped = m_client->exec(uniqueDockerName(QStringLiteral("none")), exec);
    QVERIFY(!stopped);
    QCOMPARE(stopped.dockerError().httpStatus, 404);
}

void TestDockerClient::statsOneShotAndStream()
{
    ContainerSpec spec;
    spec.cmd = { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("yes > /dev/null") };
    spec.nanoCpus = 500'000'000;
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));

    const DockerResult<StatsSample> sample = m_client->stats(id);
    QVERIFY2(sample, qPrintable(sample ? QString() : sample.error()));
    QVERIFY(sample->read.isValid());
    QVERIFY(sample->memoryUsage > 0);
    QVERIFY(sample->pids >= 1);
    QVERIFY(sample->onlineCpus >= 1);
    // The engine caps this busy loop at half a CPU; allow scheduling noise.
    QVERIFY2(sample->cpuPercent > 10.0 && sample->cpuPercent < 80.0, qPrintable(QString::number(sample->cpuPercent)));

    QList<StatsSample> samples;
    const DockerStatus streamed = m_client->streamStats(id, [&](const StatsSample &next) {
        samples.append(next);
        return samples.size() < 3;
    });
    QVERIFY2(streamed, qPrintable(streamed ? QString() : streamed.error()));
    QCOMPARE(samples.size(), 3);
    QVERIFY(samples.last().read > samples.first().read);
    QVERIFY2(samples.last().cpuPercent > 10.0, qPrintable(QString::number(samples.last().cpuPercent)));
}

void TestDockerClient::archiveRoundTripKeepsNamesAndModes()
{
    ContainerSpec spec;
    spec.cmd = { QStringLiteral("sleep"), QStringLiteral("300") };
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));

    QList<TarEntry> entries {
        TarEntry { QStringLiteral("odd"), {}, 0750, true, {} },
        TarEntry { QStringLiteral("odd/with space.txt"), "spaces\n", 0640, false, {} },
        TarEntry { QStringLiteral("odd/ünïcödé-файл-文件.txt"), "utf-8\n", 0600, false, {} },
        TarEntry { QStringLiteral("odd/run.sh"), "#!/bin/sh\necho hi\n", 0755, false, {} },
        TarEntry { QStringLiteral("odd/link"), {}, 0777, false, QStringLiteral("run.sh") },
    };
    QString longDir = QStringLiteral("odd");
    for (int i = 0; i < 6; ++i) {
        longDir += QStringLiteral("/directory-level-%1-with-a-long-name").arg(i);
        entries.append(TarEntry { longDir, {}, 0700 + i, true, {} });
    }
    QVERIFY(longDir.size() > 100);
    entries.append(TarEntry { longDir + QStringLiteral("/deep file.bin"), QByteArray(70000, 'x'), 0604, false, {} });
    const QByteArray tar = makeTar(entries);
    const DockerStatus uploaded = m_client->putArchive(id, QStringLiteral("/tmp"), byteSource(tar));
    QVERIFY2(uploaded, qPrintable(uploaded ? QString() : uploaded.error()));

    const DockerResult<PathStat> stat = m_client->statPath(id, QStringLiteral("/tmp/odd"));
    QVERIFY2(stat, qPrintable(stat ? QString() : stat.error()));
    QCOMPARE(stat->name, QStringLiteral("odd"));
    QVERIFY(stat->isDirectory());
    QCOMPARE(stat->mode & 0777, 0750u);

    QByteArray downloaded;
    int chunks = 0;
    const DockerStatus fetched = m_client->getArchive(id, QStringLiteral("/tmp/odd"), [&](QByteArrayView chunk) {
        downloaded.append(chunk);
        ++chunks;
        return true;
    });
    QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error()));
    QVERIFY(chunks >= 1);

    QString readError;
    const QList<TarEntry> read = readTar(downloaded, &readError);
    QVERIFY2(readError.isEmpty(), qPrintable(readError));
    QCOMPARE(read.size(), entries.size());
    for (const TarEntry &expected : entries) {
        const auto found = std::find_if(read.cbegin(), read.cend(), [&](const TarEntry &entry) {
            QString path = entry.path;
            if (path.endsWith(u'/'))
                path.chop(1);
            return path == expected.path;
        });
        QVERIFY2(found != read.cend(), qPrintable(expected.path));
        QCOMPARE(found->directory, expected.directory);
        QCOMPARE(found->data, expected.data);
        QCOMPARE(found->linkTarget, expected.linkTarget);
        if (expected.linkTarget.isEmpty())
            QCOMPARE(found->mode, expected.mode);
    }

    // Inside the container the names are the same bytes.
    ExecSpec list;
    // find prints raw bytes; busybox ls would replace non-ASCII bytes with '?'.
    list.cmd = { QStringLiteral("find"), QStringLiteral("/tmp/odd"), QStringLiteral("-maxdepth"), QStringLiteral("1") };
    const DockerResult<ExecResult> listing = m_client->exec(id, list);
    QVERIFY(listing);
    QVERIFY2(QString::fromUtf8(listing->stdoutData).contains(QStringLiteral("ünïcödé-файл-文件.txt")),
        listing->stdoutData.constData());

    const DockerStatus intoFile = m_client->putArchive(id, QStringLiteral("/tmp/odd/run.sh"), byteSource(tar));
    QVERIFY(!intoFile);
    // Docker 20.10 returns 500 here; newer engines return 400.
    QVERIFY(intoFile.dockerError().httpStatus >= 400);
    QVERIFY2(intoFile.dockerError().engineMessage.contains(QLatin1String("not a directory")),
        qPrintable(intoFile.error()));
}

void TestDockerClient::archiveStatMissingPathIs404()
{
    ContainerSpec spec;
    spec.cmd = { QStringLiteral("sleep"), QStringLiteral("300") };
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));
    const DockerResult<PathStat> stat = m_client->statPath(id, QStringLiteral("/no/such/path"));
    QVERIFY(!stat);
    QCOMPARE(stat.dockerError().httpStatus, 404);
    QVERIFY2(stat.error().contains(QLatin1String("/no/such/path")), qPrintable(stat.error()));

    const DockerStatus fetched
        = m_client->getArchive(id, QStringLiteral("/no/such/path"), [](QByteArrayView) { return true; });
    QVERIFY(!fetched);
    QCOMPARE(fetched.dockerError().httpStatus, 404);
    QVERIFY(!fetched.dockerError().engineMessage.isEmpty());
}

void TestDockerClient::volumesAndNetworks()
{
    const QString runLabel = QStringLiteral("saasodoo.test.run=") + uniqueDockerName(QStringLiteral("r"));
    Labels labels = dockerTestLabels();
    labels.insert(runLabel.section(u'=', 0, 0), runLabel.section(u'=', 1));

    VolumeSpec volumeSpec;
    volumeSpec.name = uniqueDockerName(QStringLiteral("dv"));
    volumeSpec.labels = labels;
    const DockerResult<VolumeInfo> volume = m_client->createVolume(volumeSpec);
    QVERIFY2(volume, qPrintable(volume ? QString() : volume.error()));
    m_volumes.append(volumeSpec.name);
    QCOMPARE(volume->name, volumeSpec.name);
    QCOMPARE(volume->driver, QStringLiteral("local"));

    const DockerResult<QList<VolumeInfo>> volumes = m_client->listVolumes({ runLabel });
    QVERIFY2(volumes, qPrintable(volumes ? QString() : volumes.error()));
    QCOMPARE(volumes->size(), 1);
    QCOMPARE(volumes->first().name, volumeSpec.name);

    NetworkSpec networkSpec;
    networkSpec.name = uniqueDockerName(QStringLiteral("dn"));
    networkSpec.labels = labels;
    const DockerResult<QString> networkId = m_client->createNetwork(networkSpec);
    QVERIFY2(networkId, qPrintable(networkId ? QString() : networkId.error()));
    m_networks.append(networkSpec.name);

    const DockerResult<QList<NetworkInfo>> networks = m_client->listNetworks({ runLabel });
    QVERIFY2(networks, qPrintable(networks ? QString() : networks.error()));
    QCOMPARE(networks->size(), 1);
    QCOMPARE(networks->first().id, *networkId);

    ContainerSpec spec;
    spec.cmd = { QStringLiteral("sleep"), QStringLiteral("300") };
    spec.volumeMounts = { VolumeMount { volumeSpec.name, QStringLiteral("/data"), false } };
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));

    const DockerStatus connected = m_client->connectNetwork(networkSpec.name, id, { QStringLiteral("tenant-db") });
    QVERIFY2(connected, qPrintable(connected ? QString() : connected.error()));
    DockerResult<ContainerInfo> info = m_client->inspectContainer(id);
    QVERIFY(info->networks.contains(networkSpec.name));
    QVERIFY(info->networks.value(networkSpec.name).aliases.contains(QStringLiteral("tenant-db")));
    const DockerResult<NetworkInfo> network = m_client->inspectNetwork(networkSpec.name);
    QVERIFY(network);
    QVERIFY(network->containerIds.contains(id));

    // Removing a volume in use is a conflict.
    const DockerStatus busy = m_client->removeVolume(volumeSpec.name);
    QVERIFY(!busy);
    QCOMPARE(busy.dockerError().httpStatus, 409);

    QVERIFY(m_client->disconnectNetwork(networkSpec.name, id));
    info = m_client->inspectContainer(id);
    QVERIFY(!info->networks.contains(networkSpec.name));

    QVERIFY(m_client->removeContainer(id, RemoveContainerOptions { true, false }));
    QVERIFY(m_client->removeNetwork(networkSpec.name));
    QVERIFY(m_client->removeVolume(volumeSpec.name));
    const DockerStatus again = m_client->removeVolume(volumeSpec.name);
    QVERIFY(!again);
    QCOMPARE(again.dockerError().httpStatus, 404);
}

void TestDockerClient::eventsArriveInOrder()
{
    const QString runLabel = QStringLiteral("saasodoo.test.run=") + uniqueDockerName(QStringLiteral("ev"));
    EventFilter filter;
    filter.types = { QStringLiteral("container") };
    filter.labels = { runLabel };
    filter.events = { QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("die"),
        QStringLiteral("destroy") };

    QStringList actions;
    DockerStatus streamStatus;
    std::atomic_bool connected { false };
    CancellationToken cancellation;
    std::thread watcher([&] {
        EventCursor cursor(QDateTime::currentMSecsSinceEpoch() * 1000000);
        connected = true;
        streamStatus = m_client->streamEvents(filter, cursor, [&](const Event &event) {
            actions.append(event.action);
            return event.action == QLatin1String("destroy") ? EventDisposition::Stop : EventDisposition::Continue;
        }, std::nullopt, cancellation);
    });
    auto joinWatcher = qScopeGuard([&] {
        cancellation.cancel();
        watcher.join();
    });
    QTRY_VERIFY(connected.load());

    ContainerSpec spec;
    spec.cmd = { QStringLiteral("true") };
    spec.labels.insert(runLabel.section(u'=', 0, 0), runLabel.section(u'=', 1));
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));
    QVERIFY(m_client->waitContainer(id));
    QVERIFY(m_client->removeContainer(id));

    QElapsedTimer timer;
    timer.start();
    while (actions.size() < 4 && timer.elapsed() < 20000)
        QThread::msleep(50);
    joinWatcher.dismiss();
    cancellation.cancel();
    watcher.join();
    QVERIFY2(streamStatus, qPrintable(streamStatus ? QString() : streamStatus.error()));
    QCOMPARE(actions, (QStringList { QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("die"),
                          QStringLiteral("destroy") }));
}

void TestDockerClient::eventsResumeWithSince()
{
    const QString runLabel = QStringLiteral("saasodoo.test.run=") + uniqueDockerName(QStringLiteral("ev"));
    EventFilter filter;
    filter.types = { QStringLiteral("container") };
    filter.labels = { runLabel };
    filter.events = { QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("die"),
        QStringLiteral("destroy") };
    const qint64 startNano = (QDateTime::currentMSecsSinceEpoch() - 1000) * 1000000;

    // Two containers run while nobody listens: eight events in the engine's buffer.
    QStringList expected;
    for (int i = 0; i < 2; ++i) {
        ContainerSpec spec;
        spec.cmd = { QStringLiteral("true") };
        spec.labels.insert(runLabel.section(u'=', 0, 0), runLabel.section(u'=', 1));
        const QString id = createContainer(spec);
        QVERIFY(m_client->startContainer(id));
        QVERIFY(m_client->waitContainer(id));
        QVERIFY(m_client->removeContainer(id));
        for (const char *action : { "create", "start", "die", "destroy" })
            expected.append(id.left(12) + u':' + QLatin1String(action));
    }

    // The first connection stops after two events, as a dropped stream would.
    EventCursor cursor(startNano);
    QStringList received;
    auto record = [&](const Event &event) {
        received.append(event.actorId.left(12) + u':' + event.action);
        return EventDisposition::Continue;
    };
    const DockerStatus first = m_client->streamEvents(filter, cursor, [&](const Event &event) {
        record(event);
        return received.size() == 2 ? EventDisposition::Stop : EventDisposition::Continue;
    });
    QVERIFY2(first, qPrintable(first ? QString() : first.error()));
    QCOMPARE(received.size(), 2);

    // The second resumes with since= at the cursor; `until` makes the engine close it.
    const DockerStatus second = m_client->streamEvents(
        filter, cursor, record, QDateTime::currentDateTimeUtc().addSecs(1));
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(received, expected);
}

void TestDockerClient::watchEventsReconnects()
{
    const QString runLabel = QStringLiteral("saasodoo.test.run=") + uniqueDockerName(QStringLiteral("ev"));
    EventFilter filter;
    filter.types = { QStringLiteral("container") };
    filter.labels = { runLabel };
    QStringList expected;
    const qint64 startNano = (QDateTime::currentMSecsSinceEpoch() - 1000) * 1000000;
    for (int i = 0; i < 2; ++i) {
        ContainerSpec spec;
        spec.cmd = { QStringLiteral("true") };
        spec.labels.insert(runLabel.section(u'=', 0, 0), runLabel.section(u'=', 1));
        const QString id = createContainer(spec);
        QVERIFY(m_client->startContainer(id));
        QVERIFY(m_client->waitContainer(id));
        QVERIFY(m_client->removeContainer(id));
        for (const char *action : { "create", "start", "die", "destroy" })
            expected.append(id.left(12) + u':' + QLatin1String(action));
    }

    // Every third event drops the connection; the watcher resumes each time.
    EventCursor cursor(startNano);
    QStringList received;
    int reconnects = 0;
    filter.events = { QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("die"),
        QStringLiteral("destroy") };
    const DockerStatus watched = m_client->watchEvents(filter, cursor, [&](const Event &event) {
        received.append(event.actorId.left(12) + u':' + event.action);
        if (received.size() == expected.size())
            return EventDisposition::Stop;
        if (received.size() % 3 == 0) {
            ++reconnects;
            return EventDisposition::Reconnect;
        }
        return EventDisposition::Continue;
    });
    QVERIFY2(watched, qPrintable(watched ? QString() : watched.error()));
    QCOMPARE(reconnects, 2);
    QCOMPARE(received, expected);
}

void TestDockerClient::cancelIdleEventStream()
{
    EventFilter filter;
    filter.labels = { QStringLiteral("saasodoo.test.never=") + uniqueDockerName(QStringLiteral("none")) };
    CancellationToken cancellation;
    DockerStatus status;
    QElapsedTimer timer;
    std::atomic_bool finished { false };
    std::thread worker([&] {
        EventCursor cursor;
        status = m_client->streamEvents(filter, cursor, [](const Event &) { return EventDisposition::Continue; },
            std::nullopt, cancellation);
        finished = true;
    });
    QThread::msleep(700);
    QVERIFY(!finished.load());
    timer.start();
    cancellation.cancel();
    worker.join();
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed)));
    QVERIFY(!status);
    QCOMPARE(status.dockerError().kind, DockerError::Kind::Cancelled);
    QVERIFY(status.dockerError().isCancelled());
    QVERIFY2(status.error().contains(QLatin1String("cancelled")), qPrintable(status.error()));
}

void TestDockerClient::cancelWaitFromAnotherThread()
{
    ContainerSpec spec;
    spec.cmd = { QStringLiteral("sleep"), QStringLiteral("300") };
    const QString id = createContainer(spec);
    QVERIFY(m_client->startContainer(id));
    CancellationToken cancellation;
    std::thread canceller([cancellation] {
        QThread::msleep(300);
        cancellation.cancel();
    });
    QElapsedTimer timer;
    timer.start();
    const DockerResult<WaitResult> waited = m_client->waitContainer(id, WaitCondition::NotRunning, cancellation);
    canceller.join();
    QVERIFY(!waited);
    QCOMPARE(waited.dockerError().kind, DockerError::Kind::Cancelled);
    QVERIFY(timer.elapsed() < 2000);

    // A token cancelled before the call stops it before any request.
    const DockerResult<PingInfo> ping = m_client->ping(cancellation);
    QVERIFY(!ping);
    QVERIFY(ping.dockerError().isCancelled());
}

void TestDockerClient::concurrentCallsFromThreads()
{
    std::atomic_int failures { 0 };
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 25; ++i) {
                ContainerListOptions options;
                options.labels = { QStringLiteral("saasodoo.test=docker-client") };
                if (!m_client->listContainers(options) || !m_client->ping())
                    ++failures;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(failures.load(), 0);
}

void TestDockerClient::missingSocketMessage()
{
    QTemporaryDir dir;
    const QString host = QStringLiteral("unix://") + dir.filePath(QStringLiteral("missing.sock"));
    DockerClient client(unixEndpoint(host));
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Unreachable);
    QVERIFY2(ping.error().startsWith(QStringLiteral("Docker is not reachable at ") + host + QStringLiteral(": no such file")),
        qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(QLatin1String("not running")), qPrintable(ping.error()));
}

void TestDockerClient::refusedSocketMessage()
{
    // A socket file nobody listens on: connect() fails with ECONNREFUSED.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stale.sock"));
    {
        FakeEngine closed(path, {});
    }
    QVERIFY(QFileInfo::exists(path));
    DockerClient client(unixEndpoint(QStringLiteral("unix://") + path));
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Unreachable);
    QVERIFY2(ping.error().contains(QLatin1String("connection refused")), qPrintable(ping.error()));
}

// A socket that accepts connections (the kernel's backlog does, as for a
// dockerd stopped with SIGSTOP) but never replies. Each call times out as
// a request, not as a connect, and the message contains "timed out" once.
void TestDockerClient::silentEngineTimeoutMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("silent.sock"));
    const int listener = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    QVERIFY(listener >= 0);
    const auto closeListener = qScopeGuard([&] { ::close(listener); });
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray encoded = QFile::encodeName(path);
    std::memcpy(address.sun_path, encoded.constData(), size_t(encoded.size()));
    QCOMPARE(::bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    QCOMPARE(::listen(listener, 16), 0);

    ClientOptions options;
    options.requestTimeout = 2000ms;
    DockerClient client(unixEndpoint(QStringLiteral("unix://") + path), options);
    for (int call = 0; call < 2; ++call) {
        const DockerStatus started = client.startContainer(QStringLiteral("acme"));
        QVERIFY(!started.ok());
        QCOMPARE(started.dockerError().kind, DockerError::Kind::Timeout);
        // The client's first call requests the API version, so the call
        // that timed out is that ping.
        QVERIFY2(started.error().contains(QLatin1String("accepted the request to ")), qPrintable(started.error()));
        QVERIFY2(started.error().contains(QLatin1String("within 2 s")), qPrintable(started.error()));
        QVERIFY2(!started.error().contains(QLatin1String("connecting")), qPrintable(started.error()));
        QCOMPARE(started.error().count(QLatin1String("timed out")), 1);
    }
}

void TestDockerClient::socketWithoutPermissionMessage()
{
    // Root may open any socket, so as root this test runs itself again as
    // the unprivileged user nobody through setpriv.
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
    const QString path = dir.filePath(QStringLiteral("locked.sock"));
    FakeEngine engine(path, pingReply("1.41"));
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0), 0);
    const QString host = QStringLiteral("unix://") + path;

    if (::geteuid() == 0) {
        QProcess probe;
        probe.setProgram(QStringLiteral("setpriv"));
        probe.setArguments({ QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
            QStringLiteral("--clear-groups"), QCoreApplication::applicationFilePath(),
            QStringLiteral("socketWithoutPermissionMessage") });
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SAASODOO_DOCKER_PERMISSION_PROBE"), host);
        probe.setProcessEnvironment(environment);
        probe.start();
        QVERIFY(probe.waitForFinished(30000));
        const QByteArray output = probe.readAllStandardOutput() + probe.readAllStandardError();
        QVERIFY2(probe.exitCode() == 0, output.constData());
        QVERIFY2(output.contains("PASS   : TestDockerClient::socketWithoutPermissionMessage"), output.constData());
        return;
    }

    const QString probeHost = qEnvironmentVariable("SAASODOO_DOCKER_PERMISSION_PROBE", host);
    DockerClient client(unixEndpoint(probeHost));
    const DockerResult<PingInfo> ping = client.ping();
    QVERIFY(!ping);
    QCOMPARE(ping.dockerError().kind, DockerError::Kind::Unreachable);
    QVERIFY2(ping.error().contains(QStringLiteral("Docker is not reachable at ") + probeHost + QStringLiteral(": permission denied")),
        qPrintable(ping.error()));
    QVERIFY2(ping.error().contains(QLatin1String("docker")), qPrintable(ping.error()));
}

void TestDockerClient::negotiationPicksLowerVersion()
{
    QTemporaryDir dir;
    const QString newer = dir.filePath(QStringLiteral("newer.sock"));
    FakeEngine newerEngine(newer, pingReply("1.52"));
    DockerClient newerClient(unixEndpoint(QStringLiteral("unix://") + newer));
    const DockerResult<QString> clamped = newerClient.negotiateApiVersion();
    QVERIFY2(clamped, qPrintable(clamped ? QString() : clamped.error()));
    QCOMPARE(*clamped, QStringLiteral("1.47"));

    const QString middle = dir.filePath(QStringLiteral("middle.sock"));
    FakeEngine middleEngine(middle, pingReply("1.43"));
    DockerClient middleClient(unixEndpoint(QStringLiteral("unix://") + middle));
    middleClient.version(); // the fake replies "OK", so only the request line matters
    QCOMPARE(middleClient.apiVersion(), QStringLiteral("1.43"));
    const QList<QByteArray> lines = middleEngine.requestLines();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QByteArray("GET /_ping HTTP/1.1"));
    QCOMPARE(lines.at(1), QByteArray("GET /v1.43/version HTTP/1.1"));

    // The real engine: Docker 20.10 offers 1.41.
    DockerClient real(unixEndpoint(dockerUnix().host));
    const DockerResult<QString> negotiated = real.negotiateApiVersion();
    QVERIFY(negotiated);
    QCOMPARE(*negotiated, QStringLiteral("1.41"));
}

void TestDockerClient::negotiationRejectsOldEngine()
{
    // A recorded /_ping of an engine with API 1.40 (Docker 19.03).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sock"));
    FakeEngine engine(path, pingReply("1.40"));
    DockerClient client(unixEndpoint(QStringLiteral("unix://") + path));
    const DockerResult<QList<ContainerSummary>> listed = client.listContainers();
    QVERIFY(!listed);
    QCOMPARE(listed.dockerError().kind, DockerError::Kind::UnsupportedVersion);
    QVERIFY2(listed.error().contains(QLatin1String("API 1.40")), qPrintable(listed.error()));
    QVERIFY2(listed.error().contains(QLatin1String("1.41 or newer")), qPrintable(listed.error()));
    QVERIFY2(listed.error().contains(QLatin1String("Docker 20.10")), qPrintable(listed.error()));
    // Only the ping was sent; no versioned request reached the engine.
    QCOMPARE(engine.requestLines(), QList<QByteArray> { QByteArray("GET /_ping HTTP/1.1") });
}

QTEST_GUILESS_MAIN(TestDockerClient)
#include "tst_dockerclient.moc"
