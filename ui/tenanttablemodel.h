// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/catalog/entities.h"

namespace saasodoo::ui {

// The Tenants pane's table: one row per catalog::TenantRow.
class TenantTableModel final : public RowTableModel<catalog::TenantRow>
{
    Q_OBJECT

public:
    enum Column { Name, Slug, Customer, Instances, Created, ColumnCount };
    Q_ENUM(Column)

    explicit TenantTableModel(QObject *parent = nullptr);

protected:
    QString rowId(const catalog::TenantRow &row) const override { return row.tenant.id; }
    bool sameContent(const catalog::TenantRow &left, const catalog::TenantRow &right) const override;
    QString statusKey(const catalog::TenantRow &row) const override;
    QString searchText(const catalog::TenantRow &row) const override;
};

} // namespace saasodoo::ui
