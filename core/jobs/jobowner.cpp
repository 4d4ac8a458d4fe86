// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobowner.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QSysInfo>

#include <cerrno>
#include <signal.h>
#include <unistd.h>

namespace saasodoo::jobs {

namespace {

QString machineId()
{
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}

// Field 22 of /proc/<pid>/stat: when the process started, in clock ticks
// since boot. Empty where /proc is missing. The command name (field 2) is
// in parentheses and may hold spaces, so fields are counted after its ')'.
QString processStartTime(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // fields[0] is field 3 (state), so field 22 is fields[19].
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

} // namespace

QString currentProcessOwner()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringLiteral("%1:%2:%3").arg(machineId()).arg(pid).arg(processStartTime(pid));
}

OwnerLiveness ownerLiveness(const QString &owner)
{
    const QStringList parts = owner.split(u':');
    if (parts.size() != 3)
        return OwnerLiveness::Dead;
    if (parts.at(0) != machineId())
        return OwnerLiveness::Unknown;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return OwnerLiveness::Dead;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return OwnerLiveness::Dead;
    const QString started = processStartTime(pid);
    // Without /proc the pid alone decides.
    if (!started.isEmpty() && !parts.at(2).isEmpty() && started != parts.at(2))
        return OwnerLiveness::Dead;
    return OwnerLiveness::Alive;
}

} // namespace saasodoo::jobs
