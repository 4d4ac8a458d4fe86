// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientprivate.h"

namespace saasodoo::docker {

using namespace detail;

namespace {

QString containerLabel(const QString &id)
{
    // Shows names as given and shortens IDs the way the docker CLI prints them.
    static const QRegularExpression hexId(QStringLiteral("^[0-9a-f]{64}$"));
    return hexId.match(id).hasMatch() ? id.left(12) : id;
}

} // namespace

DockerResult<ContainerCreated> DockerClient::createContainer(
    const ContainerSpec &spec, const CancellationToken &cancellation) const
{
    const QString operation = spec.name.isEmpty() ? tr("create a container from image %1").arg(spec.image)
                                                  : tr("create container %1").arg(spec.name);
    static const QRegularExpression validName(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    if (!spec.name.isEmpty() && !validName.match(spec.name).hasMatch())
        return configurationError(operation,
            tr("The container name \"%1\" is invalid: it must start with a letter or digit and contain only "
               "letters, digits, '_', '.' and '-'.")
                .arg(spec.name));
    if (spec.image.isEmpty())
        return configurationError(operation, tr("Could not %1: no image is set.").arg(operation));

    Query query("/containers/create");
    if (!spec.name.isEmpty())
        query.add("name", spec.name);
    HttpRequest request = makeJsonRequest("POST", query.target(), containerSpecToJson(spec));
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 201 }), operation);
    if (!json)
        return json.dockerError();
    ContainerCreated created { stringValue(*json, "Id"), stringList(*json, "Warnings") };
    if (created.id.isEmpty())
        return protocolError(operation, tr("no container ID"));
    return created;
}

DockerStatus DockerClient::startContainer(const QString &id, const CancellationToken &cancellation) const
{
    const QString operation = tr("start container %1").arg(containerLabel(id));
    HttpRequest request = makeRequest("POST", objectPath("/containers", id, "/start"));
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 204, 304 }));
}

DockerStatus DockerClient::stopContainer(
    const QString &id, std::chrono::seconds timeout, const CancellationToken &cancellation) const
{
    const QString operation = tr("stop container %1").arg(containerLabel(id));
    Query query(objectPath("/containers", id, "/stop"));
    query.add("t", qint64(timeout.count()));
    HttpRequest request = makeRequest("POST", query.target());
    request.cancellation = cancellation;
    request.totalTimeout = d->options.requestTimeout + timeout;
    return statusOf(sendExpecting(request, operation, { 204, 304 }));
}

DockerStatus DockerClient::restartContainer(
    const QString &id, std::chrono::seconds timeout, const CancellationToken &cancellation) const
{
    const QString operation = tr("restart container %1").arg(containerLabel(id));
    Query query(objectPath("/containers", id, "/restart"));
    query.add("t", qint64(timeout.count()));
    HttpRequest request = makeRequest("POST", query.target());
    request.cancellation = cancellation;
    request.totalTimeout = d->options.requestTimeout + timeout;
    return statusOf(sendExpecting(request, operation, { 204 }));
}

DockerStatus DockerClient::killContainer(
    const QString &id, const QString &signal, const CancellationToken &cancellation) const
{
    const QString operation = tr("kill container %1").arg(containerLabel(id));
    Query query(objectPath("/containers", id, "/kill"));
    if (!signal.isEmpty())
        query.add("signal", signal);
    HttpRequest request = makeRequest("POST", query.target());
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 204 }));
}

DockerStatus DockerClient::renameContainer(
    const QString &id, const QString &newName, const CancellationToken &cancellation) const
{
    const QString operation = tr("rename container %1 to %2").arg(containerLabel(id), newName);
    Query query(objectPath("/containers", id, "/rename"));
    query.add("name", newName);
    HttpRequest request = makeRequest("POST", query.target());
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 204 }));
}

DockerStatus DockerClient::removeContainer(
    const QString &id, const RemoveContainerOptions &options, const CancellationToken &cancellation) const
{
    const QString operation = tr("remove container %1").arg(containerLabel(id));
    Query query(objectPath("/containers", id));
    query.addFlag("force", options.force).addFlag("v", options.removeVolumes);
    HttpRequest request = makeRequest("DELETE", query.target());
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 204 }));
}

DockerResult<ContainerInfo> DockerClient::inspectContainer(
    const QString &id, const CancellationToken &cancellation) const
{
    const QString operation = tr("inspect container %1").arg(containerLabel(id));
    HttpRequest request = makeRequest("GET", objectPath("/containers", id, "/json"));
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return parseContainerInfo(*json);
}

DockerResult<QList<ContainerSummary>> DockerClient::listContainers(
    const ContainerListOptions &options, const CancellationToken &cancellation) const
{
    const QString operation = tr("list containers");
    Query query("/containers/json");
    query.addFlag("all", options.all);
    const QMap<QByteArray, QStringList> filters { { "label", options.labels }, { "name", options.names },
        { "status", options.statuses }, { "network", options.networks } };
    if (!options.labels.isEmpty() || !options.names.isEmpty() || !options.statuses.isEmpty()
        || !options.networks.isEmpty())
        query.add("filters", filtersJson(filters));
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    QList<ContainerSummary> containers;
    if (json->is_array()) {
        for (const Json &item : *json)
            containers.append(parseContainerSummary(item));
    }
    return containers;
}

DockerResult<WaitResult> DockerClient::waitContainer(
    const QString &id, WaitCondition condition, const CancellationToken &cancellation) const
{
    const QString operation = tr("wait for container %1").arg(containerLabel(id));
    Query query(objectPath("/containers", id, "/wait"));
    switch (condition) {
    case WaitCondition::NotRunning:
        query.add("condition", QByteArray("not-running"));
        break;
    case WaitCondition::NextExit:
        query.add("condition", QByteArray("next-exit"));
        break;
    case WaitCondition::Removed:
        query.add("condition", QByteArray("removed"));
        break;
    }
    HttpRequest request = makeRequest("POST", query.target());
    request.cancellation = cancellation;
    // A wait has no time limit: the container may run for days.
    request.totalTimeout = std::chrono::milliseconds(0);
    request.bodySink = nullptr;
    DockerResult<HttpResponse> response = send(request, operation);
    if (!response)
        return response.dockerError();
    if (response->status != 200)
        return httpError(operation, response->status, engineMessage(response->body));
    const DockerResult<Json> json = jsonReply(*response, operation);
    if (!json)
        return json.dockerError();
    WaitResult result;
    result.statusCode = int(integerValue(*json, "StatusCode"));
    const auto error = json->find("Error");
    if (error != json->end() && error->is_object())
        result.error = stringValue(*error, "Message");
    return result;
}

DockerResult<QStringList> DockerClient::updateContainer(
    const QString &id, const ContainerUpdate &update, const CancellationToken &cancellation) const
{
    const QString operation = tr("update the limits of container %1").arg(containerLabel(id));
    HttpRequest request
        = makeJsonRequest("POST", objectPath("/containers", id, "/update"), containerUpdateToJson(update));
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return stringList(*json, "Warnings");
}

} // namespace saasodoo::docker
