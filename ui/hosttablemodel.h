// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/catalog/entities.h"
#include "core/provisioning/reconciler.h"

#include <QHash>

#include <optional>

namespace saasodoo::ui {

// A row of the host list: the host and counts of its instances, taken from
// the catalog's instance rows, and what the host watcher last reported.
struct HostRow
{
    catalog::Host host;
    int instanceCount = 0; // instances not in the deleted state
    int runningCount = 0;
    int errorCount = 0;
    // std::nullopt when the host is not watched or not checked yet.
    std::optional<provisioning::HostReachability> reachability;
};

// The Hosts pane's table.
class HostTableModel final : public RowTableModel<HostRow>
{
    Q_OBJECT

public:
    // Engine comes last so that header layouts saved before it existed still fit.
    enum Column {
        Name,
        Status,
        DockerEndpoint,
        Postgres,
        BaseDomain,
        Cpu,
        Memory,
        Instances,
        Running,
        Engine,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit HostTableModel(QObject *parent = nullptr);

    // Replaces the rows, keeping what the host watcher reported for each
    // host. It hides RowTableModel::setRows(), which would drop that.
    void setRows(QList<HostRow> rows);

    // Sets what the host watcher last reported for a host's engine;
    // std::nullopt when the host is not watched or not checked yet.
    void setReachability(const QString &hostId, const std::optional<provisioning::HostReachability> &state);
    // The StatusRole value, next to the host's own status, of a host whose
    // engine is unreachable.
    static QString unreachableStatus() { return QStringLiteral("unreachable"); }
    std::optional<provisioning::HostReachability> reachability(const QString &hostId) const;

    // The Engine column's text: "Reachable", "Unreachable, next attempt at
    // <time>" or "Not checked yet".
    static QString engineText(const std::optional<provisioning::HostReachability> &state);

    // Builds host rows with instance counts from the catalog's rows.
    static QList<HostRow> buildRows(const QList<catalog::Host> &hosts, const QList<catalog::InstanceRow> &instances);

protected:
    QString rowId(const HostRow &row) const override { return row.host.id; }
    bool sameContent(const HostRow &left, const HostRow &right) const override;
    QString statusKey(const HostRow &row) const override;
    QVariant statusValue(const HostRow &row) const override;
    QString searchText(const HostRow &row) const override;

private:
    QHash<QString, provisioning::HostReachability> m_reachability;
};

} // namespace saasodoo::ui
