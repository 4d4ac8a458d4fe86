// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/cancellation.h"
#include "core/common/result.h"

#include <QStringList>

namespace saasodoo::docker {
class DockerClient;
}

namespace saasodoo::backup {

// Runs `command` with the volumes of `containerId` mounted: as an exec in
// the container when it runs, else in a short-lived helper container of the
// same image and mounts, started and removed for the purpose. The engine's
// API has no call to move or delete a path, so this does both. A helper
// carries the labels of the instance, its host and `jobId`, and no restart
// policy, so that the job's clean-up and 'host check' find one that a killed
// process left behind.
Status runWithVolumes(const docker::DockerClient &client, const QString &containerId, const QStringList &command,
    const CancellationToken &cancellation = {}, const QString &jobId = {});

// Runs `command` as runWithVolumes() does and returns its standard output.
Result<QByteArray> readWithVolumes(const docker::DockerClient &client, const QString &containerId,
    const QStringList &command, const CancellationToken &cancellation = {}, const QString &jobId = {});

// Returns the bytes that an unprivileged process may still write on the file
// system holding `path` in the container's volumes, from `df -P -k`. The
// image needs a POSIX df, which Odoo's Debian-based images have.
Result<qint64> volumeFreeBytes(const docker::DockerClient &client, const QString &containerId, const QString &path,
    const CancellationToken &cancellation = {}, const QString &jobId = {});

// Removes the helper containers that runWithVolumes() left for instance
// `instanceId`, with their anonymous volumes: those labelled with `jobId`
// or with no job, or every one of the instance when `jobId` is empty.
// Returns the names of the containers removed.
Result<QStringList> removeLeftoverHelpers(const docker::DockerClient &client, const QString &instanceId,
    const QString &jobId, const CancellationToken &cancellation = {});

} // namespace saasodoo::backup
