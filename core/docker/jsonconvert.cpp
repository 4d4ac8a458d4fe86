// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonconvert.h"

#include "core/docker/streams.h"

#include <QTimeZone>

namespace saasodoo::docker::detail {

namespace {

const Json &member(const Json &object, const char *key)
{
    static const Json null;
    if (!object.is_object())
        return null;
    const auto it = object.find(key);
    return it == object.end() ? null : *it;
}

QMap<QString, QList<PortBinding>> portMap(const Json &ports)
{
    QMap<QString, QList<PortBinding>> result;
    if (!ports.is_object())
        return result;
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        QList<PortBinding> bindings;
        if (it.value().is_array()) {
            for (const Json &binding : it.value())
                bindings.append(PortBinding { stringValue(binding, "HostIp"), stringValue(binding, "HostPort") });
        }
        result.insert(QString::fromStdString(it.key()), bindings);
    }
    return result;
}

Json stringArray(const QStringList &values)
{
    Json array = Json::array();
    for (const QString &value : values)
        array.push_back(toStd(value));
    return array;
}

Json stringObject(const QMap<QString, QString> &values)
{
    Json object = Json::object();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object[toStd(it.key())] = toStd(it.value());
    return object;
}

Json restartPolicyToJson(const RestartPolicy &policy)
{
    return Json { { "Name", toStd(policy.name) }, { "MaximumRetryCount", policy.maximumRetryCount } };
}

RestartPolicy parseRestartPolicy(const Json &json)
{
    return RestartPolicy { stringValue(json, "Name"), int(integerValue(json, "MaximumRetryCount")) };
}

quint64 unsignedValue(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    if (value.is_number_unsigned())
        return value.get<quint64>();
    if (value.is_number_integer())
        return quint64(std::max<qint64>(0, value.get<qint64>()));
    return 0;
}

} // namespace

std::optional<Json> parseJson(QByteArrayView body)
{
    Json json = Json::parse(body.data(), body.data() + body.size(), nullptr, false);
    if (json.is_discarded())
        return std::nullopt;
    return json;
}

std::optional<Json> parseJson(const QByteArray &body)
{
    return parseJson(QByteArrayView(body));
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

QString stringValue(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

qint64 integerValue(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    if (value.is_number_integer())
        return value.get<qint64>();
    if (value.is_number_float())
        return qint64(value.get<double>());
    return 0;
}

bool boolValue(const Json &object, const char *key)
{
    const Json &value = member(object, key);
    return value.is_boolean() && value.get<bool>();
}

QStringList stringList(const Json &object, const char *key)
{
    QStringList result;
    const Json &value = member(object, key);
    if (value.is_string())
        result.append(QString::fromStdString(value.get<std::string>()));
    if (!value.is_array())
        return result;
    for (const Json &item : value) {
        if (item.is_string())
            result.append(QString::fromStdString(item.get<std::string>()));
    }
    return result;
}

QMap<QString, QString> stringMap(const Json &object, const char *key)
{
    QMap<QString, QString> result;
    const Json &value = member(object, key);
    if (!value.is_object())
        return result;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (it.value().is_string())
            result.insert(QString::fromStdString(it.key()), QString::fromStdString(it.value().get<std::string>()));
    }
    return result;
}

QDateTime timeValue(const Json &object, const char *key)
{
    const QString text = stringValue(object, key);
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

Json containerSpecToJson(const ContainerSpec &spec)
{
    Json body = Json::object();
    body["Image"] = toStd(spec.image);
    if (!spec.cmd.isEmpty())
        body["Cmd"] = stringArray(spec.cmd);
    if (!spec.entrypoint.isEmpty())
        body["Entrypoint"] = stringArray(spec.entrypoint);
    if (!spec.env.isEmpty())
        body["Env"] = stringArray(spec.env);
    if (!spec.labels.isEmpty())
        body["Labels"] = stringObject(spec.labels);
    if (!spec.user.isEmpty())
        body["User"] = toStd(spec.user);
    if (!spec.workingDir.isEmpty())
        body["WorkingDir"] = toStd(spec.workingDir);
    body["Tty"] = spec.tty;
    body["AttachStdout"] = false;
    body["AttachStderr"] = false;

    QStringList exposed = spec.exposedPorts;
    for (auto it = spec.portBindings.cbegin(); it != spec.portBindings.cend(); ++it) {
        if (!exposed.contains(it.key()))
            exposed.append(it.key());
    }
    if (!exposed.isEmpty()) {
        Json ports = Json::object();
        for (const QString &port : std::as_const(exposed))
            ports[toStd(port)] = Json::object();
        body["ExposedPorts"] = ports;
    }

    Json host = Json::object();
    if (!spec.portBindings.isEmpty()) {
        Json bindings = Json::object();
        for (auto it = spec.portBindings.cbegin(); it != spec.portBindings.cend(); ++it) {
            Json list = Json::array();
            for (const PortBinding &binding : it.value())
                list.push_back({ { "HostIp", toStd(binding.hostIp) }, { "HostPort", toStd(binding.hostPort) } });
            bindings[toStd(it.key())] = list;
        }
        host["PortBindings"] = bindings;
    }
    if (!spec.volumeMounts.isEmpty()) {
        Json mounts = Json::array();
        for (const VolumeMount &mount : spec.volumeMounts) {
            mounts.push_back({ { "Type", "volume" }, { "Source", toStd(mount.source) },
                { "Target", toStd(mount.target) }, { "ReadOnly", mount.readOnly } });
        }
        host["Mounts"] = mounts;
    }
    if (!spec.network.isEmpty())
        host["NetworkMode"] = toStd(spec.network);
    if (!spec.restartPolicy.name.isEmpty())
        host["RestartPolicy"] = restartPolicyToJson(spec.restartPolicy);
    if (spec.nanoCpus > 0)
        host["NanoCpus"] = spec.nanoCpus;
    if (spec.memory > 0)
        host["Memory"] = spec.memory;
    if (spec.memorySwap != 0)
        host["MemorySwap"] = spec.memorySwap;
    if (spec.memoryReservation > 0)
        host["MemoryReservation"] = spec.memoryReservation;
    if (spec.pidsLimit > 0)
        host["PidsLimit"] = spec.pidsLimit;
    if (!spec.logConfig.type.isEmpty())
        host["LogConfig"] = { { "Type", toStd(spec.logConfig.type) }, { "Config", stringObject(spec.logConfig.options) } };
    body["HostConfig"] = host;

    if (!spec.network.isEmpty() && !spec.networkAliases.isEmpty()) {
        body["NetworkingConfig"] = { { "EndpointsConfig",
            { { toStd(spec.network), { { "Aliases", stringArray(spec.networkAliases) } } } } } };
    }
    return body;
}

Json containerUpdateToJson(const ContainerUpdate &update)
{
    Json body = Json::object();
    if (update.nanoCpus)
        body["NanoCpus"] = *update.nanoCpus;
    if (update.memory)
        body["Memory"] = *update.memory;
    if (update.memorySwap)
        body["MemorySwap"] = *update.memorySwap;
    if (update.memoryReservation)
        body["MemoryReservation"] = *update.memoryReservation;
    if (update.pidsLimit)
        body["PidsLimit"] = *update.pidsLimit;
    if (update.restartPolicy)
        body["RestartPolicy"] = restartPolicyToJson(*update.restartPolicy);
    return body;
}

Json execSpecToJson(const ExecSpec &spec)
{
    Json body = { { "AttachStdin", false }, { "AttachStdout", true }, { "AttachStderr", true },
        { "Tty", spec.tty }, { "Cmd", stringArray(spec.cmd) }, { "Privileged", spec.privileged } };
    if (!spec.env.isEmpty())
        body["Env"] = stringArray(spec.env);
    if (!spec.user.isEmpty())
        body["User"] = toStd(spec.user);
    if (!spec.workingDir.isEmpty())
        body["WorkingDir"] = toStd(spec.workingDir);
    return body;
}

Json eventFilterToJson(const EventFilter &filter)
{
    Json body = Json::object();
    auto add = [&body](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            body[key] = stringArray(values);
    };
    add("type", filter.types);
    add("event", filter.events);
    add("container", filter.containers);
    add("image", filter.images);
    add("label", filter.labels);
    add("volume", filter.volumes);
    add("network", filter.networks);
    return body;
}

VersionInfo parseVersion(const Json &json)
{
    VersionInfo info;
    info.version = stringValue(json, "Version");
    info.apiVersion = stringValue(json, "ApiVersion");
    info.minApiVersion = stringValue(json, "MinAPIVersion");
    info.os = stringValue(json, "Os");
    info.arch = stringValue(json, "Arch");
    info.kernelVersion = stringValue(json, "KernelVersion");
    info.goVersion = stringValue(json, "GoVersion");
    info.gitCommit = stringValue(json, "GitCommit");
    return info;
}

SystemInfo parseSystemInfo(const Json &json)
{
    SystemInfo info;
    info.id = stringValue(json, "ID");
    info.name = stringValue(json, "Name");
    info.serverVersion = stringValue(json, "ServerVersion");
    info.operatingSystem = stringValue(json, "OperatingSystem");
    info.kernelVersion = stringValue(json, "KernelVersion");
    info.architecture = stringValue(json, "Architecture");
    info.cpus = int(integerValue(json, "NCPU"));
    info.memoryBytes = integerValue(json, "MemTotal");
    info.containers = int(integerValue(json, "Containers"));
    info.containersRunning = int(integerValue(json, "ContainersRunning"));
    info.images = int(integerValue(json, "Images"));
    info.storageDriver = stringValue(json, "Driver");
    info.cgroupVersion = stringValue(json, "CgroupVersion");
    info.dockerRootDir = stringValue(json, "DockerRootDir");
    return info;
}

ImageSummary parseImageSummary(const Json &json)
{
    ImageSummary image;
    image.id = stringValue(json, "Id");
    image.repoTags = stringList(json, "RepoTags");
    image.size = integerValue(json, "Size");
    image.created = QDateTime::fromSecsSinceEpoch(integerValue(json, "Created"), QTimeZone::utc());
    image.labels = stringMap(json, "Labels");
    return image;
}

ImageInfo parseImageInfo(const Json &json)
{
    ImageInfo image;
    image.id = stringValue(json, "Id");
    image.repoTags = stringList(json, "RepoTags");
    image.size = integerValue(json, "Size");
    image.created = timeValue(json, "Created");
    image.architecture = stringValue(json, "Architecture");
    image.os = stringValue(json, "Os");
    const Json &config = member(json, "Config");
    image.env = stringList(config, "Env");
    image.cmd = stringList(config, "Cmd");
    image.entrypoint = stringList(config, "Entrypoint");
    image.labels = stringMap(config, "Labels");
    return image;
}

ContainerInfo parseContainerInfo(const Json &json)
{
    ContainerInfo info;
    info.id = stringValue(json, "Id");
    info.name = stringValue(json, "Name");
    if (info.name.startsWith(u'/'))
        info.name.remove(0, 1);
    info.image = stringValue(json, "Image");
    info.created = timeValue(json, "Created");
    info.restartCount = int(integerValue(json, "RestartCount"));

    const Json &state = member(json, "State");
    info.state.status = stringValue(state, "Status");
    info.state.running = boolValue(state, "Running");
    info.state.paused = boolValue(state, "Paused");
    info.state.restarting = boolValue(state, "Restarting");
    info.state.oomKilled = boolValue(state, "OOMKilled");
    info.state.dead = boolValue(state, "Dead");
    info.state.pid = int(integerValue(state, "Pid"));
    info.state.exitCode = int(integerValue(state, "ExitCode"));
    info.state.error = stringValue(state, "Error");
    info.state.startedAt = timeValue(state, "StartedAt");
    info.state.finishedAt = timeValue(state, "FinishedAt");
    info.state.health = stringValue(member(state, "Health"), "Status");

    const Json &config = member(json, "Config");
    info.imageName = stringValue(config, "Image");
    info.tty = boolValue(config, "Tty");
    info.cmd = stringList(config, "Cmd");
    info.env = stringList(config, "Env");
    info.labels = stringMap(config, "Labels");
    const Json &exposed = member(config, "ExposedPorts");
    if (exposed.is_object()) {
        for (auto it = exposed.begin(); it != exposed.end(); ++it)
            info.exposedPorts.append(QString::fromStdString(it.key()));
    }

    const Json &host = member(json, "HostConfig");
    info.restartPolicy = parseRestartPolicy(member(host, "RestartPolicy"));
    info.nanoCpus = integerValue(host, "NanoCpus");
    info.memory = integerValue(host, "Memory");
    info.memorySwap = integerValue(host, "MemorySwap");
    const Json &logConfig = member(host, "LogConfig");
    info.logConfig.type = stringValue(logConfig, "Type");
    info.logConfig.options = stringMap(logConfig, "Config");

    const Json &network = member(json, "NetworkSettings");
    info.ports = portMap(member(network, "Ports"));
    const Json &networks = member(network, "Networks");
    if (networks.is_object()) {
        for (auto it = networks.begin(); it != networks.end(); ++it) {
            NetworkAttachment attachment;
            attachment.networkId = stringValue(it.value(), "NetworkID");
            attachment.ipAddress = stringValue(it.value(), "IPAddress");
            attachment.gateway = stringValue(it.value(), "Gateway");
            attachment.macAddress = stringValue(it.value(), "MacAddress");
            attachment.aliases = stringList(it.value(), "Aliases");
            info.networks.insert(QString::fromStdString(it.key()), attachment);
        }
    }

    const Json &mounts = member(json, "Mounts");
    if (mounts.is_array()) {
        for (const Json &mount : mounts) {
            info.mounts.append(MountInfo { stringValue(mount, "Type"), stringValue(mount, "Name"),
                stringValue(mount, "Source"), stringValue(mount, "Destination"), boolValue(mount, "RW") });
        }
    }
    return info;
}

ContainerSummary parseContainerSummary(const Json &json)
{
    ContainerSummary summary;
    summary.id = stringValue(json, "Id");
    const QStringList names = stringList(json, "Names");
    for (const QString &name : names)
        summary.names.append(name.startsWith(u'/') ? name.mid(1) : name);
    summary.image = stringValue(json, "Image");
    summary.imageId = stringValue(json, "ImageID");
    summary.command = stringValue(json, "Command");
    summary.created = QDateTime::fromSecsSinceEpoch(integerValue(json, "Created"), QTimeZone::utc());
    summary.state = stringValue(json, "State");
    summary.status = stringValue(json, "Status");
    summary.labels = stringMap(json, "Labels");
    return summary;
}

StatsSample parseStats(const Json &json)
{
    StatsSample sample;
    sample.read = timeValue(json, "read");
    sample.preread = timeValue(json, "preread");

    auto readCpu = [](const Json &cpuStats, quint64 &total, quint64 &system, quint32 &online) {
        const Json &usage = member(cpuStats, "cpu_usage");
        total = unsignedValue(usage, "total_usage");
        system = unsignedValue(cpuStats, "system_cpu_usage");
        online = quint32(unsignedValue(cpuStats, "online_cpus"));
        const Json &perCpu = member(usage, "percpu_usage");
        if (online == 0 && perCpu.is_array())
            online = quint32(perCpu.size());
    };
    readCpu(member(json, "cpu_stats"), sample.cpuTotalUsage, sample.systemCpuUsage, sample.onlineCpus);
    readCpu(member(json, "precpu_stats"), sample.preCpuTotalUsage, sample.preSystemCpuUsage, sample.preOnlineCpus);

    const Json &memory = member(json, "memory_stats");
    sample.memoryUsage = unsignedValue(memory, "usage");
    sample.memoryLimit = unsignedValue(memory, "limit");
    const Json &memoryDetails = member(memory, "stats");
    // The docker CLI subtracts the inactive page cache: total_inactive_file on
    // cgroup v1, inactive_file on cgroup v2.
    if (memoryDetails.is_object() && memoryDetails.contains("total_inactive_file"))
        sample.memoryCache = unsignedValue(memoryDetails, "total_inactive_file");
    else
        sample.memoryCache = unsignedValue(memoryDetails, "inactive_file");
    sample.memoryUsedBytes = sample.memoryCache < sample.memoryUsage ? sample.memoryUsage - sample.memoryCache
                                                                      : sample.memoryUsage;

    const Json &networks = member(json, "networks");
    if (networks.is_object()) {
        for (const Json &interface : networks) {
            sample.networkRxBytes += unsignedValue(interface, "rx_bytes");
            sample.networkTxBytes += unsignedValue(interface, "tx_bytes");
        }
    }
    const Json &blockIo = member(member(json, "blkio_stats"), "io_service_bytes_recursive");
    if (blockIo.is_array()) {
        for (const Json &entry : blockIo) {
            const QString op = stringValue(entry, "op").toLower();
            if (op == QLatin1String("read"))
                sample.blockReadBytes += unsignedValue(entry, "value");
            else if (op == QLatin1String("write"))
                sample.blockWriteBytes += unsignedValue(entry, "value");
        }
    }
    sample.pids = unsignedValue(member(json, "pids_stats"), "current");
    sample.cpuPercent = cpuPercent(sample);
    return sample;
}

Event parseEvent(const Json &json)
{
    Event event;
    event.type = stringValue(json, "Type");
    event.action = stringValue(json, "Action");
    const Json &actor = member(json, "Actor");
    event.actorId = stringValue(actor, "ID");
    event.actorAttributes = stringMap(actor, "Attributes");
    event.scope = stringValue(json, "scope");
    event.timeNano = integerValue(json, "timeNano");
    if (event.timeNano == 0)
        event.timeNano = integerValue(json, "time") * 1000000000;
    return event;
}

VolumeInfo parseVolume(const Json &json)
{
    VolumeInfo volume;
    volume.name = stringValue(json, "Name");
    volume.driver = stringValue(json, "Driver");
    volume.mountpoint = stringValue(json, "Mountpoint");
    volume.created = timeValue(json, "CreatedAt");
    volume.labels = stringMap(json, "Labels");
    volume.scope = stringValue(json, "Scope");
    return volume;
}

NetworkInfo parseNetwork(const Json &json)
{
    NetworkInfo network;
    network.id = stringValue(json, "Id");
    network.name = stringValue(json, "Name");
    network.driver = stringValue(json, "Driver");
    network.scope = stringValue(json, "Scope");
    network.internal = boolValue(json, "Internal");
    network.labels = stringMap(json, "Labels");
    const Json &containers = member(json, "Containers");
    if (containers.is_object()) {
        for (auto it = containers.begin(); it != containers.end(); ++it)
            network.containerIds.append(QString::fromStdString(it.key()));
    }
    return network;
}

PathStat parsePathStat(const Json &json)
{
    PathStat stat;
    stat.name = stringValue(json, "name");
    stat.size = integerValue(json, "size");
    stat.mode = quint32(integerValue(json, "mode"));
    stat.mtime = timeValue(json, "mtime");
    stat.linkTarget = stringValue(json, "linkTarget");
    return stat;
}

} // namespace saasodoo::docker::detail
