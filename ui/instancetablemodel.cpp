// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "instancetablemodel.h"

#include "itemroles.h"
#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::InstanceRow;

InstanceTableModel::InstanceTableModel(QObject *parent)
    : RowTableModel<InstanceRow>(parent)
{
}

int InstanceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString InstanceTableModel::address(const InstanceRow &row)
{
    if (row.baseDomain.isEmpty())
        return row.subdomain;
    return row.subdomain % QLatin1Char('.') % row.baseDomain;
}

QVariant InstanceTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InstanceRow &row = m_rows.at(index.row());

    switch (role) {
    case IdRole:
        return row.id;
    case StatusRole:
        return catalog::toString(row.status);
    case SearchRole:
        return QString(row.name % QLatin1Char(' ') % row.databaseName % QLatin1Char(' ') % row.subdomain
            % QLatin1Char(' ') % row.tenantName % QLatin1Char(' ') % row.customerName % QLatin1Char(' ')
            % row.hostName);
    case Qt::ToolTipRole:
        if (index.column() == Status && row.status == catalog::InstanceStatus::Error)
            return tr("The last job on this instance failed. Open the Jobs pane for its log.");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == OdooVersion)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }

    const bool sorting = role == SortRole;
    switch (Column(index.column())) {
    case Name: return row.name;
    case Status: return sorting ? QVariant(int(row.status)) : QVariant(StatusText::instanceStatus(row.status));
    case Customer: return row.customerName;
    case Tenant: return row.tenantName;
    case Host: return row.hostName;
    case OdooVersion: return sorting ? QVariant(row.odooVersion.toDouble()) : QVariant(row.odooVersion);
    case Type: return sorting ? QVariant(int(row.type)) : QVariant(StatusText::instanceType(row.type));
    case Database: return row.databaseName;
    case Address: return address(row);
    case Updated:
        return sorting ? QVariant(row.updatedAt)
                       : QVariant(QLocale().toString(row.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount: break;
    }
    return {};
}

QVariant InstanceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Status: return tr("Status");
    case Customer: return tr("Customer");
    case Tenant: return tr("Tenant");
    case Host: return tr("Host");
    case OdooVersion: return tr("Odoo");
    case Type: return tr("Type");
    case Database: return tr("Database");
    case Address: return tr("Address");
    case Updated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

bool InstanceTableModel::sameContent(const InstanceRow &left, const InstanceRow &right) const
{
    return left.status == right.status && left.updatedAt == right.updatedAt && left.name == right.name
        && left.tenantName == right.tenantName && left.customerName == right.customerName
        && left.hostName == right.hostName && left.subdomain == right.subdomain
        && left.baseDomain == right.baseDomain && left.databaseName == right.databaseName
        && left.odooVersion == right.odooVersion && left.type == right.type;
}

} // namespace saasodoo::ui
