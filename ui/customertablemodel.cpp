// SPDX-FileCopyrightText: 2026 SaaSOdoo
// SPDX-License-Identifier: GPL-3.0-or-later
#include "customertablemodel.h"

#include "itemroles.h"
#include "statustext.h"

#include <QLocale>

namespace saasodoo::ui {

using catalog::CustomerRow;

CustomerTableModel::CustomerTableModel(QObject *parent)
    : RowTableModel<CustomerRow>(parent)
{
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerRow &row = m_rows.at(index.row());
    const catalog::Customer &customer = row.customer;

    switch (role) {
    case IdRole:
        return customer.id;
    case StatusRole:
        return catalog::toString(customer.status);
    case SearchRole:
        return QString(customer.name % QLatin1Char(' ') % customer.email % QLatin1Char(' ') % customer.company
            % QLatin1Char(' ') % customer.phone);
    case Qt::TextAlignmentRole:
        if (index.column() == Tenants || index.column() == Instances)
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
    case Name: return customer.name;
    case Email: return customer.email;
    case Phone: return customer.phone;
    case Company: return customer.company;
    case Country: return customer.country;
    case Status:
        return sorting ? QVariant(int(customer.status)) : QVariant(StatusText::customerStatus(customer.status));
    case Tenants: return row.tenantCount;
    case Instances: return row.instanceCount;
    case Updated:
        return sorting ? QVariant(customer.updatedAt)
                       : QVariant(QLocale().toString(customer.updatedAt.toLocalTime(), QLocale::ShortFormat));
    case ColumnCount: break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Email: return tr("Email");
    case Phone: return tr("Phone");
    case Company: return tr("Company");
    case Country: return tr("Country");
    case Status: return tr("Status");
    case Tenants: return tr("Tenants");
    case Instances: return tr("Instances");
    case Updated: return tr("Updated");
    case ColumnCount: break;
    }
    return {};
}

bool CustomerTableModel::sameContent(const CustomerRow &left, const CustomerRow &right) const
{
    return left.customer.rowVersion == right.customer.rowVersion && left.tenantCount == right.tenantCount
        && left.instanceCount == right.instanceCount;
}

} // namespace saasodoo::ui
