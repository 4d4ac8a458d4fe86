// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "volumecommand.h"

#include "core/docker/dockerclient.h"
#include "core/provisioning/instanceplan.h"

#include <QCoreApplication>
#include <QScopeGuard>

namespace saasodoo::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Backup", text);
}

// Says how a command ended in the shell's terms: 126 and 127 are the exit
// codes for a command that could not run, which its output rarely explains.
QString describeExit(int exitCode, const QByteArray &output)
{
    QString outcome;
    if (exitCode == 126)
        outcome = tr("could not be run (exit code 126; is the container paused or out of memory?)");
    else if (exitCode == 127)
        outcome = tr("was not found in the image (exit code 127)");
    else
        outcome = tr("exited with code %1").arg(exitCode);
    const QString text = QString::fromUtf8(output).trimmed();
    if (text.isEmpty())
        return tr("%1 and wrote no error output").arg(outcome);
    return tr("%1: %2").arg(outcome, text);
}

} // namespace

Status runWithVolumes(const docker::DockerClient &client, const QString &containerId, const QStringList &command,
    const CancellationToken &cancellation, const QString &jobId)
{
    const Result<QByteArray> output = readWithVolumes(client, containerId, command, cancellation, jobId);
    if (!output)
        return makeError(output.error());
    return {};
}

Result<QByteArray> readWithVolumes(const docker::DockerClient &client, const QString &containerId,
    const QStringList &command, const CancellationToken &cancellation, const QString &jobId)
{
    const docker::DockerResult<docker::ContainerInfo> info = client.inspectContainer(containerId, cancellation);
    if (!info.ok())
        return makeError(info.error());
    const QString commandText = command.join(u' ');
    if (info->state.running) {
        docker::ExecSpec spec;
        spec.cmd = command;
        const docker::DockerResult<docker::ExecResult> result = client.exec(containerId, spec, cancellation);
        if (!result.ok())
            return makeError(result.error());
        if (result->exitCode != 0)
            return makeError(tr("The command \"%1\" in container %2 %3")
                                 .arg(commandText, info->name,
                                     describeExit(result->exitCode, result->stderrData)));
        return result->stdoutData;
    }

    docker::ContainerSpec spec;
    spec.image = info->imageName.isEmpty() ? info->image : info->imageName;
    spec.entrypoint = { command.first() };
    spec.cmd = command.mid(1);
    spec.labels.insert(QLatin1String(provisioning::labelManaged), QStringLiteral("true"));
    spec.labels.insert(QLatin1String(provisioning::labelRole), QLatin1String(provisioning::helperRole));
    // These labels let a clean-up after a killed process, and 'host check',
    // find a helper that was left behind.
    for (const char *label : { provisioning::labelInstance, provisioning::labelHost }) {
        const QString value = info->labels.value(QLatin1String(label));
        if (!value.isEmpty())
            spec.labels.insert(QLatin1String(label), value);
    }
    if (!jobId.isEmpty())
        spec.labels.insert(QLatin1String(provisioning::labelJob), jobId);
    // A helper that the engine restarted would run its command again.
    spec.restartPolicy = docker::RestartPolicy { QStringLiteral("no"), 0 };
    for (const docker::MountInfo &mount : info->mounts) {
        if (mount.type == QLatin1String("volume"))
            spec.volumeMounts << docker::VolumeMount { mount.name, mount.destination, false };
    }
    const docker::DockerResult<docker::ContainerCreated> helper = client.createContainer(spec, cancellation);
    if (!helper.ok())
        return makeError(helper.error());
    const auto remove = qScopeGuard([&] {
        // The image may declare volumes that the helper got as anonymous
        // ones; the instance's named volumes always stay.
        client.removeContainer(helper->id, docker::RemoveContainerOptions { true, true });
    });
    const docker::DockerStatus started = client.startContainer(helper->id, cancellation);
    if (!started.ok())
        return makeError(started.error());
    const docker::DockerResult<docker::WaitResult> exit
        = client.waitContainer(helper->id, docker::WaitCondition::NotRunning, cancellation);
    if (!exit.ok())
        return makeError(exit.error());
    if (exit->statusCode != 0) {
        QByteArray output;
        docker::LogOptions logOptions;
        logOptions.tail = 20;
        client.logs(helper->id, logOptions, [&output](docker::StreamType, QByteArrayView data) {
            output.append(data.constData(), data.size());
            return output.size() < 64 * 1024;
        });
        return makeError(tr("The command \"%1\" in a helper container of image %2 %3")
                             .arg(commandText, spec.image, describeExit(int(exit->statusCode), output)));
    }
    QByteArray output;
    docker::LogOptions logOptions;
    logOptions.stderrStream = false;
    const docker::DockerStatus read
        = client.logs(helper->id, logOptions, [&output](docker::StreamType stream, QByteArrayView data) {
              if (stream == docker::StreamType::Stdout)
                  output.append(data.constData(), data.size());
              return output.size() < 1024 * 1024;
          });
    if (!read.ok())
        return makeError(read.error());
    return output;
}

Result<qint64> volumeFreeBytes(const docker::DockerClient &client, const QString &containerId, const QString &path,
    const CancellationToken &cancellation, const QString &jobId)
{
    const Result<QByteArray> output
        = readWithVolumes(client, containerId, { QStringLiteral("df"), QStringLiteral("-P"), QStringLiteral("-k"), path },
            cancellation, jobId);
    if (!output)
        return makeError(tr("Could not read the free space of %1: %2").arg(path, output.error()));
    // POSIX df -P prints a header line, then one line per file system:
    // name, 1024-blocks, used, available, capacity, mount point.
    const QList<QByteArray> lines = output->trimmed().split('\n');
    const QList<QByteArray> fields = lines.size() >= 2 ? lines.last().simplified().split(' ') : QList<QByteArray>();
    bool ok = false;
    const qint64 availableKiB = fields.size() >= 6 ? fields.at(fields.size() - 3).toLongLong(&ok) : 0;
    if (!ok)
        return makeError(tr("Could not read the free space of %1: df printed \"%2\".")
                             .arg(path, QString::fromUtf8(output->trimmed())));
    return availableKiB * 1024;
}

Result<QStringList> removeLeftoverHelpers(const docker::DockerClient &client, const QString &instanceId,
    const QString &jobId, const CancellationToken &cancellation)
{
    docker::ContainerListOptions options;
    options.labels = { QLatin1String(provisioning::labelRole) + u'=' + QLatin1String(provisioning::helperRole),
        QLatin1String(provisioning::labelInstance) + u'=' + instanceId };
    const docker::DockerResult<QList<docker::ContainerSummary>> helpers = client.listContainers(options, cancellation);
    if (!helpers.ok())
        return makeError(tr("Could not list the helper containers of instance %1: %2").arg(instanceId, helpers.error()));
    QStringList removed;
    for (const docker::ContainerSummary &helper : helpers.value()) {
        // Helpers made before they carried a job label count as any job's.
        const QString owner = helper.labels.value(QLatin1String(provisioning::labelJob));
        if (!jobId.isEmpty() && !owner.isEmpty() && owner != jobId)
            continue;
        const QString name = helper.names.value(0, helper.id.left(12));
        const docker::DockerStatus gone
            = client.removeContainer(helper.id, docker::RemoveContainerOptions { true, true }, cancellation);
        if (!gone.ok() && !gone.dockerError().isNotFound())
            return makeError(tr("Could not remove helper container %1: %2").arg(name, gone.error()));
        removed << name;
    }
    return removed;
}

} // namespace saasodoo::backup
