// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tenanttablemodel.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::TenantRow;

TenantTableModel::TenantTableModel(QObject *parent)
    : RowTableModel<TenantRow>(parent)
{
    using Cell = QVariant;
    setColumns({
        { tr("Name"), [](const TenantRow &row) { return Cell(row.tenant.name); } },
        { tr("Slug"), [](const TenantRow &row) { return Cell(row.tenant.slug); } },
        { tr("Customer"), [](const TenantRow &row) { return Cell(row.customerName); } },
        { tr("Instances"), [](const TenantRow &row) { return Cell(row.instanceCount); }, nullptr,
            Qt::AlignRight | Qt::AlignVCenter },
        { tr("Created"),
            [](const TenantRow &row) {
                return Cell(QLocale().toString(row.tenant.createdAt.toLocalTime(), QLocale::ShortFormat));
            },
            [](const TenantRow &row) { return Cell(row.tenant.createdAt); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString TenantTableModel::statusKey(const TenantRow &row) const
{
    // Tenants have no status of their own: the filter offers "with
    // instances" and "without instances".
    return row.instanceCount > 0 ? QStringLiteral("with_instances") : QStringLiteral("without_instances");
}

QString TenantTableModel::searchText(const TenantRow &row) const
{
    return row.tenant.name % QLatin1Char(' ') % row.tenant.slug % QLatin1Char(' ') % row.customerName;
}

bool TenantTableModel::sameContent(const TenantRow &left, const TenantRow &right) const
{
    return left.tenant.rowVersion == right.tenant.rowVersion && left.customerName == right.customerName
        && left.instanceCount == right.instanceCount;
}

} // namespace saasodoo::ui
