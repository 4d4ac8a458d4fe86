// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/catalog/entities.h"

namespace saasodoo::ui {

// A row of the host list: the host and counts of its instances, taken from
// the catalog's instance rows.
struct HostRow
{
    catalog::Host host;
    int instanceCount = 0; // instances not in the deleted state
    int runningCount = 0;
    int errorCount = 0;
};

// The Hosts pane's table.
class HostTableModel final : public RowTableModel<HostRow>
{
    Q_OBJECT

public:
    enum Column { Name, Status, DockerEndpoint, Postgres, BaseDomain, Cpu, Memory, Instances, Running, ColumnCount };
    Q_ENUM(Column)

    explicit HostTableModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Builds host rows with instance counts from the catalog's rows.
    static QList<HostRow> buildRows(const QList<catalog::Host> &hosts, const QList<catalog::InstanceRow> &instances);

protected:
    QString rowId(const HostRow &row) const override { return row.host.id; }
    bool sameContent(const HostRow &left, const HostRow &right) const override;
};

} // namespace saasodoo::ui
