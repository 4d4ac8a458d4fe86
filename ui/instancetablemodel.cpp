// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancetablemodel.h"

#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::InstanceRow;

InstanceTableModel::InstanceTableModel(QObject *parent)
    : RowTableModel<InstanceRow>(parent)
{
    using Cell = QVariant;
    setColumns({
        { tr("Name"), [](const InstanceRow &row) { return Cell(row.name); } },
        { tr("Status"), [](const InstanceRow &row) { return Cell(StatusText::instanceStatus(row.status)); },
            [](const InstanceRow &row) { return Cell(int(row.status)); }, {},
            [](const InstanceRow &row) {
                if (row.status != catalog::InstanceStatus::Error)
                    return Cell();
                return Cell(tr("The last job on this instance failed. Open the Jobs pane for its log."));
            } },
        { tr("Customer"), [](const InstanceRow &row) { return Cell(row.customerName); } },
        { tr("Tenant"), [](const InstanceRow &row) { return Cell(row.tenantName); } },
        { tr("Host"), [](const InstanceRow &row) { return Cell(row.hostName); } },
        { tr("Odoo"), [](const InstanceRow &row) { return Cell(row.odooVersion); },
            [](const InstanceRow &row) { return Cell(row.odooVersion.toDouble()); },
            Qt::AlignRight | Qt::AlignVCenter },
        { tr("Type"), [](const InstanceRow &row) { return Cell(StatusText::instanceType(row.type)); },
            [](const InstanceRow &row) { return Cell(int(row.type)); } },
        { tr("Database"), [](const InstanceRow &row) { return Cell(row.databaseName); } },
        { tr("Address"), [](const InstanceRow &row) { return Cell(address(row)); } },
        { tr("Updated"),
            [](const InstanceRow &row) {
                return Cell(QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat));
            },
            [](const InstanceRow &row) { return Cell(row.updatedAt); } },
    });
    Q_ASSERT(columnCount() == ColumnCount);
}

QString InstanceTableModel::address(const InstanceRow &row)
{
    if (row.baseDomain.isEmpty())
        return row.subdomain;
    return row.subdomain % QLatin1Char('.') % row.baseDomain;
}

QString InstanceTableModel::statusKey(const InstanceRow &row) const
{
    return catalog::toString(row.status);
}

QString InstanceTableModel::searchText(const InstanceRow &row) const
{
    return row.name % QLatin1Char(' ') % row.databaseName % QLatin1Char(' ') % row.subdomain
        % QLatin1Char(' ') % row.tenantName % QLatin1Char(' ') % row.customerName % QLatin1Char(' ')
        % row.hostName;
}

bool InstanceTableModel::sameContent(const InstanceRow &left, const InstanceRow &right) const
{
    return left.status == right.status && left.updatedAt == right.updatedAt && left.name == right.name
        && left.tenantName == right.tenantName && left.customerName == right.customerName
        && left.hostName == right.hostName && left.subdomain == right.subdomain
        && left.baseDomain == right.baseDomain && left.databaseName == right.databaseName
        && left.odooVersion == right.odooVersion && left.type == right.type && left.neverRan == right.neverRan;
}

} // namespace saasodoo::ui
