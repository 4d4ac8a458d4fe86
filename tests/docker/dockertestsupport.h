// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Fixtures for the Docker client tests and benchmark: a tiny busybox image
// built from the host's static busybox, tar helpers and unique names.

#include "core/docker/dockerclient.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace saasodoo::test {

// Every object the Docker tests create carries this label, so a leftover can
// be found and removed with `docker ... --filter label=saasodoo.test=docker-client`.
inline constexpr char dockerTestLabelKey[] = "saasodoo.test";
inline constexpr char dockerTestLabelValue[] = "docker-client";

docker::Labels dockerTestLabels();

// A name that no other test run uses: prefix, process ID and a random part.
QString uniqueDockerName(const QString &prefix);

struct TarEntry
{
    QString path;
    QByteArray data;
    int mode = 0644; // permission bits
    bool directory = false;
    QString linkTarget; // non-empty for a symbolic link
};

// Writes a POSIX (pax) tar holding `entries` in order.
QByteArray makeTar(const QList<TarEntry> &entries);

// Reads every entry of a tar; on a format error returns what was read and sets `error`.
QList<TarEntry> readTar(const QByteArray &tar, QString *error = nullptr);

// A root filesystem with /bin/busybox and symbolic links for the applets the
// tests use (sh, sleep, echo, cat, dd, ...), plus /tmp and /data.
QByteArray busyboxRootfsTar();

// Returns a source that hands out `data` in chunks of at most the requested size.
docker::ByteSource byteSource(QByteArray data);

// Imports busyboxRootfsTar() as repository:tag with the test label.
docker::DockerResult<QString> importBusyboxImage(
    const docker::DockerClient &client, const QString &repository, const QString &tag);

} // namespace saasodoo::test
