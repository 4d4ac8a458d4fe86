// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/catalog/entities.h"

namespace saasodoo::ui {

// The Instances pane's table: one row per catalog::InstanceRow.
class InstanceTableModel final : public RowTableModel<catalog::InstanceRow>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Customer, Tenant, Host, OdooVersion, Type, Database, Address, Updated, ColumnCount };
    Q_ENUM(Column)

    explicit InstanceTableModel(QObject *parent = nullptr);

    // Returns "<subdomain>.<base domain>", or the subdomain alone when the
    // host has no base domain.
    static QString address(const catalog::InstanceRow &row);

protected:
    QString rowId(const catalog::InstanceRow &row) const override { return row.id; }
    bool sameContent(const catalog::InstanceRow &left, const catalog::InstanceRow &right) const override;
    QString statusKey(const catalog::InstanceRow &row) const override;
    QString searchText(const catalog::InstanceRow &row) const override;
};

} // namespace saasodoo::ui
