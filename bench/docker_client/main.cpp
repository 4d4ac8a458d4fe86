// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Measures the Docker client beside the curl binary on the same engine and
// in the same run: median and p95 latency of GET /containers/json, and the
// throughput of copying a directory out of a container (GET .../archive),
// with the peak RSS growth during that copy.
//
// Usage: bench_docker_client [--calls N] [--archive-mb MB]
// The engine comes from SAASODOO_TEST_DOCKER_HOST, else from DOCKER_HOST.
#include "tests/docker/dockertestsupport.h"

#include "core/docker/dockerclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <algorithm>
#include <cstdio>

using namespace saasodoo::docker;

namespace {

double percentile(QList<double> values, double fraction)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(fraction * double(values.size())));
    return values.at(index);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

// Returns a field of /proc/self/status in kB, for example "VmHWM".
qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets VmHWM to the current RSS (Linux 4.0 and newer).
void resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    if (clearRefs.open(QIODevice::WriteOnly))
        clearRefs.write("5");
}

// Runs curl once with `urls`, writing one "<seconds> <bytes>" line per transfer.
QList<QPair<double, qint64>> runCurl(const QString &socket, const QStringList &urls)
{
    QStringList arguments { QStringLiteral("--silent"), QStringLiteral("--show-error"), QStringLiteral("--unix-socket"),
        socket, QStringLiteral("--write-out"), QStringLiteral("%{time_total} %{size_download}\\n") };
    for (const QString &url : urls)
        arguments << QStringLiteral("--output") << QStringLiteral("/dev/null") << url;
    QProcess curl;
    curl.start(QStringLiteral("curl"), arguments);
    curl.waitForFinished(-1);
    QList<QPair<double, qint64>> results;
    for (const QByteArray &line : curl.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(' ');
        if (fields.size() == 2)
            results.append({ fields.at(0).toDouble(), fields.at(1).toLongLong() });
    }
    if (curl.exitCode() != 0)
        std::fprintf(stderr, "curl failed: %s\n", curl.readAllStandardError().constData());
    return results;
}

bool check(const DockerStatus &status, const char *what)
{
    if (!status)
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(status.error()));
    return bool(status);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption callsOption(QStringLiteral("calls"), QStringLiteral("Number of GET /containers/json calls."),
        QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption archiveOption(QStringLiteral("archive-mb"),
        QStringLiteral("Size of the directory copied out of the container, in MiB."), QStringLiteral("MB"),
        QStringLiteral("200"));
    parser.addOption(callsOption);
    parser.addOption(archiveOption);
    parser.process(app);
    const int calls = parser.value(callsOption).toInt();
    const int archiveMb = parser.value(archiveOption).toInt();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (environment.contains(QStringLiteral("SAASODOO_TEST_DOCKER_HOST")))
        environment.insert(QStringLiteral("DOCKER_HOST"), environment.value(QStringLiteral("SAASODOO_TEST_DOCKER_HOST")));
    const DockerResult<Endpoint> endpoint = endpointFromEnvironment(environment, QDir::homePath());
    if (!endpoint || !endpoint->isUnixSocket()) {
        std::fprintf(stderr, "needs a unix:// engine: %s\n", endpoint ? "tcp endpoint given" : qPrintable(endpoint.error()));
        return 2;
    }
    const QString socket = endpoint->socketPath();
    DockerClient client(*endpoint);
    const DockerResult<QString> version = client.negotiateApiVersion();
    if (!version) {
        std::fprintf(stderr, "%s\n", qPrintable(version.error()));
        return 2;
    }

    // Fixture: a container holding archiveMb MiB in 10 MiB files under /data/big.
    const QString tag = saasodoo::test::uniqueDockerName(QStringLiteral("bench"));
    const QString image = QStringLiteral("saasodoo-test/busybox:") + tag;
    const DockerResult<QString> imported
        = saasodoo::test::importBusyboxImage(client, QStringLiteral("saasodoo-test/busybox"), tag);
    if (!imported) {
        std::fprintf(stderr, "image import failed: %s\n", qPrintable(imported.error()));
        return 2;
    }
    ContainerSpec spec;
    spec.name = saasodoo::test::uniqueDockerName(QStringLiteral("bench-docker-client"));
    spec.image = image;
    spec.cmd = { QStringLiteral("sleep"), QStringLiteral("3600") };
    spec.labels = saasodoo::test::dockerTestLabels();
    const DockerResult<ContainerCreated> created = client.createContainer(spec);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 2;
    }
    const QString id = created->id;
    auto cleanUp = [&] {
        client.removeContainer(id, RemoveContainerOptions { true, true });
        client.removeImage(image, true);
    };
    ExecSpec fill;
    fill.cmd = { QStringLiteral("sh"), QStringLiteral("-c"),
        QStringLiteral("mkdir -p /data/big && for i in $(seq 1 %1); do dd if=/dev/zero of=/data/big/f$i bs=1048576 "
                       "count=10 2>/dev/null; done; sync")
            .arg((archiveMb + 9) / 10) };
    if (!check(client.startContainer(id), "start") || !client.exec(id, fill)) {
        cleanUp();
        return 2;
    }

    std::printf("engine %s, API %s, %d calls, archive %d MiB\n", qPrintable(endpoint->host), qPrintable(*version),
        calls, archiveMb);

    // Latency, in four alternating blocks so that background load on the
    // engine (such as the write-back of the fixture files) hits both sides.
    // curl runs as one process per block fetching the URL repeatedly on a
    // reused connection; its time_total per transfer excludes start-up.
    const QString listUrl = QStringLiteral("http://docker/v%1/containers/json").arg(*version);
    QList<double> clientMs;
    QList<double> curlMs;
    constexpr int blocks = 4;
    for (int block = 0; block < blocks; ++block) {
        const int blockCalls = calls / blocks + (block < calls % blocks ? 1 : 0);
        for (int i = 0; i < blockCalls + 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            const DockerResult<QList<ContainerSummary>> listed
                = client.listContainers(ContainerListOptions { false, {}, {}, {}, {} });
            const double elapsedMs = double(timer.nsecsElapsed()) / 1e6;
            if (!listed) {
                std::fprintf(stderr, "%s\n", qPrintable(listed.error()));
                cleanUp();
                return 2;
            }
            if (i >= 5) // the first five of each block warm up
                clientMs.append(elapsedMs);
        }
        const QList<QPair<double, qint64>> curlRun = runCurl(socket, QStringList(blockCalls + 5, listUrl));
        for (qsizetype i = 5; i < curlRun.size(); ++i)
            curlMs.append(curlRun.at(i).first * 1000.0);
    }

    const double clientMedian = median(clientMs);
    const double curlMedian = median(curlMs);
    const double clientP95 = percentile(clientMs, 0.95);
    const double curlP95 = percentile(curlMs, 0.95);
    std::printf("GET /containers/json latency (ms)   median   p95\n");
    std::printf("  DockerClient                      %7.3f %7.3f\n", clientMedian, clientP95);
    std::printf("  curl --unix-socket                %7.3f %7.3f\n", curlMedian, curlP95);
    std::printf("  ratio client/curl                 %7.2f %7.2f   (target <= 1.20)\n", clientMedian / curlMedian,
        clientP95 / curlP95);

    // Throughput: three alternating rounds, best of each.
    const QString archiveUrl = QStringLiteral("http://docker/v%1/containers/%2/archive?path=/data/big").arg(*version, id);
    double clientBest = 0.0;
    double curlBest = 0.0;
    qint64 peakGrowthKb = 0;
    qint64 archiveBytes = 0;
    for (int round = 0; round < 3; ++round) {
        resetPeakRss();
        const qint64 rssBefore = procStatusKb("VmRSS");
        qint64 received = 0;
        QElapsedTimer timer;
        timer.start();
        const DockerStatus fetched = client.getArchive(id, QStringLiteral("/data/big"), [&](QByteArrayView chunk) {
            received += chunk.size();
            return true;
        });
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        peakGrowthKb = std::max(peakGrowthKb, procStatusKb("VmHWM") - rssBefore);
        if (!check(fetched, "archive GET")) {
            cleanUp();
            return 2;
        }
        archiveBytes = received;
        clientBest = std::max(clientBest, double(received) / seconds / 1048576.0);

        const QList<QPair<double, qint64>> curlRun = runCurl(socket, { archiveUrl });
        if (!curlRun.isEmpty() && curlRun.first().first > 0)
            curlBest = std::max(curlBest, double(curlRun.first().second) / curlRun.first().first / 1048576.0);
    }
    std::printf("GET /containers/{id}/archive of %.1f MiB (best of 3)\n", double(archiveBytes) / 1048576.0);
    std::printf("  DockerClient                      %8.1f MiB/s\n", clientBest);
    std::printf("  curl --unix-socket                %8.1f MiB/s\n", curlBest);
    std::printf("  ratio client/curl                 %8.2f        (target >= 0.90)\n", clientBest / curlBest);
    std::printf("  peak RSS growth during the copy   %8.1f MiB    (limit 64 MiB)\n", double(peakGrowthKb) / 1024.0);

    cleanUp();
    return 0;
}
