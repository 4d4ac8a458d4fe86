// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hosttablemodel.h"

#include "itemroles.h"
#include "statuscolors.h"
#include "statustext.h"

#include <QColor>
#include <QHash>
#include <QLocale>

namespace saasodoo::ui {

HostTableModel::HostTableModel(QObject *parent)
    : RowTableModel<HostRow>(parent)
{
}

int HostTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void HostTableModel::setReachability(const QString &hostId,
    const std::optional<provisioning::HostReachability> &state)
{
    if (state)
        m_reachability.insert(hostId, *state);
    else
        m_reachability.remove(hostId);
    if (const int row = rowOf(hostId); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<provisioning::HostReachability> HostTableModel::reachability(const QString &hostId) const
{
    const auto found = m_reachability.constFind(hostId);
    if (found == m_reachability.cend())
        return std::nullopt;
    return *found;
}

QString HostTableModel::engineText(const std::optional<provisioning::HostReachability> &state)
{
    if (!state)
        return tr("Not checked yet");
    if (state->reachable)
        return tr("Reachable");
    return tr("Unreachable, next attempt at %1")
        .arg(QLocale().toString(state->nextAttempt.toLocalTime().time(), QLocale::LongFormat));
}

QList<HostRow> HostTableModel::buildRows(const QList<catalog::Host> &hosts, const QList<catalog::InstanceRow> &instances)
{
    QHash<QString, int> indexOf;
    QList<HostRow> rows;
    rows.reserve(hosts.size());
    for (const catalog::Host &host : hosts) {
        indexOf.insert(host.id, int(rows.size()));
        rows.append(HostRow { host, 0, 0, 0 });
    }
    for (const catalog::InstanceRow &instance : instances) {
        const auto found = indexOf.constFind(instance.hostId);
        if (found == indexOf.cend() || instance.status == catalog::InstanceStatus::Deleted)
            continue;
        HostRow &row = rows[*found];
        ++row.instanceCount;
        if (instance.status == catalog::InstanceStatus::Running)
            ++row.runningCount;
        if (instance.status == catalog::InstanceStatus::Error)
            ++row.errorCount;
    }
    return rows;
}

QVariant HostTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HostRow &row = m_rows.at(index.row());
    const catalog::Host &host = row.host;

    switch (role) {
    case IdRole:
        return host.id;
    case StatusRole:
        // An unreachable engine is a second status, for the status filter.
        if (m_reachability.contains(host.id) && !m_reachability.value(host.id).reachable)
            return QStringList { catalog::toString(host.status), unreachableStatus() };
        return catalog::toString(host.status);
    case SearchRole:
        return QString(host.name % QLatin1Char(' ') % host.dockerEndpoint % QLatin1Char(' ') % host.pgHost
            % QLatin1Char(' ') % host.baseDomain);
    case Qt::TextAlignmentRole:
        if (index.column() >= Cpu)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // A host allowed to connect as a superuser is shown in red, and so
        // is an unreachable engine.
        if (host.allowSuperuserOverride && (index.column() == Name || index.column() == Postgres))
            return StatusColors::forItemView(StatusColors::Tone::Error);
        if (index.column() == Engine && m_reachability.contains(host.id) && !m_reachability.value(host.id).reachable)
            return StatusColors::forItemView(StatusColors::Tone::Error);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Engine && m_reachability.contains(host.id)) {
            const provisioning::HostReachability state = m_reachability.value(host.id);
            if (!state.reachable)
                return tr("Attempt %1 failed: %2").arg(state.failedAttempts).arg(state.error);
            return {};
        }
        if (host.allowSuperuserOverride) {
            return tr("The console may connect to this host's PostgreSQL as a superuser (override set). A "
                      "role with only CREATEDB and CREATEROLE is safer.");
        }
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Name: return host.name;
    case Status: return sorting ? QVariant(int(host.status)) : QVariant(StatusText::hostStatus(host.status));
    case DockerEndpoint: return host.dockerEndpoint;
    case Postgres: return QString(host.pgHost % QLatin1Char(':') % QString::number(host.pgPort));
    case BaseDomain: return host.baseDomain;
    case Cpu: return sorting ? QVariant(host.cpuCores) : QVariant(QLocale().toString(host.cpuCores, 'g', 4));
    case Memory: return sorting ? QVariant(host.memoryBytes) : QVariant(StatusText::byteSize(host.memoryBytes));
    case Instances: return row.instanceCount;
    case Running: return row.runningCount;
    case Engine: {
        const std::optional<provisioning::HostReachability> state = reachability(host.id);
        if (!sorting)
            return engineText(state);
        if (!state)
            return 0;
        return state->reachable ? 2 : 1;
    }
    case ColumnCount: break;
    }
    return {};
}

QVariant HostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case DockerEndpoint: return tr("Docker endpoint");
    case Postgres: return tr("PostgreSQL");
    case BaseDomain: return tr("Base domain");
    case Cpu: return tr("CPU cores");
    case Memory: return tr("Memory");
    case Instances: return tr("Instances");
    case Running: return tr("Running");
    case Engine: return tr("Engine");
    case ColumnCount: break;
    }
    return {};
}

bool HostTableModel::sameContent(const HostRow &left, const HostRow &right) const
{
    return left.host.rowVersion == right.host.rowVersion && left.instanceCount == right.instanceCount
        && left.runningCount == right.runningCount && left.errorCount == right.errorCount;
}

} // namespace saasodoo::ui
