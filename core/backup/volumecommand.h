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
// API has no call to move or delete a path, so this does both.
Status runWithVolumes(const docker::DockerClient &client, const QString &containerId, const QStringList &command,
    const CancellationToken &cancellation = {});

} // namespace saasodoo::backup
