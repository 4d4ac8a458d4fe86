// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientprivate.h"

namespace saasodoo::docker {

using namespace detail;

DockerResult<VolumeInfo> DockerClient::createVolume(const VolumeSpec &spec, const CancellationToken &cancellation) const
{
    const QString operation = tr("create volume %1").arg(spec.name);
    Json body = { { "Name", toStd(spec.name) }, { "Driver", toStd(spec.driver) } };
    Json labels = Json::object();
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        labels[toStd(it.key())] = toStd(it.value());
    body["Labels"] = labels;
    Json driverOptions = Json::object();
    for (auto it = spec.driverOptions.cbegin(); it != spec.driverOptions.cend(); ++it)
        driverOptions[toStd(it.key())] = toStd(it.value());
    body["DriverOpts"] = driverOptions;

    HttpRequest request = makeJsonRequest("POST", "/volumes/create", body);
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 201 }), operation);
    if (!json)
        return json.dockerError();
    return parseVolume(*json);
}

DockerResult<VolumeInfo> DockerClient::inspectVolume(const QString &name, const CancellationToken &cancellation) const
{
    const QString operation = tr("inspect volume %1").arg(name);
    HttpRequest request = makeRequest("GET", objectPath("/volumes", name));
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return parseVolume(*json);
}

DockerResult<QList<VolumeInfo>> DockerClient::listVolumes(
    const QStringList &labelFilters, const CancellationToken &cancellation) const
{
    const QString operation = tr("list volumes");
    Query query("/volumes");
    if (!labelFilters.isEmpty())
        query.add("filters", filtersJson({ { "label", labelFilters } }));
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    QList<VolumeInfo> volumes;
    const auto list = json->find("Volumes");
    if (list != json->end() && list->is_array()) {
        for (const Json &item : *list)
            volumes.append(parseVolume(item));
    }
    return volumes;
}

DockerStatus DockerClient::removeVolume(const QString &name, bool force, const CancellationToken &cancellation) const
{
    const QString operation = tr("remove volume %1").arg(name);
    Query query(objectPath("/volumes", name));
    query.addFlag("force", force);
    HttpRequest request = makeRequest("DELETE", query.target());
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 204 }));
}

DockerResult<QString> DockerClient::createNetwork(const NetworkSpec &spec, const CancellationToken &cancellation) const
{
    const QString operation = tr("create network %1").arg(spec.name);
    Json labels = Json::object();
    for (auto it = spec.labels.cbegin(); it != spec.labels.cend(); ++it)
        labels[toStd(it.key())] = toStd(it.value());
    const Json body = { { "Name", toStd(spec.name) }, { "Driver", toStd(spec.driver) },
        { "Internal", spec.internal }, { "Attachable", spec.attachable }, { "CheckDuplicate", true },
        { "Labels", labels } };
    HttpRequest request = makeJsonRequest("POST", "/networks/create", body);
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 201 }), operation);
    if (!json)
        return json.dockerError();
    return stringValue(*json, "Id");
}

DockerResult<NetworkInfo> DockerClient::inspectNetwork(
    const QString &nameOrId, const CancellationToken &cancellation) const
{
    const QString operation = tr("inspect network %1").arg(nameOrId);
    HttpRequest request = makeRequest("GET", objectPath("/networks", nameOrId));
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    return parseNetwork(*json);
}

DockerResult<QList<NetworkInfo>> DockerClient::listNetworks(
    const QStringList &labelFilters, const CancellationToken &cancellation) const
{
    const QString operation = tr("list networks");
    Query query("/networks");
    if (!labelFilters.isEmpty())
        query.add("filters", filtersJson({ { "label", labelFilters } }));
    HttpRequest request = makeRequest("GET", query.target());
    request.cancellation = cancellation;
    const DockerResult<Json> json = jsonReply(sendExpecting(request, operation, { 200 }), operation);
    if (!json)
        return json.dockerError();
    QList<NetworkInfo> networks;
    if (json->is_array()) {
        for (const Json &item : *json)
            networks.append(parseNetwork(item));
    }
    return networks;
}

DockerStatus DockerClient::removeNetwork(const QString &nameOrId, const CancellationToken &cancellation) const
{
    const QString operation = tr("remove network %1").arg(nameOrId);
    HttpRequest request = makeRequest("DELETE", objectPath("/networks", nameOrId));
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 204 }));
}

DockerStatus DockerClient::connectNetwork(const QString &network, const QString &containerId,
    const QStringList &aliases, const CancellationToken &cancellation) const
{
    const QString operation = tr("connect container %1 to network %2").arg(containerId, network);
    Json endpointConfig = Json::object();
    if (!aliases.isEmpty()) {
        Json aliasList = Json::array();
        for (const QString &alias : aliases)
            aliasList.push_back(toStd(alias));
        endpointConfig["Aliases"] = aliasList;
    }
    const Json body = { { "Container", toStd(containerId) }, { "EndpointConfig", endpointConfig } };
    HttpRequest request = makeJsonRequest("POST", objectPath("/networks", network, "/connect"), body);
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 200 }));
}

DockerStatus DockerClient::disconnectNetwork(const QString &network, const QString &containerId, bool force,
    const CancellationToken &cancellation) const
{
    const QString operation = tr("disconnect container %1 from network %2").arg(containerId, network);
    const Json body = { { "Container", toStd(containerId) }, { "Force", force } };
    HttpRequest request = makeJsonRequest("POST", objectPath("/networks", network, "/disconnect"), body);
    request.cancellation = cancellation;
    return statusOf(sendExpecting(request, operation, { 200 }));
}

} // namespace saasodoo::docker
