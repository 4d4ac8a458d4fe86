// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerclient.h"

#include "clientprivate.h"
#include "core/common/logging.h"

#include <QUrl>
#include <QVersionNumber>

namespace saasodoo::docker {

using namespace detail;

namespace detail {

Query &Query::add(const char *key, const QByteArray &value)
{
    m_target += m_hasQuery ? '&' : '?';
    m_hasQuery = true;
    m_target += key;
    m_target += '=';
    m_target += QUrl::toPercentEncoding(QString::fromUtf8(value));
    return *this;
}

Query &Query::add(const char *key, const QString &value)
{
    return add(key, value.toUtf8());
}

Query &Query::add(const char *key, qint64 value)
{
    return add(key, QByteArray::number(value));
}

QByteArray objectPath(const char *collection, const QString &id, const char *suffix)
{
    return QByteArray(collection) + '/' + QUrl::toPercentEncoding(id) + suffix;
}

QByteArray filtersJson(const QMap<QByteArray, QStringList> &filters)
{
    Json body = Json::object();
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        Json values = Json::array();
        for (const QString &value : it.value())
            values.push_back(toStd(value));
        body[it.key().toStdString()] = values;
    }
    return QByteArray::fromStdString(body.dump());
}

DockerError protocolError(const QString &operation, const QString &detail)
{
    DockerError error;
    error.kind = DockerError::Kind::Protocol;
    error.operation = operation;
    error.message = tr("Could not %1: the Docker engine's reply was invalid: %2.").arg(operation, detail);
    return error;
}

DockerResult<Json> jsonReply(const HttpResponse &response, const QString &operation)
{
    std::optional<Json> json = parseJson(response.body);
    if (!json)
        return protocolError(operation, tr("the body is not JSON"));
    return std::move(*json);
}

DockerResult<Json> jsonReply(const DockerResult<HttpResponse> &response, const QString &operation)
{
    if (!response)
        return response.dockerError();
    return jsonReply(*response, operation);
}

DockerResult<void> statusOf(const DockerResult<HttpResponse> &response)
{
    if (!response)
        return response.dockerError();
    return {};
}

HttpRequest makeRequest(const char *method, QByteArray target)
{
    HttpRequest request;
    request.method = method;
    request.target = std::move(target);
    return request;
}

HttpRequest makeJsonRequest(const char *method, QByteArray target, const Json &body)
{
    HttpRequest request = makeRequest(method, std::move(target));
    request.body = QByteArray::fromStdString(body.dump());
    return request;
}

} // namespace detail

namespace {

TransportOptions transportOptions(const ClientOptions &options)
{
    TransportOptions transport;
    transport.connectTimeout = options.connectTimeout;
    transport.keyPassphrase = options.keyPassphrase;
    transport.cancellation = options.cancellation;
    return transport;
}

} // namespace

DockerClient::Private::Private(Endpoint endpoint, ClientOptions clientOptions)
    : options(std::move(clientOptions)),
      endpointStatus(validateEndpoint(endpoint)),
      transport(std::move(endpoint), transportOptions(options))
{
}

DockerClient::DockerClient(Endpoint endpoint, ClientOptions options)
    : d(std::make_unique<Private>(std::move(endpoint), std::move(options)))
{
}

DockerClient::~DockerClient() = default;

const Endpoint &DockerClient::endpoint() const
{
    return d->transport.endpoint();
}

QString DockerClient::apiVersion() const
{
    QMutexLocker locker(&d->versionMutex);
    return d->apiVersion;
}

DockerResult<PingInfo> DockerClient::ping(const CancellationToken &cancellation) const
{
    const QString operation = tr("ping the Docker engine at %1").arg(endpoint().host);
    if (!d->endpointStatus)
        return d->endpointStatus.dockerError();

    HttpRequest request = makeRequest("GET", "/_ping");
    request.totalTimeout = d->options.requestTimeout;
    request.cancellation = cancellation;
    // Transport errors name the endpoint themselves.
    DockerResult<HttpResponse> response = d->transport.perform(request, tr("ping the engine"));
    if (!response)
        return response.dockerError();
    if (response->status != 200)
        return httpError(operation, response->status, engineMessage(response->body));

    PingInfo info;
    const auto &headers = response->headers;
    info.apiVersion = QString::fromLatin1(headers.value("api-version"));
    info.osType = QString::fromLatin1(headers.value("ostype"));
    info.experimental = headers.value("docker-experimental") == "true";
    info.swarm = QString::fromLatin1(headers.value("swarm"));
    return info;
}

DockerResult<QString> DockerClient::negotiateApiVersion(const CancellationToken &cancellation) const
{
    QMutexLocker locker(&d->versionMutex);
    if (!d->apiVersion.isEmpty())
        return d->apiVersion;

    const DockerResult<PingInfo> pinged = ping(cancellation);
    if (!pinged)
        return pinged.dockerError();

    // The docker CLI treats an engine without Api-Version as API 1.24.
    const QString engineVersionText = pinged->apiVersion.isEmpty() ? QStringLiteral("1.24") : pinged->apiVersion;
    const QVersionNumber engineVersion = QVersionNumber::fromString(engineVersionText);
    const QVersionNumber minimum = QVersionNumber::fromString(QLatin1String(minimumApiVersion));
    const QVersionNumber maximum = QVersionNumber::fromString(QLatin1String(maximumApiVersion));
    if (engineVersion.isNull() || engineVersion < minimum) {
        DockerError error;
        error.kind = DockerError::Kind::UnsupportedVersion;
        error.operation = tr("negotiate the API version with %1").arg(endpoint().host);
        error.message = tr("The Docker engine at %1 speaks API %2, but this console needs API %3 or newer "
                           "(Docker 20.10 or newer). Upgrade Docker on that host.")
                            .arg(endpoint().host, engineVersionText, QLatin1String(minimumApiVersion));
        return error;
    }
    const QVersionNumber chosen = std::min(engineVersion, maximum);
    d->apiVersion = QStringLiteral("%1.%2").arg(chosen.majorVersion()).arg(chosen.minorVersion());
    qCDebug(lcDocker) << "Docker engine" << endpoint().host << "offers API" << engineVersionText << "using"
                      << d->apiVersion;
    return d->apiVersion;
}

DockerResult<HttpResponse> DockerClient::send(HttpRequest &request, const QString &operation) const
{
    if (!d->endpointStatus)
        return d->endpointStatus.dockerError();
    const DockerResult<QString> version = negotiateApiVersion(request.cancellation);
    if (!version)
        return version.dockerError();
    request.target = "/v" + version->toLatin1() + request.target;
    return d->transport.perform(request, operation);
}

DockerResult<HttpResponse> DockerClient::sendExpecting(
    HttpRequest &request, const QString &operation, std::initializer_list<int> okStatuses) const
{
    if (request.totalTimeout.count() == 0 && !request.bodySink && !request.bodySource)
        request.totalTimeout = d->options.requestTimeout;
    DockerResult<HttpResponse> response = send(request, operation);
    if (!response)
        return response;
    if (std::find(okStatuses.begin(), okStatuses.end(), response->status) == okStatuses.end()) {
        DockerError error = httpError(operation, response->status, engineMessage(response->body));
        qCDebug(lcDocker) << "Docker request returned" << response->status << request.method << request.target
                          << error.engineMessage;
        return error;
    }
    return response;
}

DockerResult<VersionInfo> DockerClient::version(const CancellationToken &cancellation) const
{
    const QString operation = tr("read the Docker engine version");
    HttpRequest request = makeRequest("GET", "/version");
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return parseVersion(*json);
}

DockerResult<SystemInfo> DockerClient::info(const CancellationToken &cancellation) const
{
    const QString operation = tr("read the Docker engine information");
    HttpRequest request = makeRequest("GET", "/info");
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return parseSystemInfo(*json);
}

DockerResult<QList<ImageSummary>> DockerClient::listImages(
    const QStringList &labelFilters, const CancellationToken &cancellation) const
{
    const QString operation = tr("list images");
    Query query("/images/json");
    if (!labelFilters.isEmpty())
        query.add("filters", filtersJson({ { "label", labelFilters } }));
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    QList<ImageSummary> images;
    if (json->is_array()) {
        for (const Json &item : *json)
            images.append(parseImageSummary(item));
    }
    return images;
}

DockerResult<ImageInfo> DockerClient::inspectImage(const QString &nameOrId, const CancellationToken &cancellation) const
{
    const QString operation = tr("inspect image %1").arg(nameOrId);
    HttpRequest request = makeRequest("GET", objectPath("/images", nameOrId, "/json"));
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return parseImageInfo(*json);
}

DockerResult<bool> DockerClient::imageExists(const QString &nameOrId, const CancellationToken &cancellation) const
{
    const DockerResult<ImageInfo> image = inspectImage(nameOrId, cancellation);
    if (image)
        return true;
    if (image.dockerError().isNotFound())
        return false;
    return image.dockerError();
}

DockerResult<QString> DockerClient::importImage(const ByteSource &tarSource, const QString &repository,
    const QString &tag, const QStringList &changes, const CancellationToken &cancellation) const
{
    const QString operation = tr("import image %1:%2").arg(repository, tag);
    Query query("/images/create");
    query.add("fromSrc", QByteArray("-")).add("repo", repository).add("tag", tag);
    for (const QString &change : changes)
        query.add("changes", change);
    HttpRequest request = makeRequest("POST", query.target());
    request.bodySource = tarSource;
    request.contentType = "application/x-tar";
    request.cancellation = cancellation;

    // The reply is a JSON progress stream; an error arrives as an
    // {"error": ...} line with status 200, and the last line contains the ID.
    QString imageId;
    QString streamError;
    LineSplitter lines([&](QByteArrayView line) {
        const std::optional<Json> json = parseJson(line);
        if (!json)
            return true;
        const QString error = stringValue(*json, "error");
        if (!error.isEmpty())
            streamError = error;
        const QString status = stringValue(*json, "status");
        if (status.startsWith(QLatin1String("sha256:")))
            imageId = status;
        return true;
    });
    request.bodySink = [&lines](QByteArrayView chunk) { return lines.feed(chunk); };
    const DockerResult<HttpResponse> response = sendExpecting(request, operation, { 200 });
    if (!response)
        return response.dockerError();
    lines.finish();
    if (!streamError.isEmpty())
        return httpError(operation, 200, streamError);
    if (imageId.isEmpty())
        return protocolError(operation, tr("no image ID in the progress stream"));
    return imageId;
}

DockerStatus DockerClient::removeImage(const QString &nameOrId, bool force, const CancellationToken &cancellation) const
{
    const QString operation = tr("remove image %1").arg(nameOrId);
    Query query(objectPath("/images", nameOrId));
    query.addFlag("force", force);
    HttpRequest request = makeRequest("DELETE", query.target());
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 200 }));
}

} // namespace saasodoo::docker
