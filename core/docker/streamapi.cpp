// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientprivate.h"

#include <QThread>

namespace saasodoo::docker {

using namespace detail;

namespace {

QByteArray unixTime(const QDateTime &time)
{
    const qint64 msecs = time.toMSecsSinceEpoch();
    return QByteArray::number(msecs / 1000) + '.' + QByteArray::number(msecs % 1000).rightJustified(3, '0');
}

// Routes a stream body to `sink`: split into stdout and stderr frames, or
// passed on whole as stdout when the stream comes from a TTY.
ByteSink outputStreamSink(bool tty, const OutputSink &sink, FrameDemultiplexer &demultiplexer)
{
    if (tty)
        return [&sink](QByteArrayView chunk) { return sink(StreamType::Stdout, chunk); };
    return [&demultiplexer](QByteArrayView chunk) { return demultiplexer.feed(chunk); };
}

DockerStatus finishOutputStream(const DockerResult<HttpResponse> &response, const FrameDemultiplexer &demultiplexer,
    const QString &operation)
{
    if (!response)
        return response.dockerError();
    if (demultiplexer.failed())
        return protocolError(operation, tr("a frame header of the multiplexed stream is invalid"));
    if (!response->stoppedBySink && demultiplexer.hasPartialFrame())
        return protocolError(operation, tr("the stream ended inside a frame"));
    return {};
}

} // namespace

DockerStatus DockerClient::logs(
    const QString &id, const LogOptions &options, const OutputSink &sink, const CancellationToken &cancellation) const
{
    const QString operation = tr("read the logs of container %1").arg(id);
    const DockerResult<ContainerInfo> container = inspectContainer(id, cancellation);
    if (!container)
        return container.dockerError();

    Query query(objectPath("/containers", id, "/logs"));
    query.addFlag("stdout", options.stdoutStream)
        .addFlag("stderr", options.stderrStream)
        .addFlag("follow", options.follow)
        .addFlag("timestamps", options.timestamps)
        .add("tail", options.tail < 0 ? QByteArray("all") : QByteArray::number(options.tail));
    if (options.since)
        query.add("since", unixTime(*options.since));
    if (options.until)
        query.add("until", unixTime(*options.until));

    FrameDemultiplexer demultiplexer(sink);
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    request.bodySink = outputStreamSink(container->tty, sink, demultiplexer);
    if (!options.follow)
        request.idleTimeout = d->options.streamIdleTimeout;
    const DockerResult<HttpResponse> response = sendExpecting(request, operation, { 200 });
    return finishOutputStream(response, demultiplexer, operation);
}

DockerResult<StatsSample> DockerClient::stats(const QString &id, const CancellationToken &cancellation) const
{
    const QString operation = tr("read the resource usage of container %1").arg(id);
    Query query(objectPath("/containers", id, "/stats"));
    query.addFlag("stream", false);
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return parseStats(*json);
}

DockerStatus DockerClient::streamStats(const QString &id, const std::function<bool(const StatsSample &)> &sink,
    const CancellationToken &cancellation) const
{
    const QString operation = tr("follow the resource usage of container %1").arg(id);
    Query query(objectPath("/containers", id, "/stats"));
    query.addFlag("stream", true);
    bool invalidLine = false;
    LineSplitter lines([&](QByteArrayView line) {
        const std::optional<Json> json = parseJson(line);
        if (!json) {
            invalidLine = true;
            return false;
        }
        return sink(parseStats(*json));
    });
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    request.bodySink = [&lines](QByteArrayView chunk) { return lines.feed(chunk); };
    const DockerResult<HttpResponse> response = sendExpecting(request, operation, { 200 });
    if (!response)
        return response.dockerError();
    if (invalidLine)
        return protocolError(operation, tr("a stats sample is not JSON"));
    if (lines.overflowed())
        return protocolError(operation, tr("a stats sample is too long"));
    return {};
}

DockerResult<QString> DockerClient::createExec(
    const QString &containerId, const ExecSpec &spec, const CancellationToken &cancellation) const
{
    const QString operation = tr("run %1 in container %2").arg(spec.cmd.join(u' '), containerId);
    if (spec.cmd.isEmpty())
        return configurationError(operation, tr("Could not %1: the command is empty.").arg(operation));
    HttpRequest request = makeJsonRequest("POST", objectPath("/containers", containerId, "/exec"), execSpecToJson(spec));
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 201 }), operation);
    if (!json)
        return json.dockerError();
    const QString execId = stringValue(*json, "Id");
    if (execId.isEmpty())
        return protocolError(operation, tr("no exec ID"));
    return execId;
}

DockerStatus DockerClient::startExec(
    const QString &execId, bool tty, const OutputSink &sink, const CancellationToken &cancellation) const
{
    const QString operation = tr("run exec %1").arg(execId.left(12));
    // Without an Upgrade header the engine replies 200 and streams the
    // output as a normal body (checked with Docker 20.10, API 1.41).
    FrameDemultiplexer demultiplexer(sink);
    HttpRequest request = makeJsonRequest(
        "POST", objectPath("/exec", execId, "/start"), Json { { "Detach", false }, { "Tty", tty } });
    request.cancellation = cancellation;
    request.bodySink = outputStreamSink(tty, sink, demultiplexer);
    const DockerResult<HttpResponse> response = sendExpecting(request, operation, { 200 });
    return finishOutputStream(response, demultiplexer, operation);
}

DockerResult<int> DockerClient::execExitCode(const QString &execId, const CancellationToken &cancellation) const
{
    const QString operation = tr("read the exit code of exec %1").arg(execId.left(12));
    // The engine may still report the process as running for a moment after
    // the output stream ends, so poll briefly.
    for (int attempt = 0; attempt < 100; ++attempt) {
        HttpRequest request = makeRequest("GET", objectPath("/exec", execId, "/json"));
        request.cancellation = cancellation;
        const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
        if (!json)
            return json.dockerError();
        if (!boolValue(*json, "Running"))
            return int(integerValue(*json, "ExitCode"));
        if (cancellation.isCancelled())
            return cancelledError(operation);
        QThread::msleep(50);
    }
    DockerError error;
    error.kind = DockerError::Kind::Timeout;
    error.operation = operation;
    error.message = tr("Could not %1: the process still runs 5 s after its output ended.").arg(operation);
    return error;
}

DockerResult<ExecResult> DockerClient::exec(
    const QString &containerId, const ExecSpec &spec, const CancellationToken &cancellation) const
{
    const DockerResult<QString> execId = createExec(containerId, spec, cancellation);
    if (!execId)
        return execId.dockerError();
    ExecResult result;
    const DockerStatus started = startExec(*execId, spec.tty,
        [&result](StreamType stream, QByteArrayView data) {
            (stream == StreamType::Stderr ? result.stderrData : result.stdoutData).append(data);
            return true;
        },
        cancellation);
    if (!started)
        return started.dockerError();
    const DockerResult<int> exitCode = execExitCode(*execId, cancellation);
    if (!exitCode)
        return exitCode.dockerError();
    result.exitCode = *exitCode;
    return result;
}

DockerResult<PathStat> DockerClient::statPath(
    const QString &containerId, const QString &path, const CancellationToken &cancellation) const
{
    const QString operation = tr("read %1 in container %2").arg(path, containerId);
    Query query(objectPath("/containers", containerId, "/archive"));
    query.add("path", path);
    HttpRequest request = makeRequest("HEAD", query.target());
    request.cancellation = cancellation;
    DockerResult<HttpResponse> response = send(request, operation);
    if (!response)
        return response.dockerError();
    if (response->status == 404)
        // A HEAD reply has no body, so the engine's message is missing.
        return httpError(operation, 404, tr("no such container or path: %1").arg(path));
    if (response->status != 200)
        return httpError(operation, response->status, engineMessage(response->body));
    const QByteArray header = response->headers.value("x-docker-container-path-stat");
    const std::optional<Json> json = parseJson(QByteArray::fromBase64(header));
    if (header.isEmpty() || !json)
        return protocolError(operation, tr("the X-Docker-Container-Path-Stat header is missing or invalid"));
    return parsePathStat(*json);
}

DockerStatus DockerClient::getArchive(
    const QString &containerId, const QString &path, const ByteSink &sink, const CancellationToken &cancellation) const
{
    const QString operation = tr("copy %1 out of container %2").arg(path, containerId);
    Query query(objectPath("/containers", containerId, "/archive"));
    query.add("path", path);
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    request.bodySink = sink;
    request.idleTimeout = d->options.streamIdleTimeout;
    return statusOf(sendExpecting(request, operation, { 200 }));
}

DockerStatus DockerClient::putArchive(const QString &containerId, const QString &path, const ByteSource &tarSource,
    const ArchiveUploadOptions &options, const CancellationToken &cancellation) const
{
    const QString operation = tr("copy files into %1 in container %2").arg(path, containerId);
    Query query(objectPath("/containers", containerId, "/archive"));
    query.add("path", path);
    if (options.noOverwriteDirNonDir)
        query.addFlag("noOverwriteDirNonDir", true);
    if (options.copyUidGid)
        query.addFlag("copyUIDGID", true);
    HttpRequest request = makeRequest("PUT", query.target());
    request.cancellation = cancellation;
    request.bodySource = tarSource;
    request.contentType = "application/x-tar";
    request.idleTimeout = d->options.streamIdleTimeout;
    return statusOf(sendExpecting(request, operation, { 200 }));
}

} // namespace saasodoo::docker
