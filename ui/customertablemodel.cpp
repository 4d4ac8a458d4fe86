// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertablemodel.h"

#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::CustomerRow;

CustomerTableModel::CustomerTableModel(QObject *parent)
    : RowTableModel<CustomerRow>(parent)
{
    using Cell = QVariant;
    constexpr Qt::Alignment number = Qt::AlignRight | Qt::AlignVCenter;
    setColumns({
        { tr("Name"), [](const CustomerRow &row) { return Cell(row.customer.name); } },
        { tr("Email"), [](const CustomerRow &row) { return Cell(row.customer.email); } },
        { tr("Phone"), [](const CustomerRow &row) { return Cell(row.customer.phone); } },
        { tr("Company"), [](const CustomerRow &row) { return Cell(row.customer.company); } },
        { tr("Country"), [](const CustomerRow &row) { return Cell(row.customer.country); } },
        { tr("Status"),
            [](const CustomerRow &row) { return Cell(StatusText::customerStatus(row.customer.status)); },
            [](const CustomerRow &row) { return Cell(int(row.customer.status)); } },
        { tr("Tenants"), [](const CustomerRow &row) { return Cell(row.tenantCount); }, nullptr, number },
        { tr("Instances"), [](const CustomerRow &row) { return Cell(row.instanceCount); }, nullptr, number },
        { tr("Updated"),
            [](const CustomerRow &row) {
                return Cell(QLocale().toString(row.customer.updatedAt.toLocalTime(), QLocale::ShortFormat));
            },
            [](const CustomerRow &row) { return Cell(row.customer.updatedAt); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString CustomerTableModel::statusKey(const CustomerRow &row) const
{
    return catalog::toString(row.customer.status);
}

QString CustomerTableModel::searchText(const CustomerRow &row) const
{
    const catalog::Customer &customer = row.customer;
    return customer.name % QLatin1Char(' ') % customer.email % QLatin1Char(' ') % customer.company
        % QLatin1Char(' ') % customer.phone;
}

bool CustomerTableModel::sameContent(const CustomerRow &left, const CustomerRow &right) const
{
    return left.customer.rowVersion == right.customer.rowVersion && left.tenantCount == right.tenantCount
        && left.instanceCount == right.instanceCount;
}

} // namespace saasodoo::ui
