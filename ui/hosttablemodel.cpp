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

namespace {

bool unreachable(const HostRow &row)
{
    return row.reachability && !row.reachability->reachable;
}

// A host allowed to connect as a superuser shows its name and PostgreSQL
// server in the error colour.
QVariant superuserColor(const HostRow &row)
{
    return row.host.allowSuperuserOverride ? QVariant(StatusColors::forItemView(StatusColors::Tone::Error)) : QVariant();
}

QVariant superuserToolTip(const HostRow &row)
{
    if (!row.host.allowSuperuserOverride)
        return {};
    return HostTableModel::tr("The console may connect to this host's PostgreSQL as a superuser (override set). A "
                              "role with only CREATEDB and CREATEROLE is safer.");
}

} // namespace

HostTableModel::HostTableModel(QObject *parent)
    : RowTableModel<HostRow>(parent)
{
    using Cell = QVariant;
    constexpr Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        { tr("Name"), [](const HostRow &row) { return Cell(row.host.name); }, nullptr, {}, superuserToolTip,
            superuserColor },
        { tr("Status"), [](const HostRow &row) { return Cell(StatusText::hostStatus(row.host.status)); },
            [](const HostRow &row) { return Cell(int(row.host.status)); }, {}, superuserToolTip },
        { tr("Docker endpoint"), [](const HostRow &row) { return Cell(row.host.dockerEndpoint); }, nullptr, {},
            superuserToolTip },
        { tr("PostgreSQL"),
            [](const HostRow &row) {
                return Cell(QString(row.host.pgHost % QLatin1Char(':') % QString::number(row.host.pgPort)));
            },
            nullptr, {}, superuserToolTip, superuserColor },
        { tr("Base domain"), [](const HostRow &row) { return Cell(row.host.baseDomain); }, nullptr, {},
            superuserToolTip },
        { tr("CPU cores"), [](const HostRow &row) { return Cell(QLocale().toString(row.host.cpuCores, 'g', 4)); },
            [](const HostRow &row) { return Cell(row.host.cpuCores); }, number, superuserToolTip },
        { tr("Memory"), [](const HostRow &row) { return Cell(StatusText::byteSize(row.host.memoryBytes)); },
            [](const HostRow &row) { return Cell(row.host.memoryBytes); }, number, superuserToolTip },
        { tr("Instances"), [](const HostRow &row) { return Cell(row.instanceCount); }, nullptr, number,
            superuserToolTip },
        { tr("Running"), [](const HostRow &row) { return Cell(row.runningCount); }, nullptr, number,
            superuserToolTip },
        // Sorts not checked, then unreachable, then reachable.
        { tr("Engine"), [](const HostRow &row) { return Cell(engineText(row.reachability)); },
            [](const HostRow &row) {
                if (!row.reachability)
                    return Cell(0);
                return Cell(row.reachability->reachable ? 2 : 1);
            },
            number,
            [](const HostRow &row) {
                if (!row.reachability)
                    return superuserToolTip(row);
                if (unreachable(row))
                    return Cell(tr("Attempt %1 failed: %2").arg(row.reachability->failedAttempts).arg(row.reachability->error));
                return Cell();
            },
            [](const HostRow &row) {
                return unreachable(row) ? Cell(StatusColors::forItemView(StatusColors::Tone::Error)) : Cell();
            } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

void HostTableModel::setRows(QList<HostRow> rows)
{
    for (HostRow &row : rows)
        row.reachability = reachability(row.host.id);
    RowTableModel<HostRow>::setRows(std::move(rows));
}

void HostTableModel::setReachability(const QString &hostId,
    const std::optional<provisioning::HostReachability> &state)
{
    if (state)
        m_reachability.insert(hostId, *state);
    else
        m_reachability.remove(hostId);
    if (const int row = rowOf(hostId); row >= 0) {
        m_rows[row].reachability = state;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
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
        rows.append(HostRow { host, 0, 0, 0, std::nullopt });
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

QString HostTableModel::statusKey(const HostRow &row) const
{
    return catalog::toString(row.host.status);
}

QVariant HostTableModel::statusValue(const HostRow &row) const
{
    // An unreachable engine is a second status, for the status filter.
    if (unreachable(row))
        return QStringList { statusKey(row), unreachableStatus() };
    return statusKey(row);
}

QString HostTableModel::searchText(const HostRow &row) const
{
    const catalog::Host &host = row.host;
    return host.name % QLatin1Char(' ') % host.dockerEndpoint % QLatin1Char(' ') % host.pgHost % QLatin1Char(' ')
        % host.baseDomain;
}

bool HostTableModel::sameContent(const HostRow &left, const HostRow &right) const
{
    const auto sameReachability = [](const std::optional<provisioning::HostReachability> &a,
                                      const std::optional<provisioning::HostReachability> &b) {
        if (!a || !b)
            return !a && !b;
        return a->reachable == b->reachable && a->error == b->error && a->nextAttempt == b->nextAttempt
            && a->failedAttempts == b->failedAttempts;
    };
    return left.host.rowVersion == right.host.rowVersion && left.instanceCount == right.instanceCount
        && left.runningCount == right.runningCount && left.errorCount == right.errorCount
        && sameReachability(left.reachability, right.reachability);
}

} // namespace saasodoo::ui
