// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Typed request and response data of the Docker Engine API. Field names
// follow the API's JSON names; sizes are bytes and CPU is in 1e-9 CPUs
// (NanoCpus) unless a comment states otherwise. Only the fields the console
// uses are mapped.
namespace saasodoo::docker {

using Labels = QMap<QString, QString>;

struct PingInfo
{
    QString apiVersion; // highest version the engine supports, from the Api-Version header
    QString osType;
    bool experimental = false;
    QString swarm; // inactive, pending, error, locked, active/worker or active/manager; empty before 1.42
};

struct VersionInfo
{
    QString version; // engine release, for example 20.10.24
    QString apiVersion;
    QString minApiVersion;
    QString os;
    QString arch;
    QString kernelVersion;
    QString goVersion;
    QString gitCommit;
};

struct SystemInfo
{
    QString id;
    QString name; // host name of the engine
    QString serverVersion;
    QString operatingSystem;
    QString kernelVersion;
    QString architecture;
    int cpus = 0;
    qint64 memoryBytes = 0;
    int containers = 0;
    int containersRunning = 0;
    int images = 0;
    QString storageDriver;
    QString cgroupVersion; // "1" or "2"
    QString dockerRootDir;
};

struct ImageSummary
{
    QString id;
    QStringList repoTags;
    qint64 size = 0;
    QDateTime created;
    Labels labels;
};

struct ImageInfo
{
    QString id;
    QStringList repoTags;
    qint64 size = 0;
    QDateTime created;
    QString architecture;
    QString os;
    QStringList env;
    QStringList cmd;
    QStringList entrypoint;
    Labels labels;
};

struct PortBinding
{
    QString hostIp; // empty means all interfaces
    QString hostPort; // empty means a port the engine picks
};

struct VolumeMount
{
    QString source; // volume name
    QString target; // path in the container
    bool readOnly = false;
};

struct RestartPolicy
{
    QString name; // "", no, always, unless-stopped or on-failure
    int maximumRetryCount = 0; // on-failure only
};

struct LogConfig
{
    QString type; // json-file, local, journald, none...; empty means the engine default
    QMap<QString, QString> options; // for example max-size=10m, max-file=3
};

// The settings of a container to create. Ports are "8069/tcp" style keys.
struct ContainerSpec
{
    QString name; // must match ^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$; empty lets the engine choose
    QString image;
    QStringList cmd; // empty keeps the image's CMD
    QStringList entrypoint; // empty keeps the image's ENTRYPOINT
    QStringList env; // "KEY=value"
    Labels labels;
    QString user;
    QString workingDir;
    bool tty = false;
    QStringList exposedPorts; // "8069/tcp"
    QMap<QString, QList<PortBinding>> portBindings; // "8069/tcp" -> bindings
    QList<VolumeMount> volumeMounts;
    QString network; // network to join at creation, as HostConfig.NetworkMode
    QStringList networkAliases; // aliases on that network
    RestartPolicy restartPolicy;
    qint64 nanoCpus = 0; // 0 means unlimited
    qint64 memory = 0; // bytes; 0 means unlimited
    qint64 memorySwap = 0; // memory plus swap in bytes; -1 unlimited swap, 0 engine default
    qint64 memoryReservation = 0;
    qint64 pidsLimit = 0; // 0 means unlimited
    LogConfig logConfig;
};

struct ContainerCreated
{
    QString id;
    QStringList warnings;
};

struct ContainerState
{
    QString status; // created, running, paused, restarting, removing, exited or dead
    bool running = false;
    bool paused = false;
    bool restarting = false;
    bool oomKilled = false;
    bool dead = false;
    int pid = 0;
    int exitCode = 0;
    QString error;
    QDateTime startedAt; // invalid while never started
    QDateTime finishedAt;
    QString health; // starting, healthy or unhealthy; empty without a health check
};

struct NetworkAttachment
{
    QString networkId;
    QString ipAddress;
    QString gateway;
    QString macAddress;
    QStringList aliases;
};

struct MountInfo
{
    QString type; // volume, bind or tmpfs
    QString name; // volume name
    QString source; // path on the host
    QString destination;
    bool readWrite = true;
};

// The result of inspecting one container.
struct ContainerInfo
{
    QString id;
    QString name; // without the leading slash
    QString image; // image ID
    QString imageName; // as given at creation, Config.Image
    QDateTime created;
    ContainerState state;
    int restartCount = 0;
    bool tty = false;
    QStringList cmd;
    QStringList env;
    Labels labels;
    QStringList exposedPorts;
    QMap<QString, QList<PortBinding>> ports; // published ports, from NetworkSettings.Ports
    QMap<QString, NetworkAttachment> networks; // by network name
    QList<MountInfo> mounts;
    RestartPolicy restartPolicy;
    qint64 nanoCpus = 0;
    qint64 memory = 0;
    qint64 memorySwap = 0;
    LogConfig logConfig;
};

// One row of GET /containers/json.
struct ContainerSummary
{
    QString id;
    QStringList names; // without the leading slash
    QString image;
    QString imageId;
    QString command;
    QDateTime created;
    QString state; // running, exited...
    QString status; // human text, for example "Up 5 minutes"
    Labels labels;
};

struct ContainerListOptions
{
    bool all = true; // include stopped containers
    QStringList labels; // "key" or "key=value"; a container must match all
    QStringList names; // name filters
    QStringList statuses; // created, restarting, running, removing, paused, exited, dead
    QStringList networks; // network names or ids; stopped containers match the networks they are configured for
};

// New limits for a running container. Unset fields stay unchanged, because
// the engine treats zero as "keep the current value" and cannot clear a limit.
struct ContainerUpdate
{
    std::optional<qint64> nanoCpus;
    std::optional<qint64> memory;
    std::optional<qint64> memorySwap;
    std::optional<qint64> memoryReservation;
    std::optional<qint64> pidsLimit;
    std::optional<RestartPolicy> restartPolicy;
};

struct RemoveContainerOptions
{
    bool force = false; // kill a running container first
    bool removeVolumes = false; // remove anonymous volumes; named volumes always stay
};

enum class WaitCondition { NotRunning, NextExit, Removed };

struct WaitResult
{
    int statusCode = 0;
    QString error; // the engine's error while waiting, usually empty
};

struct LogOptions
{
    bool follow = false;
    bool stdoutStream = true;
    bool stderrStream = true;
    bool timestamps = false;
    int tail = -1; // number of lines from the end; -1 means all
    std::optional<QDateTime> since;
    std::optional<QDateTime> until;
};

// One sample of GET /containers/{id}/stats with the values the docker CLI
// shows. Memory values are bytes; the CPU fields are the raw counters that
// cpuPercent() uses.
struct StatsSample
{
    QDateTime read;
    QDateTime preread;
    quint64 cpuTotalUsage = 0; // cpu_stats.cpu_usage.total_usage, nanoseconds
    quint64 preCpuTotalUsage = 0;
    quint64 systemCpuUsage = 0; // cpu_stats.system_cpu_usage, nanoseconds of all CPUs
    quint64 preSystemCpuUsage = 0;
    quint32 onlineCpus = 0; // cpu_stats.online_cpus, or the length of percpu_usage
    quint32 preOnlineCpus = 0;
    quint64 memoryUsage = 0; // memory_stats.usage
    quint64 memoryCache = 0; // inactive_file (cgroup v2) or total_inactive_file (v1)
    quint64 memoryLimit = 0;
    quint64 networkRxBytes = 0; // summed over interfaces
    quint64 networkTxBytes = 0;
    quint64 blockReadBytes = 0;
    quint64 blockWriteBytes = 0;
    quint64 pids = 0;

    double cpuPercent = 0.0; // filled by the client with cpuPercent()
    quint64 memoryUsedBytes = 0; // usage minus cache, as the docker CLI shows
};

struct ExecSpec
{
    QStringList cmd;
    QStringList env;
    QString user;
    QString workingDir;
    bool tty = false;
    bool privileged = false;
};

struct ExecResult
{
    int exitCode = -1;
    QByteArray stdoutData;
    QByteArray stderrData;
};

// Metadata of a path in a container, from the X-Docker-Container-Path-Stat header.
struct PathStat
{
    QString name;
    qint64 size = 0;
    quint32 mode = 0; // Go's os.FileMode bits: permission bits plus type flags
    QDateTime mtime;
    QString linkTarget;
    bool isDirectory() const { return (mode & 0x80000000u) != 0; }
};

struct ArchiveUploadOptions
{
    bool noOverwriteDirNonDir = false;
    bool copyUidGid = false; // keep the uid/gid of the tar headers instead of root
};

struct VolumeSpec
{
    QString name;
    QString driver = QStringLiteral("local");
    QMap<QString, QString> driverOptions;
    Labels labels;
};

struct VolumeInfo
{
    QString name;
    QString driver;
    QString mountpoint;
    QDateTime created;
    Labels labels;
    QString scope;
};

struct NetworkSpec
{
    QString name;
    QString driver = QStringLiteral("bridge");
    bool internal = false;
    bool attachable = false;
    Labels labels;
};

struct NetworkInfo
{
    QString id;
    QString name;
    QString driver;
    QString scope;
    bool internal = false;
    Labels labels;
    QStringList containerIds;
};

// Filters of GET /events; an empty list does not filter.
struct EventFilter
{
    QStringList types; // container, image, volume, network...
    QStringList events; // create, start, die, destroy...
    QStringList containers; // names or IDs
    QStringList images;
    QStringList labels; // "key" or "key=value"
    QStringList volumes;
    QStringList networks;
};

struct Event
{
    QString type; // container, image, volume, network...
    QString action; // create, start, die, destroy, exec_start: sh...
    QString actorId;
    QMap<QString, QString> actorAttributes; // name, image, exitCode and the labels
    QString scope;
    qint64 timeNano = 0; // nanoseconds since the epoch

    bool operator==(const Event &other) const = default;
};

} // namespace saasodoo::docker
