// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rowtablemodel.h"

#include "core/catalog/entities.h"

namespace saasodoo::ui {

// The Customers pane's table: one row per catalog::CustomerRow.
class CustomerTableModel final : public RowTableModel<catalog::CustomerRow>
{
    Q_OBJECT

public:
    enum Column { Name, Email, Phone, Company, Country, Status, Tenants, Instances, Updated, ColumnCount };
    Q_ENUM(Column)

    explicit CustomerTableModel(QObject *parent = nullptr);

protected:
    QString rowId(const catalog::CustomerRow &row) const override { return row.customer.id; }
    bool sameContent(const catalog::CustomerRow &left, const catalog::CustomerRow &right) const override;
    QString statusKey(const catalog::CustomerRow &row) const override;
    QString searchText(const catalog::CustomerRow &row) const override;
};

} // namespace saasodoo::ui
